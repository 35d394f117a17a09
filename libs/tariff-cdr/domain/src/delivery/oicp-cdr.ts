import Decimal from 'decimal.js';

/**
 * An OCPI CDR as an OICP 2.3 ChargeDetailRecord (OICP CDRs carry no price: the EMP prices from the
 * CPO's pricing data) for an EMP the oicp-peer serves. The OICP
 * SessionID must be a GUID: the OCPI session id of our sessions is one (sessionIdOf), so the same
 * session always gives the same SessionID and the oicp-peer recognises a repeat. Identification is
 * the token as OICP knows it (personal data, from the vault).
 */
export function oicpCdrOf(cdr: Record<string, unknown>, identification: Record<string, unknown>): Record<string, unknown> {
  const location = cdr.cdr_location as { evse_id?: string };
  const kwh = new Decimal(String(cdr.total_energy)).toDecimalPlaces(3, Decimal.ROUND_HALF_UP).toNumber();
  return {
    SessionID: cdr.session_id ?? cdr.id,
    CPOPartnerSessionID: String(cdr.id),
    EvseID: location.evse_id,
    Identification: identification,
    ChargingStart: cdr.start_date_time,
    ChargingEnd: cdr.end_date_time,
    SessionStart: cdr.start_date_time,
    SessionEnd: cdr.end_date_time,
    ConsumedEnergy: kwh,
  };
}
