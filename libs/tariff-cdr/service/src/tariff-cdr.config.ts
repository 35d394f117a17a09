import { envPort, platformConfigSchema } from '@chargemesh/platform-config';
import { z } from 'zod';

const milliseconds = (defaultValue: number, min = 10) => z.coerce.number().int().min(min).default(defaultValue);

export const tariffCdrConfigSchema = platformConfigSchema.extend({
  TARIFF_CDR_HTTP_PORT: envPort(8084),
  /** How often the pipeline and the delivery workers look for work (new work also arrives with each poll). */
  TARIFF_CDR_POLL_MS: milliseconds(1_000),
  /** First retry delay of a failed push or delivery; doubles per attempt up to the maximum. */
  TARIFF_CDR_RETRY_BASE_MS: milliseconds(2_000),
  TARIFF_CDR_RETRY_MAX_MS: milliseconds(600_000),
  /** How long a push or CDR may take through the hub router (send-ocpi) before it counts as failed and is retried. */
  TARIFF_CDR_SEND_TIMEOUT_MS: milliseconds(15_000, 100),
  /** The currency of a session whose connector has no tariff (nothing is charged). */
  TARIFF_CDR_DEFAULT_CURRENCY: z.string().regex(/^[A-Z]{3}$/, 'an ISO 4217 currency code').default('EUR'),
  /** The largest page of a Sender list (X-Limit), also the page size when the client asks for none. */
  TARIFF_CDR_PAGE_LIMIT: z.coerce.number().int().min(1).max(1000).default(100),
});

export type TariffCdrConfig = z.infer<typeof tariffCdrConfigSchema>;
