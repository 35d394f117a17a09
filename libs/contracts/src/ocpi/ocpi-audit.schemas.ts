import { z } from 'zod';
import { assertNamespace } from '../envelope';
import { partyRefSchema } from '../party/routing.commands';
import { ocpiInterfaceSchema, ocpiMethodSchema, ocpiModuleSchema } from './ocpi-exchange.schemas';

/** How the hub router delivered an exchange: to a module service here, to the party's own platform, or through a Hub. */
export const ocpiAuditRouteSchema = z.object({ kind: z.enum(['local', 'direct', 'hub']), platformId: z.uuid().optional() });

export const OCPI_AUDIT_SCENARIOS = ['direct', 'open-routing', 'broadcast-push', 'broadcast-leg', 'get-all', 'get-all-leg', 'callback', 'forwarded-url'] as const;

/**
 * One routed OCPI exchange on the capped OCPI_AUDIT stream (`<ns>.audit-ocpi.<module>.<route>`),
 * written fire-and-forget by the hub router. Headers never include Authorization or any token;
 * bodies are not recorded (they carry personal data such as token uids).
 */
export const ocpiAuditRecordSchema = z.object({
  id: z.string(),
  at: z.string(),
  scenario: z.enum(OCPI_AUDIT_SCENARIOS),
  /** Who asked: a partner platform over HTTP, or a module service here over NATS. */
  origin: z.object({ kind: z.enum(['partner', 'local']), platformId: z.uuid().optional() }),
  /** Absent only for a call to a URL a party gave us whose module the caller did not name. */
  module: ocpiModuleSchema.optional(),
  interface: ocpiInterfaceSchema.optional(),
  method: ocpiMethodSchema,
  /** The URL path as received, or the URL sent to (without the query). */
  target: z.string(),
  from: partyRefSchema.optional(),
  to: partyRefSchema.optional(),
  route: ocpiAuditRouteSchema.optional(),
  requestId: z.string(),
  correlationId: z.string(),
  /** The X-Request-ID of the request this hop sent onwards (a new one per hop). */
  forwardedRequestId: z.string().optional(),
  requestHeaders: z.record(z.string(), z.string()),
  responseHeaders: z.record(z.string(), z.string()),
  httpStatus: z.number().int(),
  statusCode: z.number().int().optional(),
  latencyMs: z.number(),
  /** The router's own refusal or failure code (ROUTING.TIMEOUT, ...). */
  error: z.string().optional(),
  traceId: z.string().optional(),
});
export type OcpiAuditRecord = z.infer<typeof ocpiAuditRecordSchema>;

export const ocpiAuditSubject = (namespace: string, module: string | undefined, route: string) => `${assertNamespace(namespace)}.audit-ocpi.${module ?? 'url'}.${route}`;
