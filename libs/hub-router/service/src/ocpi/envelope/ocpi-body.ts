import type { z } from 'zod';
import { OcpiStatus, validateOcpi } from '@chargemesh/protocol-ocpi';
import { OcpiStatusError } from './ocpi-errors';

/** Checks a request body against an OCPI schema; problems are OCPI 2001 naming each field (`roles[0].party_id: ...`). */
export function parseOcpiBody<S extends z.ZodType>(schema: S, body: unknown): z.output<S> {
  const result = validateOcpi(schema, body, { nullAsAbsent: true });
  if (!result.success) throw new OcpiStatusError(OcpiStatus.INVALID_OR_MISSING_PARAMETERS, `invalid request body: ${result.message}`);
  return result.data;
}
