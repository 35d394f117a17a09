import type { DayOfWeek } from './tariff.types';
import { TariffPricingError } from './tariff-pricing.error';

/**
 * Local wall-clock time of a location's IANA time zone, computed with Node's Intl data. Restrictions on time of
 * day, date and weekday are local (mod_tariffs TariffRestrictions), while all instants here are UTC milliseconds.
 */

export const MS_PER_DAY = 86_400_000;
const MS_PER_HOUR = 3_600_000;
const SCAN_STEP_MS = 6 * 3_600_000;
const WEEKDAYS: readonly DayOfWeek[] = ['SUNDAY', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY'];

// One formatter per zone for the process: there are a few hundred zones at most.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (formatter) return formatter;
  try {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
  } catch {
    throw new TariffPricingError('TARIFF.INVALID_TIME_ZONE', `unknown IANA time zone "${timeZone}"`);
  }
  formatters.set(timeZone, formatter);
  return formatter;
}

export interface LocalMoment {
  /** Local date, YYYY-MM-DD. */
  date: string;
  dayOfWeek: DayOfWeek;
  /** Milliseconds since local midnight. */
  msOfDay: number;
}

export class ZonedClock {
  private readonly formatter: Intl.DateTimeFormat;
  /** Offset per UTC hour, for hours without a DST change (NaN marks an hour with one); one clock per pricing call. */
  private readonly hourOffsets = new Map<number, number>();

  constructor(readonly timeZone: string) {
    this.formatter = formatterFor(timeZone);
  }

  /** Local time minus UTC at this instant, in ms (CEST: +7 200 000). Offsets change only on whole seconds. */
  offsetAt(instantMs: number): number {
    const hour = Math.floor(instantMs / MS_PER_HOUR);
    let offset = this.hourOffsets.get(hour);
    if (offset === undefined) {
      const atStart = this.offsetFromIntl(hour * MS_PER_HOUR);
      offset = atStart === this.offsetFromIntl((hour + 1) * MS_PER_HOUR - 1000) ? atStart : Number.NaN;
      this.hourOffsets.set(hour, offset);
    }
    return Number.isNaN(offset) ? this.offsetFromIntl(instantMs) : offset;
  }

  localMoment(instantMs: number): LocalMoment {
    const local = instantMs + this.offsetAt(instantMs);
    const dayStart = Math.floor(local / MS_PER_DAY) * MS_PER_DAY;
    const day = new Date(dayStart);
    return {
      date: day.toISOString().slice(0, 10),
      dayOfWeek: WEEKDAYS[day.getUTCDay()],
      msOfDay: local - dayStart,
    };
  }

  /** Instants in (fromMs, toMs) where the UTC offset changes (DST transitions). */
  offsetChangesBetween(fromMs: number, toMs: number): number[] {
    const changes: number[] = [];
    let cursor = fromMs;
    let offset = this.offsetAt(cursor);
    while (cursor < toMs) {
      const next = Math.min(cursor + SCAN_STEP_MS, toMs);
      if (this.offsetAt(next) === offset) {
        cursor = next;
        continue;
      }
      const change = this.firstSecondWithOtherOffset(cursor, next, offset);
      if (change < toMs) changes.push(change);
      cursor = change;
      offset = this.offsetAt(change);
    }
    return changes;
  }

  /**
   * Instants in (fromMs, toMs) at which the local clock reads one of the given times of day (ms after midnight).
   * Works per stretch of constant offset, so a local time that happens twice when clocks go back yields two
   * instants and one skipped when clocks go forward yields none; the DST change itself is a boundary too.
   */
  localTimesBetween(fromMs: number, toMs: number, timesOfDayMs: readonly number[]): number[] {
    const stretches = [fromMs, ...this.offsetChangesBetween(fromMs, toMs), toMs];
    const instants = new Set<number>(stretches.slice(1, -1));
    for (let i = 0; i + 1 < stretches.length; i++) {
      const [start, end] = [stretches[i], stretches[i + 1]];
      const offset = this.offsetAt(start);
      for (let day = Math.floor((start + offset) / MS_PER_DAY) * MS_PER_DAY; day < end + offset; day += MS_PER_DAY) {
        for (const timeOfDay of timesOfDayMs) {
          const instant = day + timeOfDay - offset;
          if (instant > start && instant < end) instants.add(instant);
        }
      }
    }
    return [...instants].sort((a, b) => a - b);
  }

  private offsetFromIntl(instantMs: number): number {
    const wholeSecond = Math.floor(instantMs / 1000) * 1000;
    const part: Record<string, number> = {};
    for (const { type, value } of this.formatter.formatToParts(new Date(wholeSecond))) part[type] = Number(value);
    const { year, month, day, hour, minute, second } = part;
    return Date.UTC(year, month - 1, day, hour, minute, second) - wholeSecond;
  }

  private firstSecondWithOtherOffset(fromMs: number, toMs: number, offset: number): number {
    let low = Math.floor(fromMs / 1000); // has `offset`
    let high = Math.ceil(toMs / 1000); // has another offset
    while (high - low > 1) {
      const middle = Math.floor((low + high) / 2);
      if (this.offsetAt(middle * 1000) === offset) low = middle;
      else high = middle;
    }
    return high * 1000;
  }
}
