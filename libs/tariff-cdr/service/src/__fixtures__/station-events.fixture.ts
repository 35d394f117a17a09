import { TransactionEndedV1, TransactionStartedV1, TransactionUpdatedV1 } from '@chargemesh/contracts/station';
import type { TariffCdrHarness } from './tariff-cdr-harness.fixture';

const register = (timestamp: string, wattHours: number) => ({
  timestamp,
  sampledValues: [{ value: wattHours, measurand: 'Energy.Active.Import.Register', unit: 'Wh', multiplier: 0 }],
});

/** A 2.0.1 transaction on EVSE 1 as the gateway records it: started at 08:00 (1520.3 kWh), updated at 09:00, ended at 10:00 (20 kWh in all). */
export function transaction(harness: TariffCdrHarness, stationId: string, transactionId: string, tokenRef?: string) {
  const common = { stationId, transactionId, ocppVersion: '2.0.1' as const, offline: false };
  return {
    start: (at = '2024-01-15T08:00:00.000Z', wattHours = 1_520_300) =>
      harness.appendStation(stationId, TransactionStartedV1, { ...common, seqNo: 0, evseId: 1, connectorId: 1, startedAt: at, meterValues: [register(at, wattHours)], chargingState: 'Charging', ...(tokenRef ? { token: { ref: tokenRef, type: 'ISO14443' } } : {}) }),
    update: (at = '2024-01-15T09:00:00.000Z', wattHours = 1_530_300, seqNo = 1) =>
      harness.appendStation(stationId, TransactionUpdatedV1, { ...common, seqNo, timestamp: at, meterValues: [register(at, wattHours)] }),
    end: (at = '2024-01-15T10:00:00.000Z', wattHours = 1_540_300, seqNo = 2) =>
      harness.appendStation(stationId, TransactionEndedV1, { ...common, seqNo, endedAt: at, meterValues: [register(at, wattHours)], missingSeqNos: [], startKnown: true, stoppedReason: 'EVDisconnected' }),
  };
}
