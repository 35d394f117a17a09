import { z } from 'zod';
import { partyRefSchema } from '../party/routing.commands';

/**
 * The contracts between the OCPI edge (hub-router) and the services that implement OCPI modules
 * for the parties hosted here. The edge authenticates, checks routing headers and routes; a
 * module service owns the data and the OCPI semantics of its module.
 */
export const OCPI_MODULES = ['locations', 'sessions', 'cdrs', 'tariffs', 'tokens', 'commands', 'chargingprofiles'] as const;
export const ocpiModuleSchema = z.enum(OCPI_MODULES);
export type OcpiModule = z.infer<typeof ocpiModuleSchema>;

export const ocpiInterfaceSchema = z.enum(['SENDER', 'RECEIVER']);
export type OcpiInterface = z.infer<typeof ocpiInterfaceSchema>;

export const ocpiMethodSchema = z.enum(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']);
export type OcpiMethod = z.infer<typeof ocpiMethodSchema>;

/** An OCPI request as one hop sees it, independent of HTTP. */
export const ocpiExchangeRequestSchema = z.object({
  module: ocpiModuleSchema,
  /** The interface being called: RECEIVER for a push, SENDER for a pull. */
  interface: ocpiInterfaceSchema,
  method: ocpiMethodSchema,
  /**
   * Percent-decoded path segments below the module's endpoint URL, e.g. for a Receiver
   * `PUT …/receiver/locations/NL/CMX/LOC1/EVSE1` → `['NL', 'CMX', 'LOC1', 'EVSE1']`.
   */
  path: z.array(z.string()),
  query: z.record(z.string(), z.string()).default({}),
  body: z.unknown().optional(),
  /** The routing headers (OCPI-from-*, OCPI-to-*), already checked against the caller's roles. */
  from: partyRefSchema,
  to: partyRefSchema,
  requestId: z.string().min(1),
  correlationId: z.string().min(1),
});
export type OcpiExchangeRequest = z.infer<typeof ocpiExchangeRequestSchema>;

/**
 * The answer of a hop: the HTTP status, the OCPI envelope's status_code/status_message/data, and
 * the response headers that carry meaning (Link, X-Total-Count, X-Limit, Location).
 */
export const ocpiExchangeReplySchema = z.object({
  httpStatus: z.number().int().min(100).max(599),
  statusCode: z.number().int(),
  statusMessage: z.string().optional(),
  data: z.unknown().optional(),
  headers: z.record(z.string(), z.string()).default({}),
});
export type OcpiExchangeReply = z.infer<typeof ocpiExchangeReplySchema>;
