import { CodedError } from '@chargemesh/contracts/envelope';
import { TARIFF_CDR_ERRORS } from '@chargemesh/contracts/tariff';
import { type OcpiValidationOptions, validateOcpi } from '@chargemesh/protocol-ocpi';
import type { z } from 'zod';

export const invalidObject = (message: string) => new CodedError(TARIFF_CDR_ERRORS.invalidObject, message);
export const notFound = (message: string) => new CodedError(TARIFF_CDR_ERRORS.notFound, message);

/** Validates an OCPI object from a partner; null optional fields count as absent, as many peers send them. */
export function parseOcpi<S extends z.ZodType>(schema: S, input: unknown, what: string, options: OcpiValidationOptions = { nullAsAbsent: true }): z.output<S> {
  const result = validateOcpi(schema, input, options);
  if (!result.success) throw invalidObject(`invalid ${what}: ${result.message}`);
  return result.data;
}
