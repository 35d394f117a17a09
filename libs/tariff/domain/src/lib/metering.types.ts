import type { DecimalInput } from './tariff.types';

/** A UTC instant: a Date, or an RFC 3339 string (no zone designator means UTC, as in OCPI). */
export type InstantInput = Date | string;

/**
 * One metering sample of a session. A sample describes the state from its timestamp until the next sample; the
 * energy between two samples is spread evenly over that interval. The first sample starts the session, the last
 * one ends it (for `priceSession`) or is the latest known state (for `estimateCostSoFar`).
 */
export interface MeterSample {
  at: InstantInput;
  /** Cumulative energy register in kWh. Only differences are used, so the register may start above 0. */
  energyKwh: DecimalInput;
  /** Power in kW at this sample; when omitted the average power until the next sample is used. */
  powerKw?: DecimalInput | null;
  /** Current summed over all phases in A; when omitted it is unknown while charging and 0 while idle. */
  currentA?: DecimalInput | null;
  /**
   * True while the vehicle requests power (time is TIME), false while it is connected but does not request power
   * (time is PARKING_TIME). A pause decided by the EVSE while the vehicle still requests power is charging time
   * (OCPI 2.2.1 errata, definition of PARKING_TIME).
   */
  charging: boolean;
}

/** A reservation that preceded the session, or expired without one. */
export interface ReservationWindow {
  start: InstantInput;
  /** When charging started on the reserved EVSE, or when the reservation expired. */
  end: InstantInput;
  /** True when no charging session followed (OCPI RESERVATION_EXPIRES). */
  expired: boolean;
}

export interface PricingOptions {
  reservation?: ReservationWindow;
}

export interface EstimateOptions extends PricingOptions {
  /** The moment to price up to; the last sample's state is assumed to last until then. Defaults to the last sample. */
  asOf?: InstantInput;
}
