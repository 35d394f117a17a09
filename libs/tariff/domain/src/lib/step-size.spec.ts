import { charging, idle, plusMinutes } from './__fixtures__/meter-samples.fixture';
import { priceSession } from './price-session';
import type { Tariff } from './tariff.types';

// step_size rules of OCPI 2.2.1-d2 (mod_cdrs "step_size", mod_tariffs PriceComponent and its step_size example).
// Local times are Europe/Berlin in January (UTC+1); no VAT, so only amounts excluding VAT are reported.
const BERLIN = 'Europe/Berlin';
const local = (hhmm: string) => {
  const [hours, minutes] = hhmm.split(':').map(Number);
  return new Date(Date.UTC(2024, 0, 15, hours - 1, minutes)).toISOString();
};

/** mod_tariffs "Example Tariff to explain the step_size": charging 1.20/h before 17:00, 2.40/h after; parking 1.00/h until 20:00. */
const switchingTariff: Tariff = {
  currency: 'EUR',
  elements: [
    {
      price_components: [
        { type: 'TIME', price: 1.2, step_size: 1800 },
        { type: 'PARKING_TIME', price: 1.0, step_size: 900 },
      ],
      restrictions: { start_time: '00:00', end_time: '17:00' },
    },
    {
      price_components: [
        { type: 'TIME', price: 2.4, step_size: 900 },
        { type: 'PARKING_TIME', price: 1.0, step_size: 900 },
      ],
      restrictions: { start_time: '17:00', end_time: '20:00' },
    },
    {
      price_components: [{ type: 'TIME', price: 2.4, step_size: 900 }],
      restrictions: { start_time: '20:00', end_time: '00:00' },
    },
  ],
};

const billed = (result: ReturnType<typeof priceSession>) =>
  result.charging_periods.flatMap((period) =>
    period.charges.map(
      (charge) => `${charge.type} ${charge.billed_volume} h × ${charge.price} = ${charge.cost.excl_vat}`,
    ),
  );

