import { charging, idle, plusMinutes } from './__fixtures__/meter-samples.fixture';
import { estimateCostSoFar, priceSession } from './price-session';
import type { Tariff } from './tariff.types';

const BERLIN = 'Europe/Berlin';
const START = '2024-01-16T08:00:00Z';

// € 1.20 per hour of charging billed per 15 minutes, € 2.40 per hour of parking billed per 5 minutes.
const tariff: Tariff = {
  currency: 'EUR',
  min_price: { excl_vat: 1 },
  elements: [
    {
      price_components: [
        { type: 'TIME', price: 1.2, step_size: 900 },
        { type: 'PARKING_TIME', price: 2.4, step_size: 300 },
      ],
    },
  ],
};

describe('estimateCostSoFar', () => {
  it('should price a running session as if it ended at the last sample, like priceSession', () => {
    const samples = [charging(START, 0), charging(plusMinutes(START, 40), 7)];
    expect(estimateCostSoFar(tariff, samples, BERLIN)).toEqual(priceSession(tariff, samples, BERLIN));
  });

  it('should extend the last state until asOf and apply step_size as the final CDR would', () => {
    // Charging since 08:00, last sample at 08:40 (still charging), asked at 09:01: 61 min → 75 min × 1.20/h = 1.50.
    const samples = [charging(START, 0), charging(plusMinutes(START, 40), 7)];
    const result = estimateCostSoFar(tariff, samples, BERLIN, { asOf: plusMinutes(START, 61) });
    expect(result.total_cost).toEqual({ excl_vat: '1.50' });
    expect(result.total_energy).toBe('7');
    expect(result.end_date_time).toBe('2024-01-16T09:01:00.000Z');
  });

  it('should count the time since the vehicle stopped requesting power as parking', () => {
    // 60 min charging = 1.20 (not rounded, parking follows); 11 → 15 min parking × 2.40/h = 0.60.
    const samples = [charging(START, 0), idle(plusMinutes(START, 60), 12)];
    const result = estimateCostSoFar(tariff, samples, BERLIN, { asOf: plusMinutes(START, 71) });
    expect(result.total_parking_time).toBe('0.1833333333');
    expect(result.total_cost).toEqual({ excl_vat: '1.80' });
  });

  it('should show the minimum price while the session is still cheaper than it', () => {
    const result = estimateCostSoFar(tariff, [charging(START, 0)], BERLIN, { asOf: plusMinutes(START, 10) });
    expect(result.total_time_cost).toEqual({ excl_vat: '0.30' }); // 10 → 15 minutes
    expect(result.total_cost).toEqual({ excl_vat: '1.00' });
  });

  it('should refuse an asOf before the last sample', () => {
    const samples = [charging(START, 0), charging(plusMinutes(START, 40), 7)];
    expect(() => estimateCostSoFar(tariff, samples, BERLIN, { asOf: plusMinutes(START, 30) })).toThrow(
      expect.objectContaining({ code: 'TARIFF.INVALID_METERING' }),
    );
  });
});
