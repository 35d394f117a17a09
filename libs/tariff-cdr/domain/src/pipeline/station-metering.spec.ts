import { facts, register } from '../__fixtures__/transactions.fixture';
import { meteringOf } from './station-metering';

describe('meteringOf', () => {
  it('should turn Wh register readings into kWh samples from the start to the end when the transaction ended', () => {
    const metering = meteringOf(
      facts({ readings: [register('2024-01-15T09:00:00.000Z', 1_530_300), register('2024-01-15T08:00:00.000Z', 1_520_300), register('2024-01-15T10:00:00.000Z', 1_540_300)], endedAt: '2024-01-15T10:00:00.000Z' }),
    );
    expect(metering?.samples).toEqual([
      { at: '2024-01-15T08:00:00.000Z', energyKwh: '1520.3', charging: true },
      { at: '2024-01-15T09:00:00.000Z', energyKwh: '1530.3', charging: true },
      { at: '2024-01-15T10:00:00.000Z', energyKwh: '1540.3', charging: true },
    ]);
  });

  it('should read kWh with a 2.0.1 multiplier, sum phase power and current, and prefer the outlet over the inlet', () => {
    const reading = {
      at: '2024-01-15T08:30:00.000Z',
      sampledValues: [
        { value: 99, measurand: 'Energy.Active.Import.Register', unit: 'kWh', multiplier: 0, location: 'Inlet' },
        { value: 15.2, measurand: 'Energy.Active.Import.Register', unit: 'kWh', multiplier: 1 },
        { value: 3.7, measurand: 'Power.Active.Import', unit: 'kW', multiplier: 0, phase: 'L1' },
        { value: 3.7, measurand: 'Power.Active.Import', unit: 'kW', multiplier: 0, phase: 'L2' },
        { value: 3.6, measurand: 'Power.Active.Import', unit: 'kW', multiplier: 0, phase: 'L3' },
        { value: 16, measurand: 'Current.Import', unit: 'A', multiplier: 0, phase: 'L1' },
        { value: 16.1, measurand: 'Current.Import', unit: 'A', multiplier: 0, phase: 'L2' },
        { value: 15.9, measurand: 'Current.Import', unit: 'A', multiplier: 0, phase: 'L3' },
      ],
    };
    const metering = meteringOf(facts({ readings: [register('2024-01-15T08:00:00.000Z', 150_000), reading] }));
    expect(metering?.samples[1]).toEqual({ at: '2024-01-15T08:30:00.000Z', energyKwh: '152', powerKw: '11', currentA: '48', charging: true });
  });

  it('should drop a register reading that goes down and keep the energy of earlier samples when a later reading arrives', () => {
    const before = meteringOf(facts({ readings: [register('2024-01-15T08:00:00.000Z', 1000), register('2024-01-15T08:10:00.000Z', 2000)] }));
    const after = meteringOf(facts({ readings: [register('2024-01-15T08:00:00.000Z', 1000), register('2024-01-15T08:10:00.000Z', 2000), register('2024-01-15T08:20:00.000Z', 500), register('2024-01-15T08:30:00.000Z', 4000)] }));
    expect(after?.samples.slice(0, 2)).toEqual(before?.samples);
    expect(after?.samples.map((sample) => sample.energyKwh)).toEqual(['1', '2', '2', '4']);
  });

  it('should mark parking from a SuspendedEV state and ignore states reported before the start', () => {
    const metering = meteringOf(
      facts({
        readings: [register('2024-01-15T08:00:00.000Z', 0), register('2024-01-15T09:00:00.000Z', 10_000)],
        chargingStates: [
          { at: '2024-01-15T07:59:00.000Z', charging: false },
          { at: '2024-01-15T09:00:00.000Z', charging: false },
        ],
        endedAt: '2024-01-15T09:30:00.000Z',
      }),
    );
    expect(metering?.samples.map((sample) => [String(sample.at).slice(11, 16), sample.charging])).toEqual([
      ['08:00', true],
      ['09:00', false],
      ['09:30', false],
    ]);
  });

  it('should count the energy up to the next reading as charged, not parked, when the vehicle goes idle between readings', () => {
    const readings = [register('2024-01-15T08:00:00.000Z', 1_000), register('2024-01-15T09:30:00.000Z', 11_000)];
    const stopsAt9 = meteringOf(facts({ readings, chargingStates: [{ at: '2024-01-15T09:00:00.000Z', charging: false }], endedAt: '2024-01-15T09:30:00.000Z' }));
    expect(stopsAt9?.samples.map((sample) => [String(sample.at).slice(11, 16), sample.energyKwh, sample.charging])).toEqual([
      ['08:00', '1', true],
      ['09:00', '11', false],
      ['09:30', '11', false],
    ]);
    // Charging resumes before the next reading: the energy of that gap is not known to be charged before the stop.
    const resumes = meteringOf(
      facts({
        readings,
        chargingStates: [
          { at: '2024-01-15T09:00:00.000Z', charging: false },
          { at: '2024-01-15T09:10:00.000Z', charging: true },
        ],
        endedAt: '2024-01-15T09:30:00.000Z',
      }),
    );
    expect(resumes?.samples.map((sample) => sample.energyKwh)).toEqual(['1', '1', '1', '11']);
  });

  it('should start at the first reading when the start was never reported, and give nothing without any time', () => {
    expect(meteringOf(facts({ startedAt: undefined, readings: [register('2024-01-15T08:05:00.000Z', 10)] }))?.startMs).toBe(Date.parse('2024-01-15T08:05:00.000Z'));
    expect(meteringOf(facts({ startedAt: undefined, readings: [] }))).toBeUndefined();
  });

  it('should not let an end before the start produce samples out of order', () => {
    const metering = meteringOf(facts({ endedAt: '2024-01-15T07:00:00.000Z' }));
    expect(metering?.samples).toEqual([{ at: '2024-01-15T08:00:00.000Z', energyKwh: '1520.3', charging: true }]);
  });
});
