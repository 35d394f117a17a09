import { envBoolean, envPort, platformConfigSchema } from '@chargemesh/platform-config';
import { z } from 'zod';

const milliseconds = (defaultValue: number, min = 0) => z.coerce.number().int().min(min).default(defaultValue);

export const hubRouterConfigSchema = platformConfigSchema.extend({
  HUB_ROUTER_HTTP_PORT: envPort(8080),
  /** Externally reachable base of this OCPI surface (pagination links point at it). */
  OCPI_BASE_URL: z.url({ protocol: /^https?$/ }).default('http://127.0.0.1:8080'),
  /**
   * Also accept `Authorization: Token <token>` without Base64, as many 2.1.1 and 2.2 peers send it
   * (transport_and_format_authorization_header NOTE). 2.2.1 requires Base64: off by default.
   */
  OCPI_ACCEPT_PLAIN_TOKENS: envBoolean(false),
  /** How long a registered partner's authentication is cached (changes announced by credentials drop it at once); 0 disables. */
  OCPI_AUTH_CACHE_MS: milliseconds(5_000),
  /** How often the partners heard from are reported to credentials (their still-alive clock). */
  OCPI_ACTIVITY_FLUSH_MS: milliseconds(5_000, 10),
  /** Time-out of requests to the credentials service; registration includes its calls to the partner. */
  OCPI_CREDENTIALS_TIMEOUT_MS: milliseconds(30_000, 100),
  /** Routing: time-out of a request forwarded to another platform (4002 when it passes). */
  OCPI_OUTBOUND_TIMEOUT_MS: milliseconds(10_000, 100),
  /** Routing: time-out of a module service here (`<ns>.cmd.ocpi-<module>.handle`). */
  OCPI_MODULE_TIMEOUT_MS: milliseconds(10_000, 100),
  /** Routing: how long a resolved route and the list of connected parties are used before asking the directory again (partner changes drop them at once). */
  OCPI_ROUTE_CACHE_MS: milliseconds(1_000, 10),
  /** How long a URL we rewrote (response_url, Link, Location) stays usable through us. */
  OCPI_FORWARDED_URL_TTL_MS: milliseconds(7 * 24 * 3_600_000, 1_000),
  /** Largest JSON request body accepted on the OCPI surface. */
  OCPI_MAX_BODY_BYTES: z.coerce.number().int().min(1_024).default(1_048_576),
  /** Keep-alive connections per partner platform. */
  OCPI_PEER_MAX_SOCKETS: z.coerce.number().int().min(1).default(64),
  /** As a Hub: deliveries of one Broadcast Push in flight at once. */
  OCPI_BROADCAST_CONCURRENCY: z.coerce.number().int().min(1).default(8),
  /** As a Hub: the page size cap (X-Limit) of a GET All across the parties behind it. */
  OCPI_GET_ALL_MAX_LIMIT: z.coerce.number().int().min(1).default(100),
  /** Commands and charging profiles of hosted CPOs: how long a charge point has to answer before the result is TIMEOUT (the timeout announced to the sender adds a margin). */
  OCPI_COMMAND_STATION_TIMEOUT_MS: milliseconds(30_000, 100),
});

export type HubRouterConfig = z.infer<typeof hubRouterConfigSchema>;
