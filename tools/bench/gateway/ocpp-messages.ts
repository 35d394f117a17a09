/** OCPP 2.0.1 payloads of a busy public AC station, as the benchmark stations send them (~350 bytes for a TransactionEvent). */

export const boot = () => ({ reason: 'PowerUp', chargingStation: { model: 'Bench-AC22', vendorName: 'ChargeMesh', serialNumber: 'SN-BENCH', firmwareVersion: '1.0.0' } });

export const status = (connectorStatus: 'Available' | 'Occupied') => ({ timestamp: new Date().toISOString(), connectorStatus, evseId: 1, connectorId: 1 });

export function transactionEvent(transactionId: string, eventType: 'Started' | 'Updated' | 'Ended', seqNo: number, energyWh: number, extra: Record<string, unknown> = {}) {
  const timestamp = new Date().toISOString();
  return {
    eventType,
    timestamp,
    triggerReason: eventType === 'Started' ? 'CablePluggedIn' : eventType === 'Ended' ? 'EVCommunicationLost' : 'MeterValuePeriodic',
    seqNo,
    transactionInfo: { transactionId, chargingState: 'Charging', ...(eventType === 'Ended' ? { stoppedReason: 'EVDisconnected' } : {}) },
    evse: { id: 1, connectorId: 1 },
    meterValue: [
      {
        timestamp,
        sampledValue: [
          { value: energyWh, context: 'Sample.Periodic', measurand: 'Energy.Active.Import.Register', unitOfMeasure: { unit: 'Wh' } },
          { value: 11_040, context: 'Sample.Periodic', measurand: 'Power.Active.Import', unitOfMeasure: { unit: 'W' } },
          { value: 48, context: 'Sample.Periodic', measurand: 'Current.Import', phase: 'L1', unitOfMeasure: { unit: 'A' } },
        ],
      },
    ],
    ...extra,
  };
}

/** What the baseline servers answer, so that every server under test returns a schema-valid CALLRESULT. */
export const RESPONSES: Readonly<Record<string, () => unknown>> = {
  BootNotification: () => ({ status: 'Accepted', currentTime: new Date().toISOString(), interval: 300 }),
  Heartbeat: () => ({ currentTime: new Date().toISOString() }),
  StatusNotification: () => ({}),
  TransactionEvent: () => ({}),
};

let clock = new Date().toISOString();
setInterval(() => (clock = new Date().toISOString()), 50).unref();

/**
 * The same TransactionEvent as JSON text from a template, with the clock read every 50 ms: one
 * generator process must outrun the server it measures on a 2-core machine.
 */
export function transactionEventJson(transactionId: string, seqNo: number, energyWh: number): string {
  return `{"eventType":"Updated","timestamp":"${clock}","triggerReason":"MeterValuePeriodic","seqNo":${seqNo},"transactionInfo":{"transactionId":"${transactionId}","chargingState":"Charging"},"evse":{"id":1,"connectorId":1},"meterValue":[{"timestamp":"${clock}","sampledValue":[{"value":${energyWh},"context":"Sample.Periodic","measurand":"Energy.Active.Import.Register","unitOfMeasure":{"unit":"Wh"}},{"value":11040,"context":"Sample.Periodic","measurand":"Power.Active.Import","unitOfMeasure":{"unit":"W"}},{"value":48,"context":"Sample.Periodic","measurand":"Current.Import","phase":"L1","unitOfMeasure":{"unit":"A"}}]}]}`;
}

export const statusJson = (connectorStatus: 'Available' | 'Occupied') => `{"timestamp":"${clock}","connectorStatus":"${connectorStatus}","evseId":1,"connectorId":1}`;
