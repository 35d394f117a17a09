import { charging, idle } from './__fixtures__/meter-samples.fixture';
import { priceSession } from './price-session';
import type { Tariff } from './tariff.types';
import { TariffPricingError } from './tariff-pricing.error';
import { ZonedClock } from './zoned-clock';

// Europe/Amsterdam: clocks go back on 2024-10-27 at 03:00 CEST → 02:00 CET (01:00 UTC) and forward on
// 2024-03-31 at 02:00 CET → 03:00 CEST (01:00 UTC).
const AMSTERDAM = 'Europe/Amsterdam';

/** Night rate from midnight to 06:00 local, day rate otherwise, charged per hour of charging. */
const nightTariff: Tariff = {
  currency: 'EUR',
  elements: [
    {
      price_components: [{ type: 'TIME', price: 1, vat: 21, step_size: 1 }],
      restrictions: { start_time: '00:00', end_time: '06:00' },
    },
    { price_components: [{ type: 'TIME', price: 2, vat: 21, step_size: 1 }] },
  ],
};

const periodsOf = (result: ReturnType<typeof priceSession>) =>
  result.charging_periods.map((period) => {
    const time = period.charges.find((charge) => charge.type === 'TIME');
    return `${period.start_date_time} ${time?.volume} h × ${time?.price}`;
  });

