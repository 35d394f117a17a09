import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer as createHttpsServer, type Server as HttpsServer } from 'node:https';
import type { Server as HttpServer } from 'node:http';
import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { NatsConnection, Subscription } from '@nats-io/transport-node';
import type { NatsResponder } from '@chargemesh/platform-messaging';
import { warmUpValidators } from '@chargemesh/protocol-ocpp';
import { LOGGER, NATS_CONNECTION, NATS_RESPONDER, SERVICE_CONFIG } from '@chargemesh/platform-runtime';
import type { Logger } from 'pino';
import { NatsTokenAuthority } from '../authorization/token-authority';
import { PostgresTokenRefs } from '../authorization/token-refs';
import { StationCommandHandler } from '../commands/send-station-command/station-command.handler';
import { OcppServer } from '../connection/ocpp-server';
import { NatsAuditSink } from '../events/audit-sink';
import { JetStreamStationEventSink } from '../events/station-event-sink';
import type { StationGatewayConfig } from '../station-gateway.config';
import { PostgresStationDirectory } from '../stations/station-directory';
import { StationPasswords } from '../stations/station-passwords';
import { PostgresTransactionIdIssuer } from '../transactions/transaction-id-issuer';
import { gatewaySettingsOf } from './gateway-settings';
import { NatsStationPresence } from './nats-station-presence';

/**
 * Puts the OCPP server on the service's own HTTP port (WebSocket upgrades of `/ocpp/<identity>`;
 * every other request stays with Nest) and, when configured, on a TLS port for security profiles
 * 2 and 3. On shutdown it drains first: upgrades refused, commands unsubscribed, sockets closed
 * normally so that stations reconnect to another instance, before NATS and Postgres close.
 */
@Injectable()
export class OcppEndpoint implements OnApplicationBootstrap, OnModuleDestroy {
  readonly instanceId = randomUUID();
  private server?: OcppServer;
  private notices?: Subscription;
  private tlsServer?: HttpsServer;

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    @Inject(SERVICE_CONFIG) private readonly config: StationGatewayConfig,
    @Inject(LOGGER) private readonly logger: Logger,
    @Inject(NATS_CONNECTION) private readonly nc: NatsConnection,
    @Inject(NATS_RESPONDER) private readonly responder: NatsResponder,
    private readonly directory: PostgresStationDirectory,
    private readonly events: JetStreamStationEventSink,
    private readonly audit: NatsAuditSink,
    private readonly tokenAuthority: NatsTokenAuthority,
    private readonly tokenRefs: PostgresTokenRefs,
    private readonly transactionIds: PostgresTransactionIdIssuer,
    private readonly passwords: StationPasswords,
    private readonly commands: StationCommandHandler,
  ) {}

  get ocpp(): OcppServer | undefined {
    return this.server;
  }

  get tlsPort(): number | undefined {
    const address = this.tlsServer?.address();
    return typeof address === 'object' && address ? address.port : undefined;
  }

  async onApplicationBootstrap(): Promise<void> {
    warmUpValidators();
    const logger = this.logger.child({ component: 'ocpp' });
    const presence = new NatsStationPresence(this.nc, this.responder, this.config.CHARGEMESH_NAMESPACE, this.commands, logger);
    const { directory, events, audit, tokenAuthority, tokenRefs, transactionIds, passwords } = this;
    const server = new OcppServer(
      gatewaySettingsOf(this.config, this.instanceId),
      { directory, events, audit, tokenAuthority, tokenRefs, transactionIds, passwords },
      logger,
      presence,
    );
    this.server = server;
    this.notices = presence.listen(server);
    const http: HttpServer = this.adapterHost.httpAdapter.getHttpServer();
    http.on('upgrade', (request, socket, head) => server.handleUpgrade(request, socket, head, false));
    if (this.config.OCPP_TLS_PORT > 0) await this.listenTls(server);
  }

  private async listenTls(server: OcppServer): Promise<void> {
    const { OCPP_TLS_CERT_FILE, OCPP_TLS_KEY_FILE, OCPP_TLS_CLIENT_CA_FILE } = this.config;
    const tls = createHttpsServer(
      {
        cert: readFileSync(OCPP_TLS_CERT_FILE as string),
        key: readFileSync(OCPP_TLS_KEY_FILE as string),
        ...(OCPP_TLS_CLIENT_CA_FILE ? { ca: readFileSync(OCPP_TLS_CLIENT_CA_FILE), requestCert: true } : {}),
        // Profile 2 stations present no certificate: the authenticator decides per station, not the handshake.
        rejectUnauthorized: false,
        minVersion: 'TLSv1.2',
      },
      (_request, response) => response.writeHead(404).end(),
    );
    tls.on('upgrade', (request, socket, head) => server.handleUpgrade(request, socket, head, true));
    await new Promise<void>((resolve, reject) => tls.once('error', reject).listen(this.config.OCPP_TLS_PORT, () => resolve()));
    this.tlsServer = tls;
    this.logger.info({ port: this.tlsPort }, 'OCPP TLS listener (security profiles 2 and 3) is up');
  }

  async onModuleDestroy(): Promise<void> {
    this.notices?.unsubscribe();
    await this.server?.drain(Math.max(1_000, this.config.SHUTDOWN_GRACE_MS * 0.6));
    await new Promise<void>((resolve) => (this.tlsServer ? this.tlsServer.close(() => resolve()) : resolve()));
  }
}
