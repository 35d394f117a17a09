import type { StationLink } from './location.schemas';

/**
 * The OCPP connector id of each OCPI connector of a linked EVSE: as the link maps it, else the id
 * itself when it is a whole number, else the connector's position (1, 2, ...). Shared so that
 * every service reads a link the same way.
 */
export function ocppConnectorIds(connectorIds: readonly string[], link: Pick<StationLink, 'connectors'>): Map<string, number> {
  const ids = new Map<string, number>();
  connectorIds.forEach((id, index) => {
    const mapped = link.connectors?.[id];
    ids.set(id, mapped ?? (/^[1-9][0-9]{0,8}$/.test(id) ? Number(id) : index + 1));
  });
  return ids;
}
