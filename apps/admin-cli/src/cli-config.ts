import { loadConfig } from '@chargemesh/platform-config';
import { z } from 'zod';

/** The CLI talks to the admin HTTP APIs of the directory and credentials services with ADMIN_TOKEN. */
export const cliConfigSchema = z.object({
  ADMIN_TOKEN: z.string().min(24, 'use the ADMIN_TOKEN the services run with (at least 24 characters)'),
  CHARGEMESH_DIRECTORY_URL: z.url().default('http://127.0.0.1:8083'),
  CHARGEMESH_CREDENTIALS_URL: z.url().default('http://127.0.0.1:8082'),
});

export type CliConfig = z.infer<typeof cliConfigSchema>;

export const loadCliConfig = (env: NodeJS.ProcessEnv): CliConfig => loadConfig('admin-cli', cliConfigSchema, env);
