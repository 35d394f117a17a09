import type { SampledValue } from '@chargemesh/contracts/station';

/**
 * Everything the station stream told us about one transaction, in any order: offline replays,
 * late meter values and events after the end all arrive here (the station-transactions projection
 * collects them). The pipeline derives the session from the whole set, never from one event.
 */
export interface TransactionFacts {
  stationId: string;
  transactionId: string;
  ocppVersion: '1.6' | '2.0.1';
  evseId?: number;
  connectorId?: number;
  startedAt?: string;
  endedAt?: string;
  /** False when the gateway reported an end it had no start for. */
  startKnown?: boolean;
  tokenRef?: string;
  tokenType?: string;
  remoteStartId?: number;
  stoppedReason?: string;
  readings: StationReading[];
  chargingStates: ChargingStateChange[];
  /** The STATION stream sequence of the latest fact. */
  lastSeq: number;
}

export interface StationReading {
  at: string;
  sampledValues: SampledValue[];
}

/** Whether the vehicle requests power from `at` on (2.0.1 chargingState, 1.6 connector status). */
export interface ChargingStateChange {
  at: string;
  charging: boolean;
}

/**
 * 2.0.1 ChargingStateEnumType and 1.6 ChargePointStatus → "the vehicle requests power". A pause by
 * the EVSE while the vehicle wants power (SuspendedEVSE) is charging time (OCPI 2.2.1 erratum on
 * PARKING_TIME); undefined for states that say nothing about it.
 */
export function chargingOfStationState(state: string): boolean | undefined {
  switch (state) {
    case 'Charging':
    case 'SuspendedEVSE':
      return true;
    case 'SuspendedEV':
    case 'EVConnected':
    case 'Idle':
    case 'Finishing':
      return false;
    default:
      return undefined;
  }
}
