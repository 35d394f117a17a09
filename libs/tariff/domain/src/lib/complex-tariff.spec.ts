import { charging, costsOf, idle, plusMinutes } from './__fixtures__/meter-samples.fixture';
import { priceSession } from './price-session';
import type { Tariff } from './tariff.types';

// The "complex tariff" of OCPI 2.2.1-d2 mod_tariffs: a start fee, charging time priced by current and weekday,
// and parking priced by time of day and weekday. Local times are Europe/Berlin in January (UTC+1).
const WEEKDAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'] as const;
const complexTariff: Tariff = {
  id: '14',
  currency: 'EUR',
  elements: [
    { price_components: [{ type: 'FLAT', price: 2.5, vat: 15, step_size: 1 }] },
    { price_components: [{ type: 'TIME', price: 1.0, vat: 20, step_size: 900 }], restrictions: { max_current: 32 } },
    {
      price_components: [{ type: 'TIME', price: 2.0, vat: 20, step_size: 600 }],
      restrictions: { min_current: 32, day_of_week: [...WEEKDAYS] },
    },
    {
      price_components: [{ type: 'TIME', price: 1.25, vat: 20, step_size: 600 }],
      restrictions: { min_current: 32, day_of_week: ['SATURDAY', 'SUNDAY'] },
    },
    {
      price_components: [{ type: 'PARKING_TIME', price: 5.0, vat: 10, step_size: 300 }],
      restrictions: { start_time: '09:00', end_time: '18:00', day_of_week: [...WEEKDAYS] },
    },
    {
      price_components: [{ type: 'PARKING_TIME', price: 6.0, vat: 10, step_size: 300 }],
      restrictions: { start_time: '10:00', end_time: '17:00', day_of_week: ['SATURDAY'] },
    },
  ],
};
const BERLIN = 'Europe/Berlin';

describe('priceSession with the OCPI complex tariff example', () => {
  it('should bill € 9.00 / € 10.30 on a Monday morning at 16 A with 42 minutes of parking', () => {
    // 09:30 local, 165 min at 16 A: 2.75 h × 1.00 = 2.75 (+20% = 3.30); charging time is not rounded because
    // parking follows. Parking 42 → 45 min × 5.00/h = 3.75 (+10% = 4.125). Start 2.50 (+15% = 2.875).
    const start = '2024-01-15T08:30:00Z';
    const samples = [
      charging(start, 0, { currentA: 16 }),
      idle(plusMinutes(start, 165), 20),
      idle(plusMinutes(start, 207), 20),
    ];
    const result = priceSession(complexTariff, samples, BERLIN);
    expect(costsOf(result)).toEqual({
      total: { excl_vat: '9.00', incl_vat: '10.30' },
      fixed: { excl_vat: '2.50', incl_vat: '2.88' },
      time: { excl_vat: '2.75', incl_vat: '3.30' },
      parking: { excl_vat: '3.75', incl_vat: '4.13' },
      energy: { excl_vat: '0.00', incl_vat: '0.00' },
    });
    expect(result.charging_periods.map((period) => period.charges.map((charge) => charge.element_index))).toEqual([
      [0, 1],
      [4],
    ]);
    expect(result.charging_periods.every((period) => period.tariff_id === '14')).toBe(true);
  });

  it('should bill a Saturday afternoon at 43 A with the weekend price, whose spec table holds an arithmetic slip', () => {
    // 13:30 local, 114 min at 43 A: 1.9 h × 1.25 = 2.375 (+20% = 2.85). The spec's table shows 2.28, which is
    // 114 minutes at 1.20/h; we follow the tariff (README). Parking 71 → 75 min × 6.00/h = 7.50 (+10% = 8.25).
    // Total 2.50 + 2.375 + 7.50 = 12.375 → 12.38; incl 2.875 + 2.85 + 8.25 = 13.975 → 13.98.
    const start = '2024-01-20T12:30:00Z';
    const samples = [
      charging(start, 0, { currentA: 43 }),
      idle(plusMinutes(start, 114), 50),
      idle(plusMinutes(start, 185), 50),
    ];
    const result = priceSession(complexTariff, samples, BERLIN);
    expect(result.total_time_cost).toEqual({ excl_vat: '2.38', incl_vat: '2.85' });
    expect(result.total_parking_cost).toEqual({ excl_vat: '7.50', incl_vat: '8.25' });
    expect(result.total_cost).toEqual({ excl_vat: '12.38', incl_vat: '13.98' });
  });

  it('should stop billing parking at 18:00 on a weekday, as no parking element applies afterwards', () => {
    // Parking 17:30–18:30 local: only 30 minutes × 5.00/h = 2.50 (step 300 s: 30 min is already whole).
    const start = '2024-01-15T15:00:00Z'; // 16:00 local
    const samples = [
      charging(start, 0, { currentA: 16 }),
      idle(plusMinutes(start, 90), 10),
      idle(plusMinutes(start, 150), 10),
    ];
    const result = priceSession(complexTariff, samples, BERLIN);
    expect(result.total_parking_cost).toEqual({ excl_vat: '2.50', incl_vat: '2.75' });
    expect(result.charging_periods.map((period) => period.start_date_time)).toEqual([
      '2024-01-15T15:00:00.000Z',
      '2024-01-15T16:30:00.000Z',
      '2024-01-15T17:00:00.000Z',
    ]);
    expect(result.charging_periods[2].charges).toEqual([]);
  });

  it('should price charging time as unbilled when the station reports no current and the tariff needs it', () => {
    // Every TIME element is restricted on current, so none can be shown to apply without a current.
    const start = '2024-01-15T08:30:00Z';
    const result = priceSession(complexTariff, [charging(start, 0), idle(plusMinutes(start, 60), 10)], BERLIN);
    expect(result.total_time_cost).toEqual({ excl_vat: '0.00', incl_vat: '0.00' });
    expect(result.total_cost).toEqual({ excl_vat: '2.50', incl_vat: '2.88' });
  });

  it('should treat exactly 32 A as not below max_current but at least min_current', () => {
    // Monday at 32 A: element 1 (max_current 32, exclusive) does not apply, element 2 (min_current 32) does.
    const start = '2024-01-15T08:30:00Z';
    const result = priceSession(
      complexTariff,
      [charging(start, 0, { currentA: 32 }), idle(plusMinutes(start, 60), 10)],
      BERLIN,
    );
    expect(result.charging_periods[0].charges.map((charge) => charge.element_index)).toEqual([0, 2]);
    expect(result.total_time_cost).toEqual({ excl_vat: '2.00', incl_vat: '2.40' });
  });
});
