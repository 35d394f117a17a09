import { z } from 'zod';
import { countryCodeSchema, partyIdSchema } from '../party/party.schemas';
import { ocpiIdSchema, ocpiObjectSchema } from './tariff.schemas';

/**
 * Create or replace a tariff of a CPO hosted here (admin API and `put-tariff`). `tariff` is an OCPI
 * 2.2.1 Tariff; country_code and party_id are taken from the request, last_updated is set by the
 * service. Connected eMSPs receive it by PUT.
 */
export const putTariffRequestSchema = z.object({
  countryCode: countryCodeSchema,
  partyId: partyIdSchema,
  tariff: ocpiObjectSchema,
});
export type PutTariffRequest = z.infer<typeof putTariffRequestSchema>;

export const tariffRefSchema = z.object({ countryCode: countryCodeSchema, partyId: partyIdSchema, tariffId: ocpiIdSchema });
export type TariffRef = z.infer<typeof tariffRefSchema>;

export const listTariffsRequestSchema = z.object({ countryCode: countryCodeSchema, partyId: partyIdSchema });

/** Where a tariff stands with each eMSP it is pushed to. */
export const tariffPushViewSchema = z.object({
  receiver: z.string(),
  state: z.enum(['pending', 'delivered', 'failed']),
  attempts: z.number().int(),
  lastError: z.string().optional(),
});

export const tariffViewSchema = z.object({
  countryCode: z.string(),
  partyId: z.string(),
  tariffId: z.string(),
  /** The OCPI Tariff as eMSPs get it. */
  tariff: ocpiObjectSchema,
  pushes: z.array(tariffPushViewSchema),
});
export type TariffView = z.infer<typeof tariffViewSchema>;

/**
 * Admin: offer (or stop offering) a tariff at a location's EVSEs, as the directory's contract
 * allows: the tariff id goes into (or out of) `tariff_ids` of their connectors, saved with the
 * directory's `save-evse`. Without `evseUids`, every EVSE of the location.
 */
export const linkTariffRequestSchema = z.object({
  countryCode: countryCodeSchema,
  partyId: partyIdSchema,
  tariffId: ocpiIdSchema,
  locationId: z.string().min(1).max(36),
  evseUids: z.array(z.string().min(1).max(36)).optional(),
  unlink: z.boolean().default(false),
});
export type LinkTariffRequest = z.infer<typeof linkTariffRequestSchema>;

export const tariffLinksViewSchema = z.object({
  locationId: z.string(),
  evses: z.array(z.object({ uid: z.string(), connectors: z.array(z.object({ id: z.string(), tariffIds: z.array(z.string()) })) })),
});
export type TariffLinksView = z.infer<typeof tariffLinksViewSchema>;
