import { z } from 'zod';
import { partyRefSchema } from '../party/routing.commands';

/**
 * An OCPI object as the events carry it: the wire object, checked against OCPI 2.2.1 by the
 * tariff-cdr service before it is appended (this library stays free of protocol code). Personal
 * fields (a token's uid and contract id) are never inside: they are in the service's vault and the
 * event names them by reference (BRIEF §2).
 */
export const ocpiObjectSchema = z.record(z.string(), z.unknown());
export type OcpiObject = z.infer<typeof ocpiObjectSchema>;

export { partyRefSchema };
export type PartyRef = z.infer<typeof partyRefSchema>;

/** An OCPI CiString id (at most 36 characters; 39 for credit CDRs). */
export const ocpiIdSchema = z.string().min(1).max(39);

const iso = z.iso.datetime({ offset: true });
export { iso as isoDateTimeSchema };
