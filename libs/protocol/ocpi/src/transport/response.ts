import { z } from 'zod';
import { dateTimeSchema, formatOcpiDateTime } from '../schemas/types.schemas';
import { isOcpiSuccess } from './status-codes';

/*
 * The response envelope every OCPI response body uses (transport_and_format_response_format):
 * { data?, status_code, status_message?, timestamp }.
 */

export interface OcpiResponse<T = unknown> {
  /** Absent when the spec says nothing about `data` for a request, and usually on errors. */
  data?: T;
  status_code: number;
  status_message?: string;
  timestamp: string;
}

export interface OcpiResponseOptions {
  statusMessage?: string;
  /** The moment the message is generated; defaults to now. */
  now?: Date;
}

export interface OcpiResponseFields<T> extends OcpiResponseOptions {
  statusCode: number;
  data?: T;
}

/** Builds an envelope; `data` is left out entirely when undefined, as the spec advises. */
export function buildOcpiResponse<T>(fields: OcpiResponseFields<T>): OcpiResponse<T> {
  const response: OcpiResponse<T> = {
    status_code: fields.statusCode,
    timestamp: formatOcpiDateTime(fields.now ?? new Date()),
  };
  if (fields.data !== undefined) response.data = fields.data;
  if (fields.statusMessage !== undefined) response.status_message = fields.statusMessage;
  return response;
}

/** A 1000 response; call without data for requests whose answer has no specified `data`. */
export function ocpiSuccess<T>(data?: T, options: OcpiResponseOptions = {}): OcpiResponse<T> {
  return buildOcpiResponse({ ...options, statusCode: 1000, data });
}

/** An error response without `data`, e.g. ocpiError(2001, 'party_id: must be 3 characters'). */
export function ocpiError(
  statusCode: number,
  statusMessage: string,
  options: Omit<OcpiResponseOptions, 'statusMessage'> = {},
): OcpiResponse<never> {
  if (isOcpiSuccess(statusCode)) throw new RangeError(`${statusCode} is a success code, not an error`);
  return buildOcpiResponse<never>({ ...options, statusCode, statusMessage });
}

/** OCPI status codes are four digits: 1000-4999. */
export const ocpiStatusCodeSchema = z
  .int()
  .min(1000, { error: 'must be a four-digit OCPI status code' })
  .max(4999, { error: 'must be a four-digit OCPI status code' });

/** The envelope with `data` left unchecked. */
export const ocpiResponseEnvelopeSchema = z.object({
  data: z.unknown().optional(),
  status_code: ocpiStatusCodeSchema,
  status_message: z.string().optional(),
  timestamp: dateTimeSchema,
});

/**
 * The envelope with `data` checked against `dataSchema` when the status is a success (1xxx) and data
 * is present. On errors `data` "is unspecified" and is passed through untouched; a null `data` counts
 * as absent.
 */
export function ocpiResponseSchema<S extends z.ZodType>(dataSchema: S) {
  return ocpiResponseEnvelopeSchema.transform((envelope, context): OcpiResponse<z.output<S>> => {
    const { data, ...rest } = envelope;
    if (data === undefined || data === null) return rest;
    if (!isOcpiSuccess(envelope.status_code)) return { ...rest, data: data as z.output<S> };
    const parsed = dataSchema.safeParse(data);
    if (parsed.success) return { ...rest, data: parsed.data as z.output<S> };
    for (const issue of parsed.error.issues) {
      context.addIssue({ ...issue, path: ['data', ...issue.path] } as Parameters<typeof context.addIssue>[0]);
    }
    return z.NEVER;
  });
}
