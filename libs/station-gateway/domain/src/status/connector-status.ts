import type { ConnectorStatus } from '@chargemesh/contracts/station';

const V16_STATUS: Readonly<Record<string, ConnectorStatus>> = {
  Available: 'Available',
  Preparing: 'Occupied',
  Charging: 'Occupied',
  SuspendedEVSE: 'Occupied',
  SuspendedEV: 'Occupied',
  Finishing: 'Occupied',
  Reserved: 'Reserved',
  Unavailable: 'Unavailable',
  Faulted: 'Faulted',
};

/** The version-independent status of a 1.6 ChargePointStatus (2.0.1's five values; every in-use state is Occupied). */
export function connectorStatusOfV16(status: string): ConnectorStatus {
  const mapped = Object.hasOwn(V16_STATUS, status) ? V16_STATUS[status] : undefined;
  if (!mapped) throw new Error(`not a 1.6 ChargePointStatus: ${status}`);
  return mapped;
}

/**
 * 2.0.1 addressing of a 1.6 connector: 1.6 connector N (N > 0) is EVSE N with its single
 * connector 1; connector 0, the station as a whole, is EVSE 0 connector 0.
 */
export function evseOfV16Connector(connectorId: number): { evseId: number; connectorId: number } {
  return connectorId === 0 ? { evseId: 0, connectorId: 0 } : { evseId: connectorId, connectorId: 1 };
}
