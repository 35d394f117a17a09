import { z } from 'zod';

/** Raised at boot when the environment does not satisfy a service's config schema. */
export class ConfigValidationError extends Error {
  readonly code = 'CONFIG.INVALID';

  constructor(
    readonly service: string,
    readonly problems: string[],
  ) {
    super(`invalid configuration for ${service}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/**
 * Validates the environment against a zod schema whose keys are the variable names. Nothing
 * else in the code base reads process.env: services get the typed result injected.
 */
export function loadConfig<TSchema extends z.ZodType>(
  service: string,
  schema: TSchema,
  env: NodeJS.ProcessEnv = process.env,
): z.infer<TSchema> {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const key = issue.path.join('.') || '(environment)';
    const value = typeof issue.path[0] === 'string' ? env[issue.path[0]] : undefined;
    const shown = value === undefined ? 'not set' : looksSecret(key) ? 'set (hidden)' : JSON.stringify(value);
    return `${key}: ${issue.message} (${shown})`;
  });
  throw new ConfigValidationError(service, problems);
}

const looksSecret = (key: string) => /PASSWORD|SECRET|TOKEN|KEY/i.test(key);

/** `true`/`false`/`1`/`0`/`yes`/`no` as a boolean; z.coerce.boolean would read "false" as true. */
export const envBoolean = (defaultValue: boolean) =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no'])
    .optional()
    .transform((value) => (value === undefined ? defaultValue : ['true', '1', 'yes'].includes(value)));

export const envPort = (defaultValue: number) => z.coerce.number().int().min(0).max(65535).default(defaultValue);
