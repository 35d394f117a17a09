/**
 * The stream catalogue, as data. Event stores keep every event forever and refuse deletes and
 * purges: they are the source of truth that projections are rebuilt from. Audit streams hold raw
 * protocol traffic for troubleshooting and are capped by age and size.
 */
export type StreamKind = 'event-store' | 'audit';

export interface StreamDefinition {
  /** Stream name without the namespace prefix, e.g. `PARTY`. */
  readonly name: string;
  /** First subject token after the namespace; the stream captures `<ns>.<context>.>`. */
  readonly context: string;
  readonly kind: StreamKind;
  /** Audit streams only. */
  readonly maxAgeSeconds?: number;
  readonly maxBytes?: number;
}

const DAY = 24 * 60 * 60;

export const STREAMS = {
  STATION: { name: 'STATION', context: 'station', kind: 'event-store' },
  PARTY: { name: 'PARTY', context: 'party', kind: 'event-store' },
  CREDENTIAL: { name: 'CREDENTIAL', context: 'credential', kind: 'event-store' },
  LOCATION: { name: 'LOCATION', context: 'location', kind: 'event-store' },
  TOKEN: { name: 'TOKEN', context: 'token', kind: 'event-store' },
  SESSION: { name: 'SESSION', context: 'session', kind: 'event-store' },
  CDR: { name: 'CDR', context: 'cdr', kind: 'event-store' },
  TARIFF: { name: 'TARIFF', context: 'tariff', kind: 'event-store' },
  OICP: { name: 'OICP', context: 'oicp', kind: 'event-store' },
  OCPP_AUDIT: { name: 'OCPP_AUDIT', context: 'audit-ocpp', kind: 'audit', maxAgeSeconds: 30 * DAY, maxBytes: 1024 ** 3 },
  OCPI_AUDIT: { name: 'OCPI_AUDIT', context: 'audit-ocpi', kind: 'audit', maxAgeSeconds: 30 * DAY, maxBytes: 1024 ** 3 },
  OICP_AUDIT: { name: 'OICP_AUDIT', context: 'audit-oicp', kind: 'audit', maxAgeSeconds: 30 * DAY, maxBytes: 1024 ** 3 },
} as const satisfies Record<string, StreamDefinition>;

export type StreamId = keyof typeof STREAMS;
