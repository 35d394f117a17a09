import { charging, idle, plusMinutes } from './__fixtures__/meter-samples.fixture';
import { priceSession } from './price-session';
import type { PriceComponent, Tariff, TariffElement } from './tariff.types';
import { TariffPricingError } from './tariff-pricing.error';

// The reservation examples of OCPI 2.2.1-d2 mod_tariffs (tariffs with reservation restrictions).
const BERLIN = 'Europe/Berlin';
const RESERVED_AT = '2024-01-15T09:00:00Z';

const sessionElement: TariffElement = {
  price_components: [
    { type: 'FLAT', price: 0.5, vat: 20, step_size: 1 },
    { type: 'ENERGY', price: 0.25, vat: 10, step_size: 1 },
  ],
};
const reservationElement = (kind: 'RESERVATION' | 'RESERVATION_EXPIRES', ...components: PriceComponent[]) => ({
  price_components: components,
  restrictions: { reservation: kind },
});

/** A reservation of `minutes`, then two hours of charging 20 kWh. */
function reservedSession(tariff: Tariff, minutes: number) {
  const sessionStart = plusMinutes(RESERVED_AT, minutes);
  const samples = [charging(sessionStart, 0), idle(plusMinutes(sessionStart, 120), 20)];
  return priceSession(tariff, samples, BERLIN, {
    reservation: { start: RESERVED_AT, end: sessionStart, expired: false },
  });
}

function expiredReservation(tariff: Tariff, minutes: number) {
  const end = plusMinutes(RESERVED_AT, minutes);
  return priceSession(tariff, [], BERLIN, { reservation: { start: RESERVED_AT, end, expired: true } });
}

describe('reservation restrictions', () => {
  it('should bill 15 minutes of reservation at € 5/h before a 20 kWh session: € 6.75 / € 7.60', () => {
    const tariff: Tariff = {
      currency: 'EUR',
      elements: [reservationElement('RESERVATION', { type: 'TIME', price: 5, vat: 20, step_size: 60 }), sessionElement],
    };
    const result = reservedSession(tariff, 15);
    expect(result.total_reservation_cost).toEqual({ excl_vat: '1.25', incl_vat: '1.50' });
    expect(result.total_fixed_cost).toEqual({ excl_vat: '0.50', incl_vat: '0.60' });
    expect(result.total_cost).toEqual({ excl_vat: '6.75', incl_vat: '7.60' });
    expect(result.start_date_time).toBe('2024-01-15T09:00:00.000Z');
    expect(result.total_time).toBe('2');
    expect(result.charging_periods[0].dimensions).toEqual([{ type: 'RESERVATION_TIME', volume: '0.25' }]);
  });

  it('should bill a reservation fee and 13 → 15 minutes of reservation time: € 8.75 / € 10.00', () => {
    const tariff: Tariff = {
      currency: 'EUR',
      elements: [
        reservationElement(
          'RESERVATION',
          { type: 'FLAT', price: 2, vat: 20, step_size: 1 },
          { type: 'TIME', price: 5, vat: 20, step_size: 300 },
        ),
        sessionElement,
      ],
    };
    const result = reservedSession(tariff, 13);
    expect(result.total_reservation_cost).toEqual({ excl_vat: '3.25', incl_vat: '3.90' });
    expect(result.total_fixed_cost).toEqual({ excl_vat: '0.50', incl_vat: '0.60' });
    expect(result.total_cost).toEqual({ excl_vat: '8.75', incl_vat: '10.00' });
  });

  describe('with an expiration fee', () => {
    const tariff: Tariff = {
      currency: 'EUR',
      elements: [
        reservationElement('RESERVATION_EXPIRES', { type: 'FLAT', price: 4, vat: 20, step_size: 1 }),
        reservationElement('RESERVATION', { type: 'TIME', price: 2, vat: 20, step_size: 600 }),
        sessionElement,
      ],
    };

    it('should bill 22 → 30 minutes of reservation and no expiration fee when charging follows: € 6.50 / € 7.30', () => {
      const result = reservedSession(tariff, 22);
      expect(result.total_reservation_cost).toEqual({ excl_vat: '1.00', incl_vat: '1.20' });
      expect(result.total_cost).toEqual({ excl_vat: '6.50', incl_vat: '7.30' });
    });

    it('should bill the expiration fee and the full hour when the reservation expires: € 6.00 / € 7.20', () => {
      const result = expiredReservation(tariff, 60);
      expect(result.total_reservation_cost).toEqual({ excl_vat: '6.00', incl_vat: '7.20' });
      expect(result.total_cost).toEqual({ excl_vat: '6.00', incl_vat: '7.20' });
      expect(result.total_fixed_cost).toEqual({ excl_vat: '0.00', incl_vat: '0.00' });
      expect(result.total_energy).toBe('0');
      expect(result.end_date_time).toBe('2024-01-15T10:00:00.000Z');
    });
  });

  describe('with a different price for an expired reservation', () => {
    const tariff: Tariff = {
      currency: 'EUR',
      elements: [
        reservationElement('RESERVATION', { type: 'TIME', price: 3, vat: 20, step_size: 600 }),
        reservationElement('RESERVATION_EXPIRES', { type: 'TIME', price: 6, vat: 20, step_size: 600 }),
        sessionElement,
      ],
    };

    it('should bill 30 minutes at € 3/h when charging follows after 22 minutes: € 7.00 / € 7.90', () => {
      expect(reservedSession(tariff, 22).total_cost).toEqual({ excl_vat: '7.00', incl_vat: '7.90' });
    });

    it('should prefer the RESERVATION_EXPIRES element even when it is listed second: € 9.00 / € 10.80', () => {
      expect(expiredReservation(tariff, 90).total_cost).toEqual({ excl_vat: '9.00', incl_vat: '10.80' });
    });
  });

  it('should reject a reservation that ends after the session started', () => {
    const tariff: Tariff = { currency: 'EUR', elements: [sessionElement] };
    const samples = [charging(RESERVED_AT, 0), idle(plusMinutes(RESERVED_AT, 60), 5)];
    const reservation = { start: '2024-01-15T08:00:00Z', end: plusMinutes(RESERVED_AT, 5), expired: false };
    expect(() => priceSession(tariff, samples, BERLIN, { reservation })).toThrow(
      expect.objectContaining({ code: 'TARIFF.INVALID_RESERVATION' }),
    );
    expect(() => priceSession(tariff, samples, BERLIN, { reservation })).toThrow(TariffPricingError);
  });
});
