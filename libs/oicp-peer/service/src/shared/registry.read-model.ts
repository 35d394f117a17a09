import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import type { IdentityView, PeerConfiguration } from '@chargemesh/contracts/oicp';
import type { OwnIds, PeerRoute } from '@chargemesh/oicp-peer-domain';
import { DATA_SOURCE, ProjectionHost } from '@chargemesh/platform-runtime';

export interface RegistrySnapshot {
  identities: IdentityView[];
  peers: PeerConfiguration[];
  own: OwnIds;
}

interface IdentityRow {
  country_code: string;
  party_id: string;
  operator_id: string | null;
  operator_name: string | null;
  provider_id: string | null;
}

const toIdentity = (row: IdentityRow): IdentityView => ({
  countryCode: row.country_code,
  partyId: row.party_id,
  ...(row.operator_id ? { operatorId: row.operator_id, operatorName: row.operator_name ?? undefined } : {}),
  ...(row.provider_id ? { providerId: row.provider_id } : {}),
});

export const asRoute = (peer: PeerConfiguration): PeerRoute => peer;

/**
 * Reads identities and peers from the registry projection; every routing decision and every inbound
 * request starts here. While this instance applies the projection, the snapshot is kept in memory until
 * the projection moves on; an instance that stands by reads it every time.
 */
@Injectable()
export class RegistryReadModel {
  private cached?: { seq: number; snapshot: Promise<RegistrySnapshot> };

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly projections: ProjectionHost,
  ) {}

  snapshot(): Promise<RegistrySnapshot> {
    const status = this.projections.runner('registry').status();
    if (status.role !== 'active') return this.read();
    if (this.cached?.seq !== status.lastSeq) {
      const snapshot = this.read();
      this.cached = { seq: status.lastSeq, snapshot };
      snapshot.catch(() => (this.cached = undefined));
    }
    return this.cached.snapshot;
  }

  async peer(peerId: string): Promise<PeerConfiguration | undefined> {
    return (await this.snapshot()).peers.find((peer) => peer.peerId === peerId);
  }

  private async read(): Promise<RegistrySnapshot> {
    const [identityRows, peerRows] = await Promise.all([
      this.dataSource.query<IdentityRow[]>('SELECT * FROM identities ORDER BY country_code, party_id'),
      this.dataSource.query<{ configuration: PeerConfiguration }[]>('SELECT configuration FROM peers ORDER BY peer_id'),
    ]);
    const identities = identityRows.map(toIdentity);
    return {
      identities,
      peers: peerRows.map((row) => row.configuration),
      own: {
        operatorIds: identities.flatMap((identity) => (identity.operatorId ? [identity.operatorId] : [])),
        providerIds: identities.flatMap((identity) => (identity.providerId ? [identity.providerId] : [])),
      },
    };
  }
}
