import { actionTriggeredBy, commandGateProblem, mayHandleStationCall } from './registration-gate';

describe('registration gating', () => {
  it('should handle only BootNotification before the station is accepted', () => {
    expect(mayHandleStationCall(undefined, 'BootNotification', new Set())).toBe(true);
    expect(mayHandleStationCall(undefined, 'Heartbeat', new Set())).toBe(false);
    expect(mayHandleStationCall('Rejected', 'StatusNotification', new Set(['StatusNotification']))).toBe(false);
    expect(mayHandleStationCall('Accepted', 'TransactionEvent', new Set())).toBe(true);
  });

  it('should let a Pending station send what was triggered when TriggerMessage asked for it', () => {
    expect(mayHandleStationCall('Pending', 'StatusNotification', new Set(['StatusNotification']))).toBe(true);
    expect(mayHandleStationCall('Pending', 'Heartbeat', new Set(['StatusNotification']))).toBe(false);
    expect(actionTriggeredBy('SignChargingStationCertificate')).toBe('SignCertificate');
  });

  it('should refuse remote start and stop until accepted, and everything but a boot trigger when rejected', () => {
    expect(commandGateProblem('Pending', 'RequestStartTransaction', {})).toMatch(/Pending/);
    expect(commandGateProblem(undefined, 'RemoteStopTransaction', {})).toMatch(/not booted/);
    expect(commandGateProblem('Pending', 'GetVariables', {})).toBeUndefined();
    expect(commandGateProblem('Rejected', 'GetVariables', {})).toMatch(/Rejected/);
    expect(commandGateProblem('Rejected', 'TriggerMessage', { requestedMessage: 'BootNotification' })).toBeUndefined();
    expect(commandGateProblem('Accepted', 'RequestStartTransaction', {})).toBeUndefined();
  });
});
