import { meterValuesOfV16, meterValuesOfV201, v16RegisterReading } from './normalize-meter-values';

describe('meter value normalisation', () => {
  it('should give 1.6 samples their defaults and the correct Celsius spelling', () => {
    expect(
      meterValuesOfV16([
        {
          timestamp: '2026-11-01T10:00:00+01:00',
          sampledValue: [{ value: '1234.5' }, { value: '21', measurand: 'Temperature', unit: 'Celcius' }, { value: 'AbCd', format: 'SignedData' }],
        },
      ]),
    ).toEqual([
      {
        timestamp: '2026-11-01T09:00:00.000Z',
        sampledValues: [
          { value: 1234.5, measurand: 'Energy.Active.Import.Register', unit: 'Wh', multiplier: 0 },
          { value: 21, measurand: 'Temperature', unit: 'Celsius', multiplier: 0 },
          { signedData: 'AbCd', measurand: 'Energy.Active.Import.Register', unit: 'Wh', multiplier: 0 },
        ],
      },
    ]);
  });

  it('should keep 2.0.1 units and multipliers', () => {
    expect(
      meterValuesOfV201([
        { timestamp: '2026-11-01T10:00:00Z', sampledValue: [{ value: 7.4, measurand: 'Power.Active.Import', unitOfMeasure: { unit: 'kW', multiplier: 0 } }, { value: 3, context: 'Sample.Periodic' }] },
      ]),
    ).toEqual([
      {
        timestamp: '2026-11-01T10:00:00.000Z',
        sampledValues: [
          { value: 7.4, measurand: 'Power.Active.Import', unit: 'kW', multiplier: 0 },
          { value: 3, measurand: 'Energy.Active.Import.Register', unit: 'Wh', multiplier: 0, context: 'Sample.Periodic' },
        ],
      },
    ]);
  });

  it('should turn a 1.6 meterStart into an energy register reading', () => {
    expect(v16RegisterReading('2026-11-01T10:00:00Z', 1500, 'Transaction.Begin').sampledValues[0]).toEqual({
      value: 1500,
      measurand: 'Energy.Active.Import.Register',
      unit: 'Wh',
      multiplier: 0,
      context: 'Transaction.Begin',
    });
  });
});
