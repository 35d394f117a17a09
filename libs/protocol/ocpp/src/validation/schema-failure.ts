import type { ErrorObject } from 'ajv';
import type { OcppErrorReason } from '../error-codes';

// Which CALLERROR a failed JSON-schema keyword stands for (research/ocpp.md §2.2.5):
// a missing or miscounted field is an occurrence problem, a wrong JSON type a type problem,
// a value outside what the field allows a property problem; anything structural (an extra
// property where the schema forbids it, combinators) is a format problem.
const REASON_BY_KEYWORD: Readonly<Record<string, OcppErrorReason>> = {
  required: 'occurrenceConstraint',
  minItems: 'occurrenceConstraint',
  maxItems: 'occurrenceConstraint',
  minProperties: 'occurrenceConstraint',
  maxProperties: 'occurrenceConstraint',
  type: 'typeConstraint',
  enum: 'propertyConstraint',
  const: 'propertyConstraint',
  format: 'propertyConstraint',
  pattern: 'propertyConstraint',
  minLength: 'propertyConstraint',
  maxLength: 'propertyConstraint',
  minimum: 'propertyConstraint',
  maximum: 'propertyConstraint',
  exclusiveMinimum: 'propertyConstraint',
  exclusiveMaximum: 'propertyConstraint',
  multipleOf: 'propertyConstraint',
  additionalProperties: 'format',
};

export interface SchemaFailure {
  readonly reason: OcppErrorReason;
  readonly description: string;
  /** Goes into the CALLERROR errorDetails: where and which rule, never the offending data. */
  readonly details: { readonly keyword: string; readonly path: string };
}

export function describeSchemaFailure(error: ErrorObject): SchemaFailure {
  const reason = REASON_BY_KEYWORD[error.keyword] ?? 'format';
  const where = error.instancePath === '' ? 'payload' : error.instancePath;
  return {
    reason,
    description: `${where} ${error.message ?? 'is invalid'}${detailOf(error)}`,
    details: { keyword: error.keyword, path: error.instancePath },
  };
}

function detailOf(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'additionalProperties') return `: '${String(params['additionalProperty'])}'`;
  if (error.keyword === 'enum' && Array.isArray(params['allowedValues']))
    return `: ${params['allowedValues'].join(', ')}`;
  return '';
}
