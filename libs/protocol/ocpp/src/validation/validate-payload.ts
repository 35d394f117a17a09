import { describeAction } from '../actions';
import { errorCodeFor, type OcppErrorCodeOf } from '../error-codes';
import { normalizeV16CelsiusUnits } from '../v16-celsius-unit';
import type { OcppVersion } from '../versions';
import { describeSchemaFailure } from './schema-failure';
import { payloadValidator, type PayloadDirection } from './schema-validators';

export interface ValidPayload {
  readonly ok: true;
}

/** Everything needed to answer with a CALLERROR: serializeCallError(version, id, code, description, details). */
export interface InvalidPayload<V extends OcppVersion = OcppVersion> {
  readonly ok: false;
  readonly code: OcppErrorCodeOf<V>;
  readonly description: string;
  readonly details: Readonly<Record<string, string>>;
}

export type ValidationResult<V extends OcppVersion = OcppVersion> = ValidPayload | InvalidPayload<V>;

/** Shared success value: validating a good payload allocates nothing. */
export const VALID_PAYLOAD: ValidPayload = Object.freeze({ ok: true });

function validatePayload<V extends OcppVersion>(
  version: V,
  action: string,
  payload: unknown,
  direction: PayloadDirection,
): ValidationResult<V> {
  const validate = payloadValidator(version, action, direction);
  if (validate === undefined) {
    return {
      ok: false,
      code: errorCodeFor(version, 'notImplemented'),
      description: `Unknown OCPP ${version} action '${action}'`,
      details: {},
    };
  }
  if (validate(payload)) return VALID_PAYLOAD;
  const firstError = validate.errors?.[0];
  if (firstError === undefined) {
    return { ok: false, code: errorCodeFor(version, 'format'), description: 'payload is invalid', details: {} };
  }
  const failure = describeSchemaFailure(firstError);
  return {
    ok: false,
    code: errorCodeFor(version, failure.reason),
    description: failure.description,
    details: failure.details,
  };
}

/** Checks a CALL payload against the action's request schema (either direction). Unknown action: NotImplemented. */
export function validateRequest<V extends OcppVersion>(
  version: V,
  action: string,
  payload: unknown,
): ValidationResult<V> {
  return validatePayload(version, action, payload, 'request');
}

/** Checks a CALLRESULT payload against the action's response schema (either direction). */
export function validateResponse<V extends OcppVersion>(
  version: V,
  action: string,
  payload: unknown,
): ValidationResult<V> {
  return validatePayload(version, action, payload, 'response');
}

/**
 * The gateway's check of a CALL received from a station, in the order a CSMS must apply it:
 * unknown action → NotImplemented; an action only the CSMS sends → NotSupported; for 1.6, the
 * documented Celsius normalisation (rewrites the payload in place, see v16-celsius-unit.ts);
 * then the request schema.
 */
export function validateStationCall<V extends OcppVersion>(
  version: V,
  action: string,
  payload: unknown,
): ValidationResult<V> {
  const descriptor = describeAction(version, action);
  if (descriptor === undefined) return validatePayload(version, action, payload, 'request');
  if (descriptor.sentBy === 'csms') {
    return {
      ok: false,
      code: errorCodeFor(version, 'notSupported'),
      description: `${action} is sent by the CSMS, not accepted from a charging station`,
      details: {},
    };
  }
  if (version === '1.6') normalizeV16CelsiusUnits(action, payload);
  return validatePayload(version, action, payload, 'request');
}
