import { type BeforeApplicationShutdown, Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { DATA_SOURCE, LOGGER, SERVICE_CONFIG } from '@chargemesh/platform-runtime';
import type { Token } from '@chargemesh/protocol-ocpi';
import type { DirectoryConfig } from '../../directory.config';
import { OcpiOutboundClient } from '../../locations/shared/ocpi-outbound.client';
import { OcpiPushQueue } from '../../locations/shared/ocpi-push-queue';
import { PartyRoles } from '../../locations/shared/party-roles';
import { ListConnectedPartiesQueryHandler } from '../../routing/queries/list-connected-parties/list-connected-parties.query-handler';
import { LeaderLoop, PostgresLeaderLock } from '@chargemesh/platform-persistence';

/**
 * Pushes hosted eMSPs' tokens to every connected CPO (PUT, mod_tokens_push_model), so that their
 * stations can authorise them: in order, at least once, one instance at a time; a CPO new to an
 * eMSP first gets all its tokens.
 */
@Injectable()
export class TokenPusher implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly loop: LeaderLoop;

  constructor(
    outbound: OcpiOutboundClient,
    roles: PartyRoles,
    connected: ListConnectedPartiesQueryHandler,
    @Inject(DATA_SOURCE) dataSource: DataSource,
    @Inject(SERVICE_CONFIG) config: DirectoryConfig,
    @Inject(LOGGER) logger: Logger,
  ) {
    const queue = new OcpiPushQueue(
      {
        module: 'tokens',
        outbox: 'token_pushes',
        sourceRole: 'EMSP',
        targetRoles: ['CPO'],
        async snapshot(manager, source) {
          const [{ head }]: { head: string }[] = await manager.query('SELECT COALESCE(max(seq), 0) AS head FROM token_pushes WHERE source_cc = $1 AND source_pid = $2', [source.countryCode, source.partyId]);
          const rows: { object: Token }[] = await manager.query('SELECT object FROM own_tokens WHERE owner_cc = $1 AND owner_pid = $2 ORDER BY created_seq', [source.countryCode, source.partyId]);
          return { head: Number(head), pushes: rows.map(({ object }) => ({ method: 'PUT' as const, path: [object.country_code, object.party_id, object.uid], query: { type: object.type }, body: object })) };
        },
      },
      { dataSource, outbound, logger, retentionMs: config.OCPI_PUSH_RETENTION_MS, retryBaseMs: config.OCPI_PUSH_INTERVAL_MS, sources: () => roles.hostedWithRole('EMSP'), targets: () => connected.execute({}) },
    );
    this.loop = new LeaderLoop(new PostgresLeaderLock(dataSource, 'directory:token-pushes'), config.OCPI_PUSH_INTERVAL_MS, () => queue.deliverAll(), (error) => logger.warn({ err: error }, 'token pushes failed; will retry'));
  }

  onApplicationBootstrap(): void {
    this.loop.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.loop.stop();
  }

  poke(): void {
    this.loop.poke();
  }
}
