import { type BeforeApplicationShutdown, Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import type { JetStreamClient, JetStreamManager } from '@nats-io/jetstream';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import type { PlatformConfig } from '@chargemesh/platform-config';
import { ProjectionRunner, type ProjectionStatus } from '@chargemesh/platform-messaging';
import type { ServiceDefinition } from '../service-definition';
import { DATA_SOURCE, JETSTREAM, JETSTREAM_MANAGER, LOGGER, SERVICE_CONFIG, SERVICE_DEFINITION } from '../tokens';

/** Runs the service's projections for the lifetime of the application. */
@Injectable()
export class ProjectionHost implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly runners = new Map<string, ProjectionRunner>();

  constructor(
    @Inject(SERVICE_DEFINITION) definition: ServiceDefinition,
    @Inject(SERVICE_CONFIG) config: PlatformConfig,
    @Inject(JETSTREAM) js: JetStreamClient,
    @Inject(JETSTREAM_MANAGER) jsm: JetStreamManager,
    @Inject(DATA_SOURCE) dataSource: DataSource,
    @Inject(LOGGER) logger: Logger,
  ) {
    for (const projection of definition.projections ?? []) {
      this.runners.set(
        projection.name,
        new ProjectionRunner(projection, { js, jsm, dataSource, logger, namespace: config.CHARGEMESH_NAMESPACE, service: definition.name }),
      );
    }
  }

  /** Read models exist before the service answers its first request; applying events then runs in the background. */
  async onApplicationBootstrap(): Promise<void> {
    for (const runner of this.runners.values()) await runner.prepareReadModel();
    this.runners.forEach((runner) => runner.start());
  }

  async beforeApplicationShutdown(): Promise<void> {
    await Promise.all([...this.runners.values()].map((runner) => runner.stop()));
  }

  runner(projection: string): ProjectionRunner {
    const runner = this.runners.get(projection);
    if (!runner) throw new Error(`no projection named ${projection} in this service`);
    return runner;
  }

  statuses(): ProjectionStatus[] {
    return [...this.runners.values()].map((runner) => runner.status());
  }
}
