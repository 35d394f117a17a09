import {
  DIN_EVCO_ID,
  DIN_EVSE_ID,
  DIN_OPERATOR_ID,
  ISO_EVCO_ID,
  ISO_EVSE_ID,
  ISO_OPERATOR_ID,
  OFFER_TO_ALL_PROVIDERS,
  PROVIDER_ID,
} from './identifiers';

/*
 * How OICP ids compare. The spec lets the separator be left out ("the separator character * is optional"
 * for ISO OperatorIDs and EvseIDs, "-" for ProviderIDs, 03_*_Data_Types.asciidoc), and treats letters
 * case-insensitively ("Alpha characters SHALL be interpreted case insensitively", ChargingPoolIDType;
 * Hubject upper-cases EvcoIDs and UIDs). So `DEABC`, `de*abc` and `DE*ABC` name one operator, and
 * `DE8EO`, `DE*8EO`, `de-8eo` one provider. These functions give each id one canonical spelling, so that
 * equality, hashing and map keys agree (WWCP_OICP's GetHashCode disagreed with Equals). Send ids on the
 * wire verbatim: Hubject compares them textually with the client certificate.
 */

/**
 * Canonical OperatorID: ISO as `CC*XXX` in upper case, DIN as `+CC*XXX`. Undefined when malformed.
 * `DEABC` → `DE*ABC`, `49*810` → `+49*810`.
 */
export function normaliseOperatorId(operatorId: string): string | undefined {
  const iso = ISO_OPERATOR_ID.exec(operatorId);
  if (iso) return `${iso[1]}*${iso[2]}`.toUpperCase();
  const din = DIN_OPERATOR_ID.exec(operatorId);
  if (din) return `+${din[1]}*${din[2]}`;
  return undefined;
}

/** Canonical ProviderID: `CC-XXX` in upper case (`DE8EO`, `DE*8EO` → `DE-8EO`). Undefined when malformed. */
export function normaliseProviderId(providerId: string): string | undefined {
  const match = PROVIDER_ID.exec(providerId);
  return match ? `${match[1]}-${match[2]}`.toUpperCase() : undefined;
}

/**
 * Canonical EvseID for comparison: ISO as `CC*XXX*E<instance>` in upper case, without the optional `*`
 * separators inside the instance (emi³: `<S>` is optional throughout the ISO form), so `DE*AB7*E840*6487`
 * and `DEAB7E8406487` compare equal; DIN keeps its mandatory separators and gets its leading `+`.
 */
export function normaliseEvseId(evseId: string): string | undefined {
  const iso = ISO_EVSE_ID.exec(evseId);
  if (iso) return `${iso[1]}*${iso[2]}*E${iso[3].replaceAll('*', '')}`.toUpperCase();
  const din = DIN_EVSE_ID.exec(evseId);
  if (din) return `+${din[1]}*${din[2]}*${din[3]}`;
  return undefined;
}

/**
 * The OperatorID an EvseID belongs to, canonical: `DE*ABC*E123` and `DEABCE123` → `DE*ABC`,
 * `+49*810*000*438` → `+49*810`. This is how remote start/stop and reservations find the CPO (the spec:
 * "Hubject will derive the CPO's OperatorID from the EvseID"). Undefined when the EvseID is malformed.
 */
export function operatorIdOfEvseId(evseId: string): string | undefined {
  const iso = ISO_EVSE_ID.exec(evseId);
  if (iso) return `${iso[1]}*${iso[2]}`.toUpperCase();
  const din = DIN_EVSE_ID.exec(evseId);
  if (din) return `+${din[1]}*${din[2]}`;
  return undefined;
}

/**
 * The ProviderID an EvcoID (contract id) belongs to, canonical: `DE-8EO-CAet5e4XY-3` → `DE-8EO`,
 * `DE*8EO*Aet5e4*3` → `DE-8EO`. "Hubject can derive the EMP's ProviderID from the EvcoID" (AuthorizeStart).
 */
export function providerIdOfEvcoId(evcoId: string): string | undefined {
  const match = ISO_EVCO_ID.exec(evcoId) ?? DIN_EVCO_ID.exec(evcoId);
  return match ? `${match[1]}-${match[2]}`.toUpperCase() : undefined;
}

/** Whether two OperatorIDs name the same operator (case and optional separator ignored). */
export function sameOperatorId(left: string, right: string): boolean {
  const normalised = normaliseOperatorId(left);
  return normalised !== undefined && normalised === normaliseOperatorId(right);
}

/** Whether two ProviderIDs name the same provider. `*` (offer to all) equals only itself. */
export function sameProviderId(left: string, right: string): boolean {
  if (left === OFFER_TO_ALL_PROVIDERS || right === OFFER_TO_ALL_PROVIDERS) return left === right;
  const normalised = normaliseProviderId(left);
  return normalised !== undefined && normalised === normaliseProviderId(right);
}

/** Whether two EvseIDs name the same EVSE. */
export function sameEvseId(left: string, right: string): boolean {
  const normalised = normaliseEvseId(left);
  return normalised !== undefined && normalised === normaliseEvseId(right);
}

/** Whether an EvseID belongs to the given operator (the consistency check behind status code 018). */
export function evseIdBelongsToOperator(evseId: string, operatorId: string): boolean {
  const owner = operatorIdOfEvseId(evseId);
  return owner !== undefined && owner === normaliseOperatorId(operatorId);
}

/** Whether an EvcoID belongs to the given provider (the consistency check behind status code 019). */
export function evcoIdBelongsToProvider(evcoId: string, providerId: string): boolean {
  const owner = providerIdOfEvcoId(evcoId);
  return owner !== undefined && owner === normaliseProviderId(providerId);
}
