import { ocpiExamples } from '@chargemesh/protocol-ocpi';

/** An admin body for a hosted CPO's location: OCPI fields without owner, id and last_updated; EVSE `uid` linked to `station` when given. */
export function adminLocation(evses: { uid: string; station?: { stationId: string; evseId: number; connectors?: Record<string, number> }; connectors?: string[] }[] = [{ uid: 'E1' }]) {
  const { country_code: _c, party_id: _p, id: _i, last_updated: _l, evses: _e, ...fields } = ocpiExamples.location();
  return {
    ...fields,
    evses: evses.map(({ uid, station, connectors = ['1'] }) => ({
      uid,
      evse_id: `DE*CMX*E${uid}`,
      status: 'AVAILABLE',
      capabilities: ['RFID_READER', 'REMOTE_START_STOP_CAPABLE', 'RESERVABLE', 'UNLOCK_CAPABLE', 'CHARGING_PROFILE_CAPABLE'],
      connectors: connectors.map((id) => ({ id, standard: 'IEC_62196_T2', format: 'SOCKET', power_type: 'AC_3_PHASE', max_voltage: 230, max_amperage: 32, tariff_ids: [`TARIFF-${id}`] })),
      ...(station ? { station } : {}),
    })),
  };
}

/** A Location as a remote CPO pushes it. */
export function pushedLocation(owner: { countryCode: string; partyId: string }, id: string, lastUpdated = '2026-02-10T09:30:00Z') {
  const location = ocpiExamples.location();
  return {
    ...location,
    country_code: owner.countryCode,
    party_id: owner.partyId,
    id,
    last_updated: lastUpdated,
    evses: location.evses!.map((evse) => ({ ...evse, last_updated: lastUpdated, connectors: evse.connectors.map((connector) => ({ ...connector, last_updated: lastUpdated })) })),
  };
}