describe('step_size', () => {
  it('should round only the parking time when charging from 16:55 to 17:05 is followed by 2 minutes of parking', () => {
    // 5 min × 1.20 + 5 min × 2.40 + (2 → 15 min) × 1.00 = 0.10 + 0.20 + 0.25 = 0.55.
    const samples = [charging(local('16:55'), 0), idle(local('17:05'), 2), idle(local('17:07'), 2)];
    const result = priceSession(switchingTariff, samples, BERLIN);
    expect(result.total_cost).toEqual({ excl_vat: '0.55' });
    expect(billed(result)).toEqual([
      'TIME 0.0833333333 h × 1.2 = 0.1',
      'TIME 0.0833333333 h × 2.4 = 0.2',
      'PARKING_TIME 0.25 h × 1 = 0.25',
    ]);
  });

  it('should round the total charging time with the last step_size and bill the rest after 17:00', () => {
    // 16:35–17:10: 35 min → 45 min (step 900 of the element after 17:00); 25 min × 1.20 + 20 min × 2.40 = 1.30.
    const samples = [charging(local('16:35'), 0), idle(local('17:10'), 8)];
    const result = priceSession(switchingTariff, samples, BERLIN);
    expect(result.total_cost).toEqual({ excl_vat: '1.30' });
    expect(billed(result)).toEqual(['TIME 0.4166666667 h × 1.2 = 0.5', 'TIME 0.3333333333 h × 2.4 = 0.8']);
  });

  it('should round billable parking before 20:00 when parking after 20:00 is free (errata of the example)', () => {
    // Charging 19:40–19:52: 12 min × 2.40 = 0.48. Parking 19:52–20:12, billable until 20:00: 8 → 15 min × 1.00 =
    // 0.25. Total 0.73, as corrected on the 2.2.1 bugfix branch (the d2 text says 0.80 with wrong prices).
    const samples = [charging(local('19:40'), 0), idle(local('19:52'), 3), idle(local('20:12'), 3)];
    const result = priceSession(switchingTariff, samples, BERLIN);
    expect(result.total_cost).toEqual({ excl_vat: '0.73' });
    expect(billed(result)).toEqual(['TIME 0.2 h × 2.4 = 0.48', 'PARKING_TIME 0.25 h × 1 = 0.25']);
    expect(result.charging_periods[2].charges).toEqual([]);
  });

  it('should round the session total of energy, not the energy after the price change', () => {
    // 4.3 kWh at 0.20 before 17:00 and 1.1 kWh at 0.27 after; 500 Wh steps: 5.4 → 5.5 kWh in total, so
    // 1.2 kWh after 17:00 is billed: 0.86 + 0.324 = 1.184 → 1.18.
    const tariff: Tariff = {
      currency: 'EUR',
      elements: [
        { price_components: [{ type: 'ENERGY', price: 0.2, step_size: 500 }], restrictions: { end_time: '17:00' } },
        { price_components: [{ type: 'ENERGY', price: 0.27, step_size: 500 }] },
      ],
    };
    const samples = [charging(local('16:00'), 0), charging(local('17:00'), '4.3'), idle(local('17:20'), '5.4')];
    const result = priceSession(tariff, samples, BERLIN);
    expect(result.charging_periods[1].charges[0]).toMatchObject({ volume: '1.1', billed_volume: '1.2' });
    expect(result.total_cost).toEqual({ excl_vat: '1.18' });
  });

  it('should round the session total of charging time: 6 + 22 minutes are billed as 6 + 24', () => {
    // 6 min × 5.00/h + 24 min × 7.00/h = 0.50 + 2.80 = 3.30.
    const tariff: Tariff = {
      currency: 'EUR',
      elements: [
        { price_components: [{ type: 'TIME', price: 5, step_size: 600 }], restrictions: { end_time: '17:00' } },
        { price_components: [{ type: 'TIME', price: 7, step_size: 600 }] },
      ],
    };
    const result = priceSession(tariff, [charging(local('16:54'), 0), idle(local('17:22'), 9)], BERLIN);
    expect(billed(result)).toEqual(['TIME 0.1 h × 5 = 0.5', 'TIME 0.4 h × 7 = 2.8']);
    expect(result.total_cost).toEqual({ excl_vat: '3.30' });
  });

  it.each([
    // Charging 21 min × 1.00/h is never rounded; parking is rounded to a multiple of 10 minutes × 2.00/h.
    [16, '0.35 + 20 min parking = 1.02', '1.02'],
    [7, '0.35 + 10 min parking = 0.68', '0.68'],
  ])('should not round charging time that is followed by %i minutes of parking (%s)', (parkingMinutes, _, total) => {
    const tariff: Tariff = {
      currency: 'EUR',
      elements: [
        {
          price_components: [
            { type: 'TIME', price: 1, step_size: 600 },
            { type: 'PARKING_TIME', price: 2, step_size: 600 },
          ],
        },
      ],
    };
    const start = local('10:00');
    const samples = [
      charging(start, 0),
      idle(plusMinutes(start, 21), 5),
      idle(plusMinutes(start, 21 + parkingMinutes), 5),
    ];
    const result = priceSession(tariff, samples, BERLIN);
    expect(result.charging_periods[0].charges[0]).toMatchObject({ volume: '0.35', billed_volume: '0.35' });
    expect(result.total_cost).toEqual({ excl_vat: total });
  });

  it('should round charging time when the idle time after it is not billed by any component', () => {
    // Only TIME is priced: 21 min → 30 min (step 600) × 1.00/h = 0.50; the 7 idle minutes cost nothing.
    const tariff: Tariff = {
      currency: 'EUR',
      elements: [{ price_components: [{ type: 'TIME', price: 1, step_size: 600 }] }],
    };
    const start = local('10:00');
    const samples = [charging(start, 0), idle(plusMinutes(start, 21), 5), idle(plusMinutes(start, 28), 5)];
    expect(priceSession(tariff, samples, BERLIN).total_cost).toEqual({ excl_vat: '0.50' });
  });

  it.each([
    // 115.2 Wh at 0.25/kWh: step 1 → 116 Wh = 0.029; step 25 → 125 Wh = 0.03125; step 500 → 500 Wh = 0.125.
    [1, '0.116', '0.029', '0.03'],
    [25, '0.125', '0.03125', '0.03'],
    [500, '0.5', '0.125', '0.13'],
  ])('should bill 115.2 Wh with a step of %i Wh as %s kWh', (stepSize, billedKwh, exactCost, roundedCost) => {
    const tariff: Tariff = {
      currency: 'EUR',
      elements: [{ price_components: [{ type: 'ENERGY', price: 0.25, step_size: stepSize }] }],
    };
    const result = priceSession(tariff, [charging(local('10:00'), 0), idle(local('10:01'), '0.1152')], BERLIN);
    expect(result.charging_periods[0].charges[0]).toMatchObject({
      billed_volume: billedKwh,
      cost: { excl_vat: exactCost },
    });
    expect(result.total_cost).toEqual({ excl_vat: roundedCost });
  });

  it('should bill time per started second with a step of 1 s and leave a step of 0 unrounded', () => {
    // 90.5 s at 36.00/h: step 1 → 91 s = 0.91; step 0 → 90.5 s = 0.905 → 0.91 (half up) but exact 0.905.
    const start = local('10:00');
    const samples = [charging(start, 0), idle(new Date(Date.parse(start) + 90_500).toISOString(), 1)];
    const perSecond: Tariff = {
      currency: 'EUR',
      elements: [{ price_components: [{ type: 'TIME', price: 36, step_size: 1 }] }],
    };
    const unrounded: Tariff = {
      currency: 'EUR',
      elements: [{ price_components: [{ type: 'TIME', price: 36, step_size: 0 }] }],
    };
    expect(priceSession(perSecond, samples, BERLIN).charging_periods[0].charges[0].cost).toEqual({ excl_vat: '0.91' });
    expect(priceSession(unrounded, samples, BERLIN).charging_periods[0].charges[0].cost).toEqual({ excl_vat: '0.905' });
  });
});
