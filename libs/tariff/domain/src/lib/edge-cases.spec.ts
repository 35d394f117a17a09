import { charging, idle, plusMinutes } from './__fixtures__/meter-samples.fixture';
import { isTariffActiveAt, priceSession } from './price-session';
import type { Tariff } from './tariff.types';

const BERLIN = 'Europe/Berlin';
const TUESDAY = '2024-01-16T08:00:00Z';

const startFeeAndEnergy: Tariff = {
  id: 'T1',
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

describe('an empty session (0 kWh, 0 minutes)', () => {
  it('should produce one zero-length charging period and bill only the start fee', () => {
    const result = priceSession(startFeeAndEnergy, [charging(TUESDAY, '1234.5')], BERLIN);
    expect(result.charging_periods).toEqual([
      {
        start_date_time: '2024-01-16T08:00:00.000Z',
        end_date_time: '2024-01-16T08:00:00.000Z',
        tariff_id: 'T1',
        dimensions: [
          { type: 'ENERGY', volume: '0' },
          { type: 'TIME', volume: '0' },
        ],
        charges: [expect.objectContaining({ type: 'FLAT', volume: '1', cost: { excl_vat: '0.5', incl_vat: '0.6' } })],
      },
    ]);
    expect([result.total_energy, result.total_time, result.total_parking_time]).toEqual(['0', '0', '0']);
    expect(result.total_cost).toEqual({ excl_vat: '0.50', incl_vat: '0.60' });
  });

  it('should cost the minimum price when the tariff has one', () => {
    const tariff: Tariff = {
      ...startFeeAndEnergy,
      elements: [{ price_components: [startFeeAndEnergy.elements[0].price_components[1]] }],
      min_price: { excl_vat: 1, incl_vat: 1.1 },
    };
    const result = priceSession(tariff, [charging(TUESDAY, 0)], BERLIN);
    expect(result.total_cost).toEqual({ excl_vat: '1.00', incl_vat: '1.10' });
    expect(result.total_energy_cost).toEqual({ excl_vat: '0.00', incl_vat: '0.00' });
  });
});

describe('a session where no tariff element applies', () => {
  // mod_tariffs: without a matching element for a dimension "there will be no costs for that Tariff Dimension".
  const mondaysOnly: Tariff = {
    id: 'MON',
    currency: 'EUR',
    elements: [
      {
        price_components: [
          { type: 'FLAT', price: 1, vat: 20, step_size: 1 },
          { type: 'ENERGY', price: 0.3, vat: 20, step_size: 1 },
        ],
        restrictions: { day_of_week: ['MONDAY'] },
      },
    ],
  };

  it('should cost nothing, keep the periods with their volumes, and list no charges', () => {
    const result = priceSession(mondaysOnly, [charging(TUESDAY, 0), idle(plusMinutes(TUESDAY, 60), 11)], BERLIN);
    expect(result.total_cost).toEqual({ excl_vat: '0.00', incl_vat: '0.00' });
    expect(result.total_energy).toBe('11');
    expect(result.charging_periods).toHaveLength(1);
    expect(result.charging_periods[0]).toMatchObject({ tariff_id: 'MON', charges: [] });
  });

  it('should start billing, including the FLAT fee, at the moment an element starts to apply', () => {
    // Monday starts at 23:00 UTC on Sunday in January: 1 of the 2 hours (and 5 of 10 kWh) fall on Monday.
    const sunday = '2024-01-14T22:00:00Z';
    const result = priceSession(mondaysOnly, [charging(sunday, 0), idle(plusMinutes(sunday, 120), 10)], BERLIN);
    expect(result.charging_periods.map((period) => period.charges.map((charge) => charge.type))).toEqual([
      [],
      ['FLAT', 'ENERGY'],
    ]);
    expect(result.total_cost).toEqual({ excl_vat: '2.50', incl_vat: '3.00' });
  });
});

describe('energy and power restrictions', () => {
  it('should cut an interval where the energy reaches min_kwh, assuming constant power', () => {
    // The first 10 kWh at 0.30, the rest at 0.20; 30 kWh in one hour reach 10 kWh after 20 minutes.
    const tariff: Tariff = {
      currency: 'EUR',
      elements: [
        { price_components: [{ type: 'ENERGY', price: 0.2, step_size: 1 }], restrictions: { min_kwh: 10 } },
        { price_components: [{ type: 'ENERGY', price: 0.3, step_size: 1 }] },
      ],
    };
    const result = priceSession(tariff, [charging(TUESDAY, 0), idle(plusMinutes(TUESDAY, 60), 30)], BERLIN);
    expect(result.charging_periods.map((period) => [period.start_date_time, period.charges[0].volume])).toEqual([
      ['2024-01-16T08:00:00.000Z', '10'],
      ['2024-01-16T08:20:00.000Z', '20'],
    ]);
    expect(result.total_cost).toEqual({ excl_vat: '7.00' });
  });

  it('should use the average power between samples when the station reports none', () => {
    // 30 kWh in one hour = 30 kW ≥ min_power 22, then 5 kWh in one hour = 5 kW.
    const tariff: Tariff = {
      currency: 'EUR',
      elements: [
        { price_components: [{ type: 'ENERGY', price: 0.6, step_size: 1 }], restrictions: { min_power: 22 } },
        { price_components: [{ type: 'ENERGY', price: 0.4, step_size: 1 }] },
      ],
    };
    const samples = [charging(TUESDAY, 0), charging(plusMinutes(TUESDAY, 60), 30), idle(plusMinutes(TUESDAY, 120), 35)];
    const result = priceSession(tariff, samples, BERLIN);
    expect(result.total_cost).toEqual({ excl_vat: '20.00' }); // 30 × 0.60 + 5 × 0.40
  });

  it('should bill a FLAT fee once even when the element that provides it matches again later', () => {
    const tariff: Tariff = {
      currency: 'EUR',
      elements: [
        { price_components: [{ type: 'FLAT', price: 2, step_size: 1 }], restrictions: { min_kwh: 5 } },
        { price_components: [{ type: 'FLAT', price: 1, step_size: 1 }], restrictions: { max_kwh: 5 } },
      ],
    };
    const result = priceSession(tariff, [charging(TUESDAY, 0), idle(plusMinutes(TUESDAY, 60), 10)], BERLIN);
    expect(result.total_fixed_cost).toEqual({ excl_vat: '1.00' });
  });
});

describe('input checks', () => {
  const code = (attempt: () => unknown) => {
    try {
      attempt();
    } catch (error) {
      return (error as { code?: string }).code;
    }
    return 'no error';
  };
  const twoSamples = [charging(TUESDAY, 0), idle(plusMinutes(TUESDAY, 10), 1)];

  it.each([
    ['no elements', { currency: 'EUR', elements: [] }],
    [
      'a bad time of day',
      {
        currency: 'EUR',
        elements: [
          { price_components: [{ type: 'TIME', price: 1, step_size: 1 }], restrictions: { start_time: '24:00' } },
        ],
      },
    ],
    [
      'a fractional step_size',
      { currency: 'EUR', elements: [{ price_components: [{ type: 'TIME', price: 1, step_size: 1.5 }] }] },
    ],
    [
      'a price that is not a number',
      { currency: 'EUR', elements: [{ price_components: [{ type: 'TIME', price: 'cheap', step_size: 1 }] }] },
    ],
    [
      'a currency that is not ISO 4217',
      { currency: 'euro', elements: [{ price_components: [{ type: 'TIME', price: 1, step_size: 1 }] }] },
    ],
  ])('should reject a tariff with %s', (_, tariff) => {
    expect(code(() => priceSession(tariff as Tariff, twoSamples, BERLIN))).toBe('TARIFF.INVALID_TARIFF');
  });

  it.each([
    ['no samples', []],
    ['a decreasing energy register', [charging(TUESDAY, 5), idle(plusMinutes(TUESDAY, 10), 4)]],
    ['two samples at the same instant', [charging(TUESDAY, 0), idle(TUESDAY, 1)]],
    ['a timestamp that is not RFC 3339', [charging('16/01/2024 08:00', 0)]],
  ])('should reject metering with %s', (_, samples) => {
    expect(code(() => priceSession(startFeeAndEnergy, samples, BERLIN))).toBe('TARIFF.INVALID_METERING');
  });

  it('should read a timestamp without zone designator as UTC, as OCPI does', () => {
    const result = priceSession(startFeeAndEnergy, [charging('2024-01-16T08:00:00', 0)], BERLIN);
    expect(result.start_date_time).toBe('2024-01-16T08:00:00.000Z');
  });
});

describe('isTariffActiveAt', () => {
  const tariff: Tariff = {
    ...startFeeAndEnergy,
    start_date_time: '2024-01-01T00:00:00Z',
    end_date_time: '2024-06-30T23:59:59Z',
  };

  it.each([
    ['2023-12-31T23:59:59Z', false],
    ['2024-01-01T00:00:00Z', true],
    ['2024-06-30T23:59:59Z', true],
    ['2024-07-01T00:00:00Z', false],
  ])('should say %s is %s', (instant, expected) => {
    expect(isTariffActiveAt(tariff, instant)).toBe(expected);
  });
});
