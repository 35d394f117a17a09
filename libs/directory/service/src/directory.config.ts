import { envPort, platformConfigSchema } from '@chargemesh/platform-config';
import { z } from 'zod';

const milliseconds = (defaultValue: number, min = 10) => z.coerce.number().int().min(min).default(defaultValue);

export const directoryConfigSchema = platformConfigSchema.extend({
  DIRECTORY_HTTP_PORT: envPort(8083),
  /**
   * How often each instance checks whether the projections moved and reloads its in-memory
   * routing table. Route resolution is at most this much (plus projection lag) behind the events.
   */
  DIRECTORY_ROUTING_REFRESH_MS: milliseconds(1_000),
  /** How long an outgoing partner token is cached when no change notification arrives. */
  DIRECTORY_TOKEN_CACHE_MS: milliseconds(60_000),
  /** As a Hub: how often pending ClientInfo pushes are retried (changes also wake it). */
  HUBCLIENTINFO_PUSH_INTERVAL_MS: milliseconds(5_000),
  /** Time-out of each ClientInfo push to a partner. */
  OCPI_OUTBOUND_TIMEOUT_MS: milliseconds(10_000, 100),
  /** Locations and tokens modules: the largest page of a paginated GET (X-Limit) and the page size when none is asked for. */
  OCPI_PAGE_MAX_LIMIT: z.coerce.number().int().min(1).max(1000).default(100),
  OCPI_PAGE_DEFAULT_LIMIT: z.coerce.number().int().min(1).max(1000).default(50),
  /** How often the pushes of hosted parties' changes (locations to eMSPs, tokens to CPOs) are retried; a change wakes them at once. */
  OCPI_PUSH_INTERVAL_MS: milliseconds(2_000),
  /** How long a change waits in the push queue for a receiver that is away; one away longer gets everything again (a full push) when it is back. */
  OCPI_PUSH_RETENTION_MS: milliseconds(7 * 24 * 3_600_000, 1_000),
  /** Token authority: how long a real-time authorisation at the token's eMSP may take (the station gateway waits OCPP_TOKEN_AUTHORITY_TIMEOUT_MS in all). */
  TOKEN_REAL_TIME_TIMEOUT_MS: milliseconds(1_000, 50),
  /** Token authority: a real-time answer is reused this long, so that an Authorize followed by a start asks the eMSP once. */
  TOKEN_AUTHORIZATION_REUSE_MS: milliseconds(120_000, 0),
});

export type DirectoryConfig = z.infer<typeof directoryConfigSchema>;