describe('time-of-day restrictions in the location time zone', () => {
  it('should give the night rate seven real hours on the night the clocks go back', () => {
    // 23:00 CEST → 07:00 CET is 9 real hours: 1 h day, 00:00–06:00 local is 7 h (02:00–03:00 happens twice), 1 h day.
    const samples = [charging('2024-10-26T21:00:00Z', 0), idle('2024-10-27T06:00:00Z', 40)];
    const result = priceSession(nightTariff, samples, AMSTERDAM);
    expect(periodsOf(result)).toEqual([
      '2024-10-26T21:00:00.000Z 1 h × 2',
      '2024-10-26T22:00:00.000Z 7 h × 1',
      '2024-10-27T05:00:00.000Z 1 h × 2',
    ]);
    expect(result.total_cost).toEqual({ excl_vat: '11.00', incl_vat: '13.31' });
  });

  it('should give the night rate five real hours on the night the clocks go forward', () => {
    // 23:00 CET → 07:00 CEST is 7 real hours: 1 h day, 00:00–06:00 local is 5 h (02:00–03:00 is skipped), 1 h day.
    const samples = [charging('2024-03-30T22:00:00Z', 0), idle('2024-03-31T05:00:00Z', 30)];
    const result = priceSession(nightTariff, samples, AMSTERDAM);
    expect(periodsOf(result)).toEqual([
      '2024-03-30T22:00:00.000Z 1 h × 2',
      '2024-03-30T23:00:00.000Z 5 h × 1',
      '2024-03-31T04:00:00.000Z 1 h × 2',
    ]);
    expect(result.total_cost).toEqual({ excl_vat: '9.00', incl_vat: '10.89' });
  });

  it('should switch weekday prices at local midnight, not at UTC midnight, across the DST change', () => {
    // Saturday 1.00/h, Sunday 2.00/h. Local midnight is 22:00 UTC (CEST); 21:00–02:00 UTC = 1 h Saturday + 4 h Sunday.
    const tariff: Tariff = {
      currency: 'EUR',
      elements: [
        { price_components: [{ type: 'TIME', price: 1, step_size: 1 }], restrictions: { day_of_week: ['SATURDAY'] } },
        { price_components: [{ type: 'TIME', price: 2, step_size: 1 }], restrictions: { day_of_week: ['SUNDAY'] } },
      ],
    };
    const result = priceSession(
      tariff,
      [charging('2024-10-26T21:00:00Z', 0), idle('2024-10-27T02:00:00Z', 30)],
      AMSTERDAM,
    );
    expect(periodsOf(result)).toEqual(['2024-10-26T21:00:00.000Z 1 h × 1', '2024-10-26T22:00:00.000Z 4 h × 2']);
    expect(result.total_cost).toEqual({ excl_vat: '9.00' });
  });

  it('should apply a 02:00–03:00 window twice as long when the hour repeats and not at all when it is skipped', () => {
    const tariff: Tariff = {
      currency: 'EUR',
      elements: [
        {
          price_components: [{ type: 'TIME', price: 3, step_size: 1 }],
          restrictions: { start_time: '02:00', end_time: '03:00' },
        },
      ],
    };
    const autumn = priceSession(
      tariff,
      [charging('2024-10-26T22:00:00Z', 0), idle('2024-10-27T04:00:00Z', 9)],
      AMSTERDAM,
    );
    expect(autumn.total_cost).toEqual({ excl_vat: '6.00' }); // 00:00–02:00 UTC
    const spring = priceSession(
      tariff,
      [charging('2024-03-30T23:00:00Z', 0), idle('2024-03-31T04:00:00Z', 9)],
      AMSTERDAM,
    );
    expect(spring.total_cost).toEqual({ excl_vat: '0.00' });
  });

  it('should wrap a 22:00–06:00 window over midnight and treat end_time 00:00 as the end of the day', () => {
    const tariff: Tariff = {
      currency: 'EUR',
      elements: [
        {
          price_components: [{ type: 'TIME', price: 1, step_size: 1 }],
          restrictions: { start_time: '22:00', end_time: '06:00' },
        },
        {
          price_components: [{ type: 'TIME', price: 5, step_size: 1 }],
          restrictions: { start_time: '20:00', end_time: '00:00' },
        },
        { price_components: [{ type: 'TIME', price: 9, step_size: 1 }] },
      ],
    };
    // January, UTC+1: 19:00–01:00 local = 1 h × 9 + 2 h × 5 + 3 h × 1 (22:00–01:00, wrapped) = 22.
    const result = priceSession(
      tariff,
      [charging('2024-01-15T18:00:00Z', 0), idle('2024-01-16T00:00:00Z', 9)],
      AMSTERDAM,
    );
    expect(result.total_cost).toEqual({ excl_vat: '22.00' });
  });

  it('should read an end_time of 00:00 without a start_time as "until the end of the day"', () => {
    const tariff: Tariff = {
      currency: 'EUR',
      elements: [
        { price_components: [{ type: 'TIME', price: 4, step_size: 1 }], restrictions: { end_time: '00:00' } },
        { price_components: [{ type: 'TIME', price: 9, step_size: 1 }] },
      ],
    };
    const result = priceSession(
      tariff,
      [charging('2024-01-15T10:00:00Z', 0), idle('2024-01-15T11:00:00Z', 9)],
      AMSTERDAM,
    );
    expect(result.total_cost).toEqual({ excl_vat: '4.00' });
  });

  it('should honour start_date inclusive and end_date exclusive in local dates', () => {
    // A free day on 2024-01-16 (local), paid at 1.00/h otherwise.
    const tariff: Tariff = {
      currency: 'EUR',
      elements: [
        {
          price_components: [{ type: 'TIME', price: 0, step_size: 1 }],
          restrictions: { start_date: '2024-01-16', end_date: '2024-01-17' },
        },
        { price_components: [{ type: 'TIME', price: 1, step_size: 1 }] },
      ],
    };
    // 2024-01-15T22:00Z is 23:00 local: 1 h paid, 24 h free, 1 h paid.
    const result = priceSession(
      tariff,
      [charging('2024-01-15T22:00:00Z', 0), idle('2024-01-17T00:00:00Z', 9)],
      AMSTERDAM,
    );
    expect(result.total_cost).toEqual({ excl_vat: '2.00' });
  });

  it('should reject an unknown time zone with a coded error', () => {
    const attempt = () => priceSession(nightTariff, [charging('2024-01-15T22:00:00Z', 0)], 'Mars/Olympus_Mons');
    expect(attempt).toThrow(TariffPricingError);
    expect(attempt).toThrow(expect.objectContaining({ code: 'TARIFF.INVALID_TIME_ZONE' }));
  });
});

describe('ZonedClock', () => {
  const clock = new ZonedClock(AMSTERDAM);

  it('should read local date, weekday and time of day from an instant', () => {
    expect(clock.localMoment(Date.parse('2024-10-26T22:30:00Z'))).toEqual({
      date: '2024-10-27',
      dayOfWeek: 'SUNDAY',
      msOfDay: 30 * 60_000,
    });
  });

  it('should find the DST change to the second', () => {
    const changes = clock.offsetChangesBetween(Date.parse('2024-10-26T00:00:00Z'), Date.parse('2024-10-28T00:00:00Z'));
    expect(changes.map((ms) => new Date(ms).toISOString())).toEqual(['2024-10-27T01:00:00.000Z']);
  });

  it('should list a local time twice when it repeats and the DST change itself', () => {
    const instants = clock.localTimesBetween(Date.parse('2024-10-26T23:00:00Z'), Date.parse('2024-10-27T03:00:00Z'), [
      2 * 3_600_000,
    ]);
    expect(instants.map((ms) => new Date(ms).toISOString())).toEqual([
      '2024-10-27T00:00:00.000Z',
      '2024-10-27T01:00:00.000Z',
    ]);
  });
});
