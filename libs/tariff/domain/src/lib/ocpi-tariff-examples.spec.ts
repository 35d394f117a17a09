import { charging, costsOf, idle, plusMinutes } from './__fixtures__/meter-samples.fixture';
import { priceSession } from './price-session';
import type { Tariff } from './tariff.types';

// The tariff examples of OCPI 2.2.1-d2 mod_tariffs, rewritten as our own cases. Times are in UTC for the
// examples that have no time-of-day restriction.
const BERLIN = 'Europe/Berlin';
const START = '2024-01-15T08:00:00Z'; // a Monday

const fullCharge = (kwh: string, minutes = 120) => [charging(START, 0), idle(plusMinutes(START, minutes), kwh)];

describe('priceSession with the OCPI 2.2.1 tariff examples', () => {
  it('should bill € 5.00 / € 5.50 when 20 kWh are charged at € 0.25 per kWh with 10% VAT', () => {
    const tariff: Tariff = {
      currency: 'EUR',
      elements: [{ price_components: [{ type: 'ENERGY', price: 0.25, vat: 10, step_size: 1 }] }],
    };
    const result = priceSession(tariff, fullCharge('20'), BERLIN);
    expect(result.total_cost).toEqual({ excl_vat: '5.00', incl_vat: '5.50' });
    expect(result.total_energy_cost).toEqual({ excl_vat: '5.00', incl_vat: '5.50' });
    expect(result.total_energy).toBe('20');
    expect(result.total_time).toBe('2');
  });

  it('should add a start fee once when the tariff has a FLAT component', () => {
    // 0.50 + 20 × 0.25 = 5.50 excl; 0.60 + 5.50 = 6.10 incl.
    const tariff: Tariff = {
      currency: 'EUR',
      elements: [
        {
          price_components: [
            { type: 'FLAT', price: 0.5, vat: 20, step_size: 1 },
            { type: 'ENERGY', price: 0.25, vat: 10, step_size: 1 },
          ],
        },
      ],
    };
    const result = priceSession(tariff, fullCharge('20'), BERLIN);
    expect(costsOf(result)).toEqual({
      total: { excl_vat: '5.50', incl_vat: '6.10' },
      fixed: { excl_vat: '0.50', incl_vat: '0.60' },
      energy: { excl_vat: '5.00', incl_vat: '5.50' },
      time: { excl_vat: '0.00', incl_vat: '0.00' },
      parking: { excl_vat: '0.00', incl_vat: '0.00' },
    });
  });

  it('should bill 45 minutes of parking when the driver leaves 40 minutes after charging with a 900 s step', () => {
    // 0.50 start + 20 kWh × 0.25 + 0.75 h × 2.00 = 7.00 excl; 0.60 + 5.50 + 1.80 = 7.90 incl.
    const tariff: Tariff = {
      currency: 'EUR',
      elements: [
        {
          price_components: [
            { type: 'FLAT', price: 0.5, vat: 20, step_size: 1 },
            { type: 'ENERGY', price: 0.25, vat: 10, step_size: 1 },
            { type: 'PARKING_TIME', price: 2.0, vat: 20, step_size: 900 },
          ],
        },
      ],
    };
    const samples = [charging(START, 0), idle(plusMinutes(START, 60), 20), idle(plusMinutes(START, 100), 20)];
    const result = priceSession(tariff, samples, BERLIN);
    expect(result.total_cost).toEqual({ excl_vat: '7.00', incl_vat: '7.90' });
    expect(result.total_parking_cost).toEqual({ excl_vat: '1.50', incl_vat: '1.80' });
    expect(result.total_parking_time).toBe('0.6666666667');
    const parking = result.charging_periods[1].charges.find((charge) => charge.type === 'PARKING_TIME');
    expect(parking).toMatchObject({ volume: '0.6666666667', billed_volume: '0.75', element_index: 0 });
  });

  it('should bill only charging time when the tariff has no PARKING_TIME component (€ 2 per hour)', () => {
    // 2.5 h × 2.00 = 5.00 excl, 5.50 incl; the 20 idle minutes are free.
    const tariff: Tariff = {
      currency: 'EUR',
      elements: [{ price_components: [{ type: 'TIME', price: 2.0, vat: 10, step_size: 60 }] }],
    };
    const samples = [charging(START, 0), idle(plusMinutes(START, 150), 30), idle(plusMinutes(START, 170), 30)];
    const result = priceSession(tariff, samples, BERLIN);
    expect(result.total_cost).toEqual({ excl_vat: '5.00', incl_vat: '5.50' });
    expect(result.total_time).toBe('2.8333333333');
    expect(result.total_parking_time).toBe('0.3333333333');
  });

  it('should bill € 11.25 / € 12.75 for 150 minutes charging at € 3/h and 42 minutes parking at € 5/h', () => {
    // Charging 2.5 h × 3 = 7.50 (+10% = 8.25); parking 42 → 45 min × 5/h = 3.75 (+20% = 4.50).
    const tariff: Tariff = {
      currency: 'EUR',
      elements: [
        {
          price_components: [
            { type: 'TIME', price: 3.0, vat: 10, step_size: 60 },
            { type: 'PARKING_TIME', price: 5.0, vat: 20, step_size: 300 },
          ],
        },
      ],
    };
    const samples = [charging(START, 0), idle(plusMinutes(START, 150), 25), idle(plusMinutes(START, 192), 25)];
    const result = priceSession(tariff, samples, BERLIN);
    expect(result.total_cost).toEqual({ excl_vat: '11.25', incl_vat: '12.75' });
    expect(result.total_time_cost).toEqual({ excl_vat: '7.50', incl_vat: '8.25' });
    expect(result.total_parking_cost).toEqual({ excl_vat: '3.75', incl_vat: '4.50' });
  });

  it('should round only the final amount: 2.5 h at € 1.90/h with 5.2% VAT is € 4.997, billed € 5.00', () => {
    const tariff: Tariff = {
      currency: 'EUR',
      elements: [{ price_components: [{ type: 'TIME', price: '1.90', vat: '5.2', step_size: 300 }] }],
    };
    const result = priceSession(tariff, fullCharge('12', 150), BERLIN);
    expect(result.charging_periods[0].charges[0].cost).toEqual({ excl_vat: '4.75', incl_vat: '4.997' });
    expect(result.total_cost).toEqual({ excl_vat: '4.75', incl_vat: '5.00' });
  });

  it('should bill 20.5 kWh for 20.45 kWh charged with a 100 Wh step, rounding half up at the end', () => {
    // Energy 20.5 × 0.25 = 5.125 → 5.13 (incl 5.6375 → 5.64); total 5.625 → 5.63, incl 6.2375 → 6.24.
    const tariff: Tariff = {
      currency: 'EUR',
      elements: [
        {
          price_components: [
            { type: 'FLAT', price: 0.5, vat: 20, step_size: 1 },
            { type: 'ENERGY', price: 0.25, vat: 10, step_size: 100 },
          ],
        },
      ],
    };
    const result = priceSession(tariff, fullCharge('20.45'), BERLIN);
    expect(result.total_energy_cost).toEqual({ excl_vat: '5.13', incl_vat: '5.64' });
    expect(result.total_cost).toEqual({ excl_vat: '5.63', incl_vat: '6.24' });
    const energy = result.charging_periods[0].charges.find((charge) => charge.type === 'ENERGY');
    expect(energy).toMatchObject({ volume: '20.45', billed_volume: '20.5', cost: { excl_vat: '5.125' } });
  });

  it('should switch ENERGY price when the power crosses the max_power restrictions', () => {
    // 1 kWh at 6 kW × 0.20, 40 kWh at 48 kW × 0.50, 0.5 kWh at 4 kW × 0.20 = 0.20 + 20.00 + 0.10 = 20.30.
    const tariff: Tariff = {
      currency: 'EUR',
      elements: [
        { price_components: [{ type: 'ENERGY', price: 0.2, vat: 20, step_size: 1 }], restrictions: { max_power: 16 } },
        { price_components: [{ type: 'ENERGY', price: 0.35, vat: 20, step_size: 1 }], restrictions: { max_power: 32 } },
        { price_components: [{ type: 'ENERGY', price: 0.5, vat: 20, step_size: 1 }] },
      ],
    };
    const samples = [
      charging(START, 0, { powerKw: 6 }),
      charging(plusMinutes(START, 10), 1, { powerKw: 48 }),
      charging(plusMinutes(START, 60), 41, { powerKw: 4 }),
      idle(plusMinutes(START, 67.5), '41.5'),
    ];
    const result = priceSession(tariff, samples, BERLIN);
    expect(result.total_cost).toEqual({ excl_vat: '20.30', incl_vat: '24.36' });
    expect(result.charging_periods.map((period) => period.charges[0].element_index)).toEqual([0, 2, 0]);
    expect(result.charging_periods[1].dimensions).toEqual([
      { type: 'ENERGY', volume: '40' },
      { type: 'TIME', volume: '0.8333333333' },
      { type: 'MIN_POWER', volume: '48' },
      { type: 'MAX_POWER', volume: '48' },
    ]);
  });

  it('should make the first 30 minutes free and charge € 0.25/kWh afterwards with max_duration restrictions', () => {
    // 5 kWh free in the first 30 minutes, then 1.2 kWh × 0.25 = 0.30 (incl 20% VAT: 0.36).
    const tariff: Tariff = {
      currency: 'EUR',
      elements: [
        {
          price_components: [{ type: 'ENERGY', price: 0, vat: 20, step_size: 1 }],
          restrictions: { max_duration: 1800 },
        },
        {
          price_components: [{ type: 'ENERGY', price: 0.25, vat: 20, step_size: 1 }],
          restrictions: { max_duration: 3600 },
        },
        { price_components: [{ type: 'ENERGY', price: 0.4, vat: 20, step_size: 1 }] },
      ],
    };
    const samples = [charging(START, 0), charging(plusMinutes(START, 30), 5), idle(plusMinutes(START, 40), '6.2')];
    const result = priceSession(tariff, samples, BERLIN);
    expect(result.total_cost).toEqual({ excl_vat: '0.30', incl_vat: '0.36' });
    expect(result.charging_periods.map((period) => period.charges[0].element_index)).toEqual([0, 1]);
  });

  it('should cut the session at max_duration even between two samples, spreading the energy evenly', () => {
    // One interval of 60 minutes and 6 kWh: the first 30 minutes (3 kWh) are free, the next 30 cost 0.25/kWh.
    const tariff: Tariff = {
      currency: 'EUR',
      elements: [
        { price_components: [{ type: 'ENERGY', price: 0, step_size: 1 }], restrictions: { max_duration: 1800 } },
        { price_components: [{ type: 'ENERGY', price: 0.25, step_size: 1 }] },
      ],
    };
    const result = priceSession(tariff, [charging(START, 0), idle(plusMinutes(START, 60), 6)], BERLIN);
    expect(result.charging_periods.map((period) => period.start_date_time)).toEqual([
      '2024-01-15T08:00:00.000Z',
      '2024-01-15T08:30:00.000Z',
    ]);
    expect(result.total_cost).toEqual({ excl_vat: '0.75' });
  });

  it('should bill a free-of-charge tariff at 0.00 without an amount including VAT', () => {
    const tariff: Tariff = {
      currency: 'EUR',
      elements: [{ price_components: [{ type: 'FLAT', price: 0, step_size: 0 }] }],
    };
    const result = priceSession(tariff, fullCharge('30'), BERLIN);
    expect(result.total_cost).toEqual({ excl_vat: '0.00' });
    expect(result.charging_periods[0].charges).toEqual([
      expect.objectContaining({ type: 'FLAT', category: 'FIXED', volume: '1', cost: { excl_vat: '0' } }),
    ]);
  });
});
