import { ConfigValidationError, loadConfig, type PlatformConfig } from '@chargemesh/platform-config';
import { createLogger, startTelemetry, stopTelemetry } from '@chargemesh/platform-observability';
import type { ServiceDefinition } from '../service-definition';
import { preflight } from './preflight';
import { type StartedService, startServiceApp } from './service-app';

/**
 * The entry point of every deployable: one service (a Kubernetes Deployment) or all of them in
 * one process (`npm start`). Validates each service's config, checks that NATS and Postgres
 * answer, starts the services, and on SIGTERM/SIGINT stops them in reverse order within
 * SHUTDOWN_GRACE_MS. Exits non-zero with a clear message when it cannot start.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function runServices(processName: string, definitions: ServiceDefinition<any>[], env: NodeJS.ProcessEnv = process.env): Promise<void> {
  startTelemetry(processName, env);
  let configs: PlatformConfig[];
  try {
    configs = definitions.map((definition) => loadConfig(definition.name, definition.configSchema, env));
  } catch (error) {
    if (error instanceof ConfigValidationError) return fail(error.message);
    throw error;
  }
  const logger = createLogger(processName, configs[0].LOG_LEVEL);
  // Node's own warnings (deprecations of a dependency, say) go to the log as JSON like every other line.
  process.removeAllListeners('warning');
  process.on('warning', (warning) => logger.warn({ warning: { name: warning.name, message: warning.message, code: (warning as { code?: string }).code } }, 'node warning'));
  const started: StartedService[] = [];
  let stopping = false;
  const stop = async (reason: string, exitCode: number) => {
    if (stopping) return;
    stopping = true;
    logger.info({ reason }, 'shutting down');
    const deadline = setTimeout(() => {
      logger.error('shutdown took longer than SHUTDOWN_GRACE_MS; exiting');
      process.exit(1);
    }, configs[0].SHUTDOWN_GRACE_MS);
    deadline.unref();
    for (const service of [...started].reverse()) {
      await service.app.close().catch((error: unknown) => logger.error({ err: error, service: service.name }, 'service did not stop cleanly'));
    }
    await stopTelemetry().catch(() => undefined);
    process.exit(exitCode);
  };
  // Registered before anything slow, so a SIGTERM during start-up is honoured at once.
  process.once('SIGTERM', () => void stop('SIGTERM', 0));
  process.once('SIGINT', () => void stop('SIGINT', 0));

  const problems = await preflight(configs[0]);
  if (problems.length) {
    return fail(['ChargeMesh cannot start:', ...problems.map((p) => `  - ${p.dependency} ${p.detail}\n    ${p.hint}`)].join('\n'));
  }

  try {
    for (const [index, definition] of definitions.entries()) {
      if (stopping) return;
      started.push(await startServiceApp(definition, configs[index], logger.child({ service: definition.name })));
    }
  } catch (error) {
    logger.fatal({ err: error }, 'a service failed to start');
    await stop('start-up failure', 1);
  }
}

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}
