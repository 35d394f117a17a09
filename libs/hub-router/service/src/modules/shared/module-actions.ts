import { z } from 'zod';
import { commandSubject } from '@chargemesh/contracts/envelope';
import { countryCodeSchema, partyIdSchema } from '@chargemesh/contracts/party';
import { partyRefSchema } from '@chargemesh/contracts/party';

/**
 * The NATS API of the commands and chargingprofiles modules for hosted eMSPs and SCSPs
 * (`<ns>.cmd.hub-router.<action>`; the same on the admin HTTP API). Kept with the modules until
 * they move to libs/contracts.
 */
export const MODULE_ACTIONS = {
  sendCommand: 'send-command',
  getCommand: 'get-command',
  sendChargingProfileRequest: 'send-charging-profile-request',
  getChargingProfileRequest: 'get-charging-profile-request',
  getActiveChargingProfile: 'get-active-charging-profile',
} as const;

export const moduleActionSubject = (namespace: string, action: string) => commandSubject(namespace, 'hub-router', action);

export const MODULE_ERRORS = {
  invalid: 'OCPI_REQUEST.INVALID',
  notHostedSender: 'OCPI_REQUEST.NOT_FOUND_HOSTED_SENDER',
  notFound: 'OCPI_REQUEST.NOT_FOUND',
  unavailable: 'OCPI_REQUEST.UNAVAILABLE',
} as const;

const senderFields = { countryCode: countryCodeSchema, partyId: partyIdSchema, to: partyRefSchema };

/** A command from a hosted eMSP to a CPO: the command object without response_url, which we set to our own URL. */
export const sendCommandRequestSchema = z.object({
  ...senderFields,
  command: z.enum(['CANCEL_RESERVATION', 'RESERVE_NOW', 'START_SESSION', 'STOP_SESSION', 'UNLOCK_CONNECTOR']),
  body: z.record(z.string(), z.unknown()),
});
export type SendCommandRequest = z.infer<typeof sendCommandRequestSchema>;

export const getSentRequestSchema = z.object({ id: z.uuid() });

/** set: PUT a ChargingProfile; get: ask for the ActiveChargingProfile over `duration` seconds; clear: DELETE the profile. */
export const sendChargingProfileRequestSchema = z.object({
  ...senderFields,
  sessionId: z.string().min(1).max(36),
  kind: z.enum(['set', 'get', 'clear']),
  chargingProfile: z.record(z.string(), z.unknown()).optional(),
  duration: z.number().int().min(1).optional(),
});
export type SendChargingProfileRequest = z.infer<typeof sendChargingProfileRequestSchema>;

export const getActiveChargingProfileRequestSchema = z.object({ countryCode: countryCodeSchema, partyId: partyIdSchema, cpo: partyRefSchema, sessionId: z.string().min(1).max(36) });
