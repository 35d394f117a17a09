import { z } from 'zod';
import { dateTimeSchema } from './types.schemas';

/*
 * PATCH (transport_and_format_patch): the body carries only the fields to change; fields left out
 * stay unchanged. Every module that allows PATCH (Locations, Sessions, Tokens) says: "Any request to
 * the PATCH method SHALL contain the last_updated field"; a PATCH without it is answered with 2001.
 */

const patchLastUpdatedSchema = z
  .string({
    error: (issue) => (issue.input === undefined ? 'is required in every PATCH request' : 'must be a DateTime string'),
  })
  .pipe(dateTimeSchema);

/** The PATCH variant of an object schema: every field optional except `last_updated`. */
export function patchOf<Shape extends z.ZodRawShape>(objectSchema: z.ZodObject<Shape>) {
  return objectSchema.partial().extend({ last_updated: patchLastUpdatedSchema });
}

/**
 * Applies a PATCH the way OCPI means it: a shallow merge where each present top-level field
 * replaces the stored one (nested objects and lists are sent whole). Sessions differ for
 * `charging_periods`; use mergeSessionPatch for them.
 */
export function mergePatch<T extends object>(current: T, patch: Partial<T>): T {
  const merged: Record<string, unknown> = { ...(current as Record<string, unknown>) };
  for (const [key, value] of Object.entries(patch)) {
    if (value !== undefined) merged[key] = value;
  }
  return merged as T;
}
