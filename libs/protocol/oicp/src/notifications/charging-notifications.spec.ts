import { CPO_OPERATOR_ID, SESSION_ID } from '../__fixtures__/oicp-bodies.fixture';
import { chargingNotificationRequestSchema, impliedChargingDurationMs } from './charging-notifications.messages';

const common = { SessionID: SESSION_ID, EvseID: 'DE*CMX*E0042*1', OperatorID: CPO_OPERATOR_ID };

describe('charging notifications', () => {
  it.each([
    { Type: 'Start', ...common, ChargingStart: '2025-03-14T10:00:00+01:00', MeterValueStart: 1523.5 },
    {
      Type: 'Progress',
      ...common,
      ChargingStart: '2025-03-14T10:00:00+01:00',
      EventOccurred: '2025-03-14T10:05:00+01:00',
      ChargingDuration: 300000,
    },
    {
      Type: 'Progress',
      ...common,
      ChargingStart: '2025-03-14T10:00:00+01:00',
      EventOccurred: '2025-03-14T10:05:00+01:00',
      ConsumedEnergyProgress: 1.5,
    },
    {
      Type: 'End',
      ...common,
      ChargingEnd: '2025-03-14T11:15:30+01:00',
      ConsumedEnergy: 18.25,
      PenaltyTimeStart: '2025-03-14T11:45:30+01:00',
    },
    { Type: 'Error', ...common, ErrorType: 'CriticalError', ErrorAdditionalInfo: 'Ground fault' },
  ])('should accept a valid $Type notification', (notification) => {
    expect(chargingNotificationRequestSchema.safeParse(notification).success).toBe(true);
  });

  it('should pick the message by Type and reject fields of another type as missing', () => {
    const result = chargingNotificationRequestSchema.safeParse({
      Type: 'End',
      ...common,
      ChargingStart: '2025-03-14T10:00:00+01:00',
    });
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['ChargingEnd']);
  });

  it('should require ChargingDuration or ConsumedEnergyProgress in a Progress notification', () => {
    const progress = {
      Type: 'Progress',
      ...common,
      ChargingStart: '2025-03-14T10:00:00+01:00',
      EventOccurred: '2025-03-14T10:05:00+01:00',
    };
    expect(chargingNotificationRequestSchema.safeParse(progress).success).toBe(false);
  });

  it('should require the OperatorID that names the calling CPO (X-NOTIFICATION-OPERATORID)', () => {
    const { OperatorID: _dropped, ...withoutOperator } = common;
    const start = { Type: 'Start', ...withoutOperator, ChargingStart: '2025-03-14T10:00:00+01:00' };
    expect(chargingNotificationRequestSchema.safeParse(start).success).toBe(false);
  });

  it('should read "Connector Error" with a space as ConnectorError (X-ERRORTYPE-SPACES)', () => {
    const parsed = chargingNotificationRequestSchema.parse({ Type: 'Error', ...common, ErrorType: 'Connector Error' });
    expect(parsed.Type === 'Error' && parsed.ErrorType).toBe('ConnectorError');
    expect(
      chargingNotificationRequestSchema.safeParse({ Type: 'Error', ...common, ErrorType: 'PlugError' }).success,
    ).toBe(false);
  });

  it('should derive ChargingDuration as EventOccurred minus ChargingStart in milliseconds (E006)', () => {
    expect(
      impliedChargingDurationMs({ ChargingStart: '2025-03-14T10:00:00+01:00', EventOccurred: '2025-03-14T09:30:00Z' }),
    ).toBe(30 * 60 * 1000);
  });
});
