import { z } from 'zod';
import { commandResponseTypeSchema, commandResultTypeSchema, type CommandType } from './enums';
import { tokenSchema } from './tokens.schemas';
import { ciString, dateTimeSchema, displayTextSchema, nonNegativeIntSchema, urlSchema } from './types.schemas';

/* Commands module (mod_commands.asciidoc): POST {commands_endpoint_url}{command}, answered at once
 * with a CommandResponse, and later by a CommandResult POSTed by the CPO to `response_url`. */

/** CancelReservation object (mod_commands_cancelreservation_object). */
export const cancelReservationSchema = z.object({
  response_url: urlSchema,
  reservation_id: ciString(36),
});
export type CancelReservation = z.infer<typeof cancelReservationSchema>;

/** ReserveNow object (mod_commands_reservenow_object). */
export const reserveNowSchema = z.object({
  response_url: urlSchema,
  token: tokenSchema,
  expiry_date: dateTimeSchema,
  reservation_id: ciString(36),
  location_id: ciString(36),
  evse_uid: ciString(36).optional(),
  authorization_reference: ciString(36).optional(),
});
export type ReserveNow = z.infer<typeof reserveNowSchema>;

/** StartSession object (mod_commands_startsession_object): `evse_uid` is required when `connector_id` is set. */
export const startSessionSchema = z
  .object({
    response_url: urlSchema,
    token: tokenSchema,
    location_id: ciString(36),
    evse_uid: ciString(36).optional(),
    connector_id: ciString(36).optional(),
    authorization_reference: ciString(36).optional(),
  })
  .refine((command) => command.connector_id === undefined || command.evse_uid !== undefined, {
    error: 'is required when connector_id is set',
    path: ['evse_uid'],
  });
export type StartSession = z.infer<typeof startSessionSchema>;

/** StopSession object (mod_commands_stopsession_object). */
export const stopSessionSchema = z.object({
  response_url: urlSchema,
  session_id: ciString(36),
});
export type StopSession = z.infer<typeof stopSessionSchema>;

/** UnlockConnector object (mod_commands_unlockconnector_object). */
export const unlockConnectorSchema = z.object({
  response_url: urlSchema,
  location_id: ciString(36),
  evse_uid: ciString(36),
  connector_id: ciString(36),
});
export type UnlockConnector = z.infer<typeof unlockConnectorSchema>;

/** The request body for each command of the Receiver interface (mod_commands_cpo_post_request_body). */
export const commandRequestSchemas = {
  CANCEL_RESERVATION: cancelReservationSchema,
  RESERVE_NOW: reserveNowSchema,
  START_SESSION: startSessionSchema,
  STOP_SESSION: stopSessionSchema,
  UNLOCK_CONNECTOR: unlockConnectorSchema,
} as const satisfies Record<CommandType, z.ZodType>;

export type CommandRequest<C extends CommandType = CommandType> = z.infer<(typeof commandRequestSchemas)[C]>;

/** CommandResponse object (mod_commands_commandresponse_object): the CPO's synchronous answer; timeout in seconds. */
export const commandResponseSchema = z.object({
  result: commandResponseTypeSchema,
  timeout: nonNegativeIntSchema,
  message: z.array(displayTextSchema).optional(),
});
export type CommandResponse = z.infer<typeof commandResponseSchema>;

/** CommandResult object (mod_commands_commandresult_object): the asynchronous result POSTed to response_url. */
export const commandResultSchema = z.object({
  result: commandResultTypeSchema,
  message: z.array(displayTextSchema).optional(),
});
export type CommandResult = z.infer<typeof commandResultSchema>;
