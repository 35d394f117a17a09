import { z } from 'zod';
import { envBoolean } from './load-config';

/** Settings every service shares. The service-specific schemas extend this one. */
export const platformConfigSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  CHARGEMESH_NAMESPACE: z
    .string()
    .regex(/^[a-z][a-z0-9_]{0,29}$/, 'use 1-30 lower-case letters, digits or _, starting with a letter')
    .default('chargemesh'),
  NATS_URL: z.string().min(1).default('nats://127.0.0.1:4222'),
  NATS_USER: z.string().optional(),
  NATS_PASSWORD: z.string().optional(),
  /** JetStream replicas for the streams this instance creates: 1 on a laptop, 3 in production. */
  NATS_STREAM_REPLICAS: z.coerce.number().int().min(1).max(5).default(1),
  /** Postgres server; a database in the path overrides the derived `<namespace>_<service>` name. */
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).default('postgres://postgres@127.0.0.1:5432'),
  /** Creating the database is for laptops and tests; in Kubernetes CloudNativePG creates it. */
  DATABASE_CREATE_IF_MISSING: envBoolean(true),
  DATABASE_MIGRATE_ON_BOOT: envBoolean(true),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  /** Bearer token of the admin HTTP APIs; without it those APIs answer 503. */
  ADMIN_TOKEN: z.string().min(24, 'use at least 24 characters').optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).default(10_000),
});

export type PlatformConfig = z.infer<typeof platformConfigSchema>;
