import { CodedError } from '@chargemesh/contracts/envelope';
import { LOCATION_ERRORS } from '@chargemesh/contracts/location';
import { asciiUpper } from '../shared/party';

type OcpiEvse = { uid: string; last_updated?: string; connectors: { id: string; tariff_ids?: string[]; last_updated?: string }[] } & Record<string, unknown>;

/** An EVSE as the directory's `save-evse` takes it: without uid and the last_updated fields it sets, with its station link. */
export interface EvseSave {
  evseUid: string;
  evse: Record<string, unknown>;
}

/**
 * The EVSEs of a location whose connectors change when a tariff is offered there (its id appended
 * to `tariff_ids`) or withdrawn (removed); EVSEs that already are as wanted are left out.
 */
export function tariffLinkChanges(
  location: { evses?: OcpiEvse[] },
  stationLinks: readonly { evseUid: string; stationId: string; evseId: number; connectors?: Record<string, number> }[],
  tariffId: string,
  evseUids: readonly string[] | undefined,
  unlink: boolean,
): EvseSave[] {
  const evses = location.evses ?? [];
  const wanted = evseUids?.map(asciiUpper);
  const unknown = wanted?.filter((uid) => !evses.some((evse) => asciiUpper(evse.uid) === uid)) ?? [];
  if (unknown.length) throw new CodedError(LOCATION_ERRORS.evseNotFound, `the location has no EVSE ${unknown.join(', ')}`);
  const same = (id: string) => asciiUpper(id) === asciiUpper(tariffId);
  return evses
    .filter((evse) => !wanted || wanted.includes(asciiUpper(evse.uid)))
    .map((evse): EvseSave | undefined => {
      const connectors = evse.connectors.map(({ last_updated: _ignored, ...connector }) => {
        const ids = connector.tariff_ids ?? [];
        const next = unlink ? ids.filter((id) => !same(id)) : ids.some(same) ? ids : [...ids, tariffId];
        const { tariff_ids: _old, ...rest } = connector;
        return { changed: next.length !== ids.length, connector: next.length ? { ...rest, tariff_ids: next } : rest };
      });
      if (!connectors.some((connector) => connector.changed)) return undefined;
      const { uid, last_updated: _ignored, ...fields } = evse;
      const link = stationLinks.find((candidate) => asciiUpper(candidate.evseUid) === asciiUpper(uid));
      const station = link ? { stationId: link.stationId, evseId: link.evseId, ...(link.connectors ? { connectors: link.connectors } : {}) } : undefined;
      const saved: Record<string, unknown> = { ...fields, connectors: connectors.map((connector) => connector.connector), ...(station ? { station } : {}) };
      return { evseUid: uid, evse: saved };
    })
    .filter((save): save is EvseSave => save !== undefined);
}
