import { randomUUID } from 'node:crypto';
import type { Request, Response } from 'express';
import { OcpiHeader, readMessageIds } from '@chargemesh/protocol-ocpi';

/**
 * Every OCPI response carries the request's X-Request-ID and X-Correlation-ID
 * (transport_and_format_unique_messageg_ids); a request without them gets fresh ones.
 */
export function echoMessageIds(request: Request, response: Response): void {
  if (response.headersSent || response.getHeader(OcpiHeader.REQUEST_ID)) return;
  const ids = readMessageIds(request.headers);
  response.setHeader(OcpiHeader.REQUEST_ID, ids.requestId ?? randomUUID());
  response.setHeader(OcpiHeader.CORRELATION_ID, ids.correlationId ?? randomUUID());
}
