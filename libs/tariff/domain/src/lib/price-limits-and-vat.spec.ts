import { charging, idle, plusMinutes } from './__fixtures__/meter-samples.fixture';
import { priceSession } from './price-session';
import type { PriceComponent, Tariff } from './tariff.types';

const BERLIN = 'Europe/Berlin';
const START = '2024-01-15T08:00:00Z';
const session = (kwh: string) => [charging(START, 0), idle(plusMinutes(START, 90), kwh)];

const startFee: PriceComponent = { type: 'FLAT', price: 0.5, vat: 20, step_size: 1 };
const energy: PriceComponent = { type: 'ENERGY', price: 0.25, vat: 10, step_size: 1 };

describe('min_price', () => {
  const tariff: Tariff = {
    currency: 'EUR',
    min_price: { excl_vat: 0.5, incl_vat: 0.55 },
    elements: [{ price_components: [energy] }],
  };

  it('should raise a session below the minimum to € 0.50 / € 0.55 and say so', () => {
    // 1 kWh × 0.25 = 0.25 (0.275 incl): both sides are below their minimum.
    const result = priceSession(tariff, session('1'), BERLIN);
    expect(result.total_cost).toEqual({ excl_vat: '0.50', incl_vat: '0.55' });
    expect(result.price_limit_applied).toEqual({ excl_vat: 'MIN_PRICE', incl_vat: 'MIN_PRICE' });
    expect(result.total_energy_cost).toEqual({ excl_vat: '0.25', incl_vat: '0.28' });
  });

  it('should leave a session above the minimum alone: 20 kWh cost € 5.00 / € 5.50', () => {
    const result = priceSession(tariff, session('20'), BERLIN);
    expect(result.total_cost).toEqual({ excl_vat: '5.00', incl_vat: '5.50' });
    expect(result.price_limit_applied).toBeUndefined();
  });

  it('should leave the amount including VAT as computed when min_price has no incl_vat', () => {
    const withoutInclVat: Tariff = { ...tariff, min_price: { excl_vat: 0.5 } };
    const result = priceSession(withoutInclVat, session('1'), BERLIN);
    expect(result.total_cost).toEqual({ excl_vat: '0.50', incl_vat: '0.28' });
    expect(result.price_limit_applied).toEqual({ excl_vat: 'MIN_PRICE' });
  });
});

describe('max_price', () => {
  const tariff: Tariff = {
    currency: 'EUR',
    max_price: { excl_vat: 10, incl_vat: 11 },
    elements: [{ price_components: [startFee, energy] }],
  };

  it('should cap 50 kWh at € 10.00 / € 11.00', () => {
    // Uncapped: 0.50 + 12.50 = 13.00 excl, 0.60 + 13.75 = 14.35 incl.
    const result = priceSession(tariff, session('50'), BERLIN);
    expect(result.total_cost).toEqual({ excl_vat: '10.00', incl_vat: '11.00' });
    expect(result.price_limit_applied).toEqual({ excl_vat: 'MAX_PRICE', incl_vat: 'MAX_PRICE' });
    expect(result.total_energy_cost).toEqual({ excl_vat: '12.50', incl_vat: '13.75' });
  });

  it('should not cap 30 kWh: € 8.00 / € 8.85', () => {
    expect(priceSession(tariff, session('30'), BERLIN).total_cost).toEqual({ excl_vat: '8.00', incl_vat: '8.85' });
  });

  it('should cap each side of VAT on its own when only the amount including VAT exceeds its maximum', () => {
    // 38 kWh: 0.50 + 9.50 = 10.00 excl (not above 10), 0.60 + 10.45 = 11.05 incl (above 11).
    const result = priceSession(tariff, session('38'), BERLIN);
    expect(result.total_cost).toEqual({ excl_vat: '10.00', incl_vat: '11.00' });
    expect(result.price_limit_applied).toEqual({ incl_vat: 'MAX_PRICE' });
  });

  it('should let max_price win when a tariff sets min_price above it', () => {
    const contradictory: Tariff = { ...tariff, min_price: { excl_vat: 20, incl_vat: 22 } };
    expect(priceSession(contradictory, session('1'), BERLIN).total_cost).toEqual({
      excl_vat: '10.00',
      incl_vat: '11.00',
    });
  });
});

describe('VAT', () => {
  const priced = (component: PriceComponent) =>
    priceSession({ currency: 'EUR', elements: [{ price_components: [component] }] }, session('10'), BERLIN);

  it('should report no amount including VAT when the tariff gives no VAT at all', () => {
    const result = priced({ type: 'ENERGY', price: 0.3, step_size: 1 });
    expect(result.total_cost).toEqual({ excl_vat: '3.00' });
    expect(result.charging_periods[0].charges[0].vat).toBeUndefined();
  });

  it('should report an amount including VAT equal to the amount excluding it when VAT is 0%', () => {
    const result = priced({ type: 'ENERGY', price: 0.3, vat: 0, step_size: 1 });
    expect(result.total_cost).toEqual({ excl_vat: '3.00', incl_vat: '3.00' });
    expect(result.charging_periods[0].charges[0].vat).toBe('0');
  });

  it('should add a component without VAT at its price to the total including VAT of a tariff with VAT', () => {
    // FLAT 1.00 without VAT + 10 kWh × 0.25 with 10% = 3.50 excl, 1.00 + 2.75 = 3.75 incl.
    const tariff: Tariff = {
      currency: 'EUR',
      elements: [{ price_components: [{ type: 'FLAT', price: 1, step_size: 1 }, energy] }],
    };
    const result = priceSession(tariff, session('10'), BERLIN);
    expect(result.total_fixed_cost).toEqual({ excl_vat: '1.00', incl_vat: '1.00' });
    expect(result.total_cost).toEqual({ excl_vat: '3.50', incl_vat: '3.75' });
  });
});

describe('currency precision', () => {
  it.each([
    ['JPY', '1234.5', '1235'],
    ['KWD', '0.12345', '0.123'],
    ['EUR', '0.125', '0.13'],
  ])('should round %s amounts half up to the currency minor unit', (currency, price, expected) => {
    const tariff: Tariff = { currency, elements: [{ price_components: [{ type: 'ENERGY', price, step_size: 1 }] }] };
    expect(priceSession(tariff, session('1'), BERLIN).total_cost).toEqual({ excl_vat: expected });
  });
});
