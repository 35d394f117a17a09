import { z } from 'zod';
import { commandSubject } from '../envelope';
import { ocpiExchangeRequestSchema, type OcpiModule, ocpiModuleSchema } from './ocpi-exchange.schemas';

/**
 * Inbound: the edge hands a request addressed TO a hosted party to the service that implements
 * the module, on `<ns>.cmd.ocpi-<module>.handle` (queue group = the owning service). The handler
 * answers an OcpiExchangeReply; an OCPI-level refusal is a reply with its status code, not a
 * NATS error. `baseUrl` is the public URL of the edge that received the request, for building
 * pagination Links and callback URLs that the caller can follow.
 *
 * Owners: locations and tokens → directory; tariffs, sessions and cdrs → tariff-cdr;
 * commands and chargingprofiles → hub-router (they translate to `cmd.station.<id>` for hosted CPOs).
 */
export const OCPI_MODULE_OWNERS: Record<OcpiModule, string> = {
  locations: 'directory',
  tokens: 'directory',
  tariffs: 'tariff-cdr',
  sessions: 'tariff-cdr',
  cdrs: 'tariff-cdr',
  commands: 'hub-router',
  chargingprofiles: 'hub-router',
};

export const ocpiModuleHandlerSubject = (namespace: string, module: OcpiModule) => commandSubject(namespace, `ocpi-${module}`, 'handle');

export const handleOcpiModuleRequestSchema = ocpiExchangeRequestSchema.extend({ baseUrl: z.url() });
export type HandleOcpiModuleRequest = z.infer<typeof handleOcpiModuleRequestSchema>;

/**
 * Outbound: a hosted party's service sends an OCPI request FROM that party TO any party, on
 * `<ns>.cmd.hub-router.send-ocpi`. The router resolves the route (a party hosted here is served
 * locally; a remote one via its direct link or a Hub), adds the routing headers, token and
 * message ids, and answers the receiver's OcpiExchangeReply unchanged, or its own 4001 (unknown
 * receiver), 4002 (time-out) or 4003 (not connected). For pushes `interface` is RECEIVER.
 */
export const SEND_OCPI_ACTION = 'send-ocpi';
export const sendOcpiSubject = (namespace: string) => commandSubject(namespace, 'hub-router', SEND_OCPI_ACTION);

export const sendOcpiRequestSchema = ocpiExchangeRequestSchema.extend({
  requestId: z.string().min(1).optional(),
  correlationId: z.string().min(1).optional(),
  timeoutMs: z.number().int().positive().max(120_000).optional(),
});
export type SendOcpiRequest = z.infer<typeof sendOcpiRequestSchema>;

export { ocpiModuleSchema };

/**
 * Outbound to a URL a party gave us (a command's response_url, a charging profile result URL), on
 * `<ns>.cmd.hub-router.call-ocpi-url`. `to` is the party that gave the URL: the router presents
 * the token of the route to that party (a Hub may have rewritten the URL to itself).
 */
export const CALL_OCPI_URL_ACTION = 'call-ocpi-url';
export const callOcpiUrlSubject = (namespace: string) => commandSubject(namespace, 'hub-router', CALL_OCPI_URL_ACTION);

export const callOcpiUrlRequestSchema = z.object({
  url: z.url(),
  method: z.enum(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']),
  body: z.unknown().optional(),
  from: ocpiExchangeRequestSchema.shape.from,
  to: ocpiExchangeRequestSchema.shape.to,
  /** The module the URL belongs to (commands, chargingprofiles, cdrs...), for the audit record; optional. */
  module: ocpiModuleSchema.optional(),
  correlationId: z.string().min(1).optional(),
  timeoutMs: z.number().int().positive().max(120_000).optional(),
});
export type CallOcpiUrlRequest = z.infer<typeof callOcpiUrlRequestSchema>;
