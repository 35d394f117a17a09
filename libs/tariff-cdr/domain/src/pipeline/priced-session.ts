import type { PartyRef } from '@chargemesh/contracts/tariff';
import { estimateCostSoFar, type Price, type PricedChargingPeriod, priceSession, type SessionPrice, type Tariff } from '@chargemesh/tariff-domain';
import type { SessionMetering } from './station-metering';

/** What a session is priced with and described by, fixed at its start (a CDR shows things as they were then). */
export interface SessionContext {
  cpo: PartyRef;
  sessionId: string;
  locationId: string;
  evseUid: string;
  connectorId: string;
  timeZone: string;
  /** The OCPI Tariff in force at the start; none means nothing is charged. */
  tariff?: Record<string, unknown>;
  /** The currency when there is no tariff. */
  currency: string;
  authMethod: 'AUTH_REQUEST' | 'COMMAND' | 'WHITELIST';
  authorizationReference?: string;
  cdrLocation: Record<string, unknown>;
}

/** A tariff that prices nothing, to cut charging periods when the connector has no tariff. */
const freeOf = (currency: string): Tariff => ({ currency, elements: [{ price_components: [{ type: 'FLAT', price: 0, step_size: 0 }] }] });

/**
 * Prices the transaction: the final price when it ended, otherwise what the driver would owe when
 * stopping at the latest fact (estimateCostSoFar, step sizes and min/max price included).
 */
export function priceOf(context: SessionContext, metering: SessionMetering, final: boolean): SessionPrice {
  const tariff = (context.tariff as unknown as Tariff | undefined) ?? freeOf(context.currency);
  return final ? priceSession(tariff, metering.samples, context.timeZone) : estimateCostSoFar(tariff, metering.samples, context.timeZone);
}

/** OCPI numbers are JSON numbers; our decimal strings have at most 10 decimals, which a double prints back exactly. */
export const ocpiNumber = (value: string): number => Number(value);

export const ocpiPrice = (price: Price): { excl_vat: number; incl_vat?: number } => ({
  excl_vat: ocpiNumber(price.excl_vat),
  ...(price.incl_vat === undefined ? {} : { incl_vat: ocpiNumber(price.incl_vat) }),
});

export function ocpiChargingPeriod(period: PricedChargingPeriod): Record<string, unknown> {
  return {
    start_date_time: period.start_date_time,
    dimensions: period.dimensions.map((dimension) => ({ type: dimension.type, volume: ocpiNumber(dimension.volume) })),
    ...(period.tariff_id === undefined ? {} : { tariff_id: period.tariff_id }),
  };
}

/**
 * The OCPI Session (mod_sessions_session_object) without cdr_token. A running session shows only
 * the charging periods that are closed (all but the last, which may still grow), so that a PATCH
 * can append them as the spec wants; a completed one shows all.
 */
export function sessionObjectOf(context: SessionContext, price: SessionPrice, final: boolean, lastUpdated: string): Record<string, unknown> {
  const periods = final ? price.charging_periods : price.charging_periods.slice(0, -1);
  return {
    country_code: context.cpo.countryCode,
    party_id: context.cpo.partyId,
    id: context.sessionId,
    start_date_time: price.start_date_time,
    ...(final ? { end_date_time: price.end_date_time } : {}),
    kwh: ocpiNumber(price.total_energy),
    auth_method: context.authMethod,
    ...(context.authorizationReference ? { authorization_reference: context.authorizationReference } : {}),
    location_id: context.locationId,
    evse_uid: context.evseUid,
    connector_id: context.connectorId,
    currency: price.currency,
    charging_periods: periods.map(ocpiChargingPeriod),
    ...(context.tariff ? { total_cost: ocpiPrice(price.total_cost) } : {}),
    status: final ? 'COMPLETED' : 'ACTIVE',
    last_updated: lastUpdated,
  };
}

/** The OCPI CDR (mod_cdrs_cdr_object) without cdr_token: the session's final price with the tariff and location as at its start. */
export function cdrObjectOf(context: SessionContext, price: SessionPrice, lastUpdated: string): Record<string, unknown> {
  const costs = context.tariff
    ? {
        total_fixed_cost: ocpiPrice(price.total_fixed_cost),
        total_energy_cost: ocpiPrice(price.total_energy_cost),
        total_time_cost: ocpiPrice(price.total_time_cost),
        total_parking_cost: ocpiPrice(price.total_parking_cost),
      }
    : {};
  return {
    country_code: context.cpo.countryCode,
    party_id: context.cpo.partyId,
    id: context.sessionId,
    start_date_time: price.start_date_time,
    end_date_time: price.end_date_time,
    session_id: context.sessionId,
    auth_method: context.authMethod,
    ...(context.authorizationReference ? { authorization_reference: context.authorizationReference } : {}),
    cdr_location: context.cdrLocation,
    currency: price.currency,
    ...(context.tariff ? { tariffs: [context.tariff] } : {}),
    charging_periods: price.charging_periods.map(ocpiChargingPeriod),
    total_cost: ocpiPrice(price.total_cost),
    ...costs,
    total_energy: ocpiNumber(price.total_energy),
    total_time: ocpiNumber(price.total_time),
    total_parking_time: ocpiNumber(price.total_parking_time),
    ...(context.tariff ? {} : { remark: 'No tariff was linked to the connector: nothing is charged.' }),
    last_updated: lastUpdated,
  };
}
