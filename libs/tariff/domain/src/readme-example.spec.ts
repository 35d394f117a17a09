import { estimateCostSoFar, priceSession, type MeterSample, type Tariff } from './index';

// Keeps the usage example of README.md true, through the public entry point.
describe('the README usage example', () => {
  const tariff: Tariff = {
    id: '12',
    currency: 'EUR',
    elements: [{ price_components: [{ type: 'ENERGY', price: 0.25, vat: 10, step_size: 1 }] }],
  };
  const metering: MeterSample[] = [
    { at: '2024-01-15T08:00:00Z', energyKwh: '1520.300', powerKw: 11, charging: true },
    { at: '2024-01-15T10:00:00Z', energyKwh: '1540.300', charging: false },
  ];

  it('should bill 20 kWh at € 0.25 as € 5.00 / € 5.50', () => {
    const cdr = priceSession(tariff, metering, 'Europe/Amsterdam');
    expect(cdr.total_cost).toEqual({ excl_vat: '5.00', incl_vat: '5.50' });
    expect(cdr.charging_periods[0].charges[0]).toMatchObject({ type: 'ENERGY', volume: '20', element_index: 0 });
  });

  it('should estimate nothing yet for a session that has delivered no energy', () => {
    const live = estimateCostSoFar(tariff, metering.slice(0, 1), 'Europe/Amsterdam', { asOf: '2024-01-15T08:30:00Z' });
    expect(live.total_cost).toEqual({ excl_vat: '0.00', incl_vat: '0.00' });
    expect(live.total_time).toBe('0.5');
  });
});
