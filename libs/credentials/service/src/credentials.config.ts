import { envPort, platformConfigSchema } from '@chargemesh/platform-config';
import { z } from 'zod';

const optionalBoolean = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .optional()
  .transform((value) => (value === undefined ? undefined : ['true', '1', 'yes'].includes(value)));

const milliseconds = (defaultValue: number, min = 10) => z.coerce.number().int().min(min).default(defaultValue);

export const credentialsConfigSchema = platformConfigSchema
  .extend({
    CREDENTIALS_HTTP_PORT: envPort(8082),
    /** Externally reachable base of the hub-router: our versions URL is `${OCPI_BASE_URL}/ocpi/versions`. */
    OCPI_BASE_URL: z.url({ protocol: /^https?$/ }).default('http://127.0.0.1:8080'),
    /**
     * Base64 of 32 random bytes (`openssl rand -base64 32`): the AES-256-GCM key that encrypts the
     * tokens we send to partners. Required in production; elsewhere the service starts without it
     * and refuses every operation that would store or read such a token.
     */
    CREDENTIALS_ENCRYPTION_KEY: z
      .string()
      .refine((value) => /^[A-Za-z0-9+/]{43}=$/.test(value) && Buffer.from(value, 'base64').length === 32, 'must be the base64 of exactly 32 bytes (openssl rand -base64 32)')
      .optional(),
    /** Time-out of each call to a partner's versions and credentials endpoints. */
    OCPI_OUTBOUND_TIMEOUT_MS: milliseconds(10_000, 100),
    /** Let partner URLs point at loopback and private networks (tests, laptops); off by default in production (SSRF). */
    OCPI_ALLOW_PRIVATE_NETWORK_URLS: optionalBoolean,
    /** Still-alive check: a registered partner silent this long gets a GET on its versions endpoint (spec: start with 5 minutes). */
    OCPI_LIVENESS_SILENCE_MS: milliseconds(5 * 60_000),
    OCPI_LIVENESS_CHECK_INTERVAL_MS: milliseconds(30_000),
    /** How often the outbox is polled for facts not yet published (commits also wake it at once). */
    CREDENTIALS_OUTBOX_POLL_MS: milliseconds(1_000),
  })
  .superRefine((config, context) => {
    if (config.NODE_ENV === 'production' && !config.CREDENTIALS_ENCRYPTION_KEY) {
      context.addIssue({ code: 'custom', path: ['CREDENTIALS_ENCRYPTION_KEY'], message: 'is required in production (openssl rand -base64 32)' });
    }
  });

export type CredentialsConfig = z.infer<typeof credentialsConfigSchema>;

export const allowsPrivateNetworkUrls = (config: CredentialsConfig): boolean => config.OCPI_ALLOW_PRIVATE_NETWORK_URLS ?? config.NODE_ENV !== 'production';
