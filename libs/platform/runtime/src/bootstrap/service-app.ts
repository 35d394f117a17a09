import type { INestApplication } from '@nestjs/common';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { Logger } from 'pino';
import { loadConfig, type PlatformConfig } from '@chargemesh/platform-config';
import { installTraceContext, PinoNestLogger } from '@chargemesh/platform-observability';
import { traceContextMiddleware } from '../http/trace-context';
import { PlatformModule } from '../platform.module';
import type { ServiceDefinition } from '../service-definition';

export interface StartedService {
  name: string;
  app: INestApplication;
  port: number;
  /** Base URL of the service's HTTP server, e.g. http://127.0.0.1:8083. */
  url: string;
}

/**
 * Creates and starts one service: its module on top of the platform providers, listening on its
 * port (0 picks a free one, for tests). Shutdown is driven by the caller, not by Nest's own
 * signal hooks, so that several services in one process stop in order.
 */
export async function startServiceApp<TConfig extends PlatformConfig>(
  definition: ServiceDefinition<TConfig>,
  config: TConfig,
  logger: Logger,
  options: { host?: string; port?: number } = {},
): Promise<StartedService> {
  installTraceContext();
  @Module({ imports: [PlatformModule.forService(definition, config, logger), definition.module] })
  class ServiceRootModule {}
  Object.defineProperty(ServiceRootModule, 'name', { value: `${definition.name}-root` });

  const httpsOptions = definition.httpsOptions?.(config);
  const app = await NestFactory.create(ServiceRootModule, { logger: new PinoNestLogger(logger), abortOnError: false, ...(httpsOptions ? { httpsOptions } : {}) });
  app.use(traceContextMiddleware);
  await app.listen(options.port ?? definition.httpPort(config), options.host ?? '0.0.0.0');
  const address = app.getHttpServer().address() as { port: number };
  const scheme = httpsOptions ? 'https' : 'http';
  logger.info({ port: address.port, scheme }, `${definition.name} is listening`);
  return { name: definition.name, app, port: address.port, url: `${scheme}://127.0.0.1:${address.port}` };
}

/**
 * Loads a service's config from `env` and starts it: what an integration test or an embedding
 * program needs to run a real service in-process (port 0 picks a free port).
 */
export async function startService<TConfig extends PlatformConfig>(
  definition: ServiceDefinition<TConfig>,
  env: NodeJS.ProcessEnv,
  logger: Logger,
  options: { host?: string; port?: number } = {},
): Promise<StartedService & { config: TConfig }> {
  const config = loadConfig(definition.name, definition.configSchema, env);
  const started = await startServiceApp(definition, config, logger.child({ service: definition.name }), options);
  return { ...started, config };
}
