import { z } from 'zod';

/*
 * Validating untrusted OCPI input with readable results: each problem names the JSON path of the
 * offending field (`evses[0].connectors[1].standard`) so it can go straight into the
 * `status_message` of a 2001 response.
 */

export interface OcpiValidationIssue {
  /** JSON path such as `evses[0].connectors[1].standard`; `(root)` for the value itself. */
  path: string;
  message: string;
}

export type OcpiValidationResult<T> =
  { success: true; data: T } | { success: false; issues: OcpiValidationIssue[]; message: string };

export interface OcpiValidationOptions {
  /**
   * Treat `"field": null` as an absent field. The spec only speaks of omitting optional fields, but
   * many peers send null; with this option a null optional field passes and a null required field
   * still fails as "required".
   */
  nullAsAbsent?: boolean;
}

export function formatIssuePath(path: readonly PropertyKey[]): string {
  let formatted = '';
  for (const key of path) {
    if (typeof key === 'number') formatted += `[${key}]`;
    else formatted += formatted === '' ? String(key) : `.${String(key)}`;
  }
  return formatted === '' ? '(root)' : formatted;
}

const valueAt = (input: unknown, path: readonly PropertyKey[]): unknown => {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
};

const MISSING_VALUE_CODES = new Set(['invalid_type', 'invalid_value', 'invalid_union']);

function readableMessage(issue: z.core.$ZodIssue, input: unknown, inputKnown: boolean): string {
  const missing = inputKnown
    ? issue.path.length > 0 && valueAt(input, issue.path) === undefined
    : issue.message.endsWith('received undefined');
  if (missing && MISSING_VALUE_CODES.has(issue.code)) {
    return issue.message.startsWith('Invalid input') || issue.message.startsWith('Invalid option')
      ? 'is required'
      : issue.message;
  }
  if (issue.code === 'unrecognized_keys') return `has unknown fields: ${issue.keys.join(', ')}`;
  return issue.message;
}

/** Turns a ZodError into path + message pairs; pass the parsed input to name missing fields "is required". */
export function describeIssues(error: z.ZodError, ...input: [unknown?]): OcpiValidationIssue[] {
  return error.issues.map((issue) => ({
    path: formatIssuePath(issue.path),
    message: readableMessage(issue, input[0], input.length > 0),
  }));
}

/** One line for a 2001 status_message, e.g. `party_id: must be a 3-character party id...; last_updated: is required`. */
export function summarizeIssues(issues: readonly OcpiValidationIssue[]): string {
  return issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ');
}

/** Deep copy without the object properties whose value is null (array items are kept as they are). */
export function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (value === null || typeof value !== 'object') return value;
  const copy: Record<string, unknown> = {};
  for (const [key, property] of Object.entries(value)) {
    if (property !== null) copy[key] = withoutNulls(property);
  }
  return copy;
}

/** Validates `input` against an OCPI schema. Unknown fields are dropped from `data`, not refused. */
export function validateOcpi<S extends z.ZodType>(
  schema: S,
  input: unknown,
  options: OcpiValidationOptions = {},
): OcpiValidationResult<z.output<S>> {
  const candidate = options.nullAsAbsent ? withoutNulls(input) : input;
  const result = schema.safeParse(candidate);
  if (result.success) return { success: true, data: result.data };
  const issues = describeIssues(result.error, candidate);
  return { success: false, issues, message: summarizeIssues(issues) };
}
