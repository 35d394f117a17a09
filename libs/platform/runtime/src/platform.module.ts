import { type DynamicModule, Global, Inject, Injectable, Module, type OnApplicationShutdown } from '@nestjs/common';
import { APP_FILTER, APP_INTERCEPTOR } from '@nestjs/core';
import { TerminusModule } from '@nestjs/terminus';
import { jetstream, jetstreamManager, type JetStreamClient, type JetStreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import type { PlatformConfig } from '@chargemesh/platform-config';
import { connectNats, ensureStreams, EventStore, NatsRequester, NatsResponder } from '@chargemesh/platform-messaging';
import { openServiceDataSource, resolveDatabaseName } from '@chargemesh/platform-persistence';
import { HealthController } from './health/health.controller';
import { AdminTokenGuard } from './http/admin-token.guard';
import { CodedErrorFilter } from './http/coded-error.filter';
import { HttpSpanInterceptor } from './http/trace-context';
import { ProjectionHost } from './projections/projection-host';
import type { ServiceDefinition } from './service-definition';
import {
  DATA_SOURCE,
  EVENT_STORE,
  JETSTREAM,
  JETSTREAM_MANAGER,
  LOGGER,
  NATS_CONNECTION,
  NATS_REQUESTER,
  NATS_RESPONDER,
  SERVICE_CONFIG,
  SERVICE_DEFINITION,
} from './tokens';

/** Closes the connections last, after every provider has stopped using them. */
@Injectable()
class ConnectionCloser implements OnApplicationShutdown {
  constructor(
    @Inject(NATS_CONNECTION) private readonly nc: NatsConnection,
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    // drain() lets in-flight request handlers answer and flushes pending acks before closing.
    await this.nc.drain().catch((error: unknown) => this.logger.warn({ err: error }, 'NATS drain failed'));
    await this.dataSource.destroy().catch((error: unknown) => this.logger.warn({ err: error }, 'closing the database failed'));
  }
}

/**
 * The platform providers of one service: config, logger, NATS (core and JetStream), the event
 * store with the service's streams provisioned, request/reply, its own database with migrations
 * run, its projections, health endpoints and the coded-error HTTP filter.
 */
@Global()
@Module({})
export class PlatformModule {
  static forService<TConfig extends PlatformConfig>(definition: ServiceDefinition<TConfig>, config: TConfig, logger: Logger): DynamicModule {
    const namespace = config.CHARGEMESH_NAMESPACE;
    return {
      module: PlatformModule,
      imports: [TerminusModule.forRoot({ logger: false })],
      controllers: [HealthController],
      providers: [
        { provide: SERVICE_DEFINITION, useValue: definition },
        { provide: SERVICE_CONFIG, useValue: config },
        { provide: LOGGER, useValue: logger },
        {
          provide: NATS_CONNECTION,
          useFactory: () => connectNats({ servers: config.NATS_URL, name: `${namespace}-${definition.name}`, user: config.NATS_USER, password: config.NATS_PASSWORD }),
        },
        { provide: JETSTREAM, useFactory: (nc: NatsConnection) => jetstream(nc), inject: [NATS_CONNECTION] },
        {
          provide: JETSTREAM_MANAGER,
          useFactory: async (nc: NatsConnection) => {
            const jsm = await jetstreamManager(nc);
            await ensureStreams(jsm, definition.streams, { namespace, replicas: config.NATS_STREAM_REPLICAS });
            return jsm;
          },
          inject: [NATS_CONNECTION],
        },
        {
          provide: EVENT_STORE,
          useFactory: (js: JetStreamClient, jsm: JetStreamManager) => new EventStore(js, jsm, namespace),
          inject: [JETSTREAM, JETSTREAM_MANAGER],
        },
        { provide: NATS_REQUESTER, useFactory: (nc: NatsConnection) => new NatsRequester(nc), inject: [NATS_CONNECTION] },
        { provide: NATS_RESPONDER, useFactory: (nc: NatsConnection) => new NatsResponder(nc, logger), inject: [NATS_CONNECTION] },
        {
          provide: DATA_SOURCE,
          useFactory: () =>
            openServiceDataSource({
              service: definition.name,
              serverUrl: config.DATABASE_URL,
              database: resolveDatabaseName(config.DATABASE_URL, namespace, definition.name),
              createIfMissing: config.DATABASE_CREATE_IF_MISSING,
              runMigrations: config.DATABASE_MIGRATE_ON_BOOT,
              poolSize: config.DATABASE_POOL_SIZE,
              nodeEnv: config.NODE_ENV,
              migrations: definition.migrations,
              entities: definition.entities,
            }),
        },
        ProjectionHost,
        AdminTokenGuard,
        ConnectionCloser,
        { provide: APP_FILTER, useClass: CodedErrorFilter },
        { provide: APP_INTERCEPTOR, useClass: HttpSpanInterceptor },
      ],
      exports: [
        SERVICE_DEFINITION,
        SERVICE_CONFIG,
        LOGGER,
        NATS_CONNECTION,
        JETSTREAM,
        JETSTREAM_MANAGER,
        EVENT_STORE,
        NATS_REQUESTER,
        NATS_RESPONDER,
        DATA_SOURCE,
        ProjectionHost,
        AdminTokenGuard,
      ],
    };
  }
}
