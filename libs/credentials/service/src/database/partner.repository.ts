import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { CodedError } from '@chargemesh/contracts/envelope';
import { CREDENTIALS_ERRORS, type PartnerEndpoint, type PartnerView } from '@chargemesh/contracts/credential';
import type { ClaimedParty, PartnerSnapshot } from '@chargemesh/credentials-domain';
import { DATA_SOURCE } from '@chargemesh/platform-runtime';
import { autoCommit, type Tx } from './transaction';

/** A partner row: the snapshot decisions use, plus what only this service may see (the sealed token). */
export interface PartnerRecord extends PartnerSnapshot {
  name?: string;
  versionsUrl?: string;
  version?: string;
  endpoints: PartnerEndpoint[];
  /** The token we send to the partner, sealed by TokenVault. */
  outgoingToken?: string;
  createdAt: Date;
  updatedAt: Date;
  registeredAt?: Date;
  lastSeenAt?: Date;
  lastCheckedAt?: Date;
}

interface PartnerRow {
  platform_id: string;
  name: string | null;
  status: PartnerRecord['status'];
  direction: PartnerRecord['direction'] | null;
  connection: PartnerRecord['connection'];
  versions_url: string | null;
  version: string | null;
  endpoints: PartnerEndpoint[];
  roles: PartnerRecord['roles'];
  outgoing_token: string | null;
  created_at: Date;
  updated_at: Date;
  registered_at: Date | null;
  last_seen_at: Date | null;
  last_checked_at: Date | null;
}

const toRecord = (row: PartnerRow): PartnerRecord => ({
  platformId: row.platform_id,
  ...(row.name ? { name: row.name } : {}),
  status: row.status,
  ...(row.direction ? { direction: row.direction } : {}),
  connection: row.connection,
  ...(row.versions_url ? { versionsUrl: row.versions_url } : {}),
  ...(row.version ? { version: row.version } : {}),
  endpoints: row.endpoints,
  roles: row.roles,
  ...(row.outgoing_token ? { outgoingToken: row.outgoing_token } : {}),
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  ...(row.registered_at ? { registeredAt: row.registered_at } : {}),
  ...(row.last_seen_at ? { lastSeenAt: row.last_seen_at } : {}),
  ...(row.last_checked_at ? { lastCheckedAt: row.last_checked_at } : {}),
});

/** What the admin API shows: everything but the token. */
export const partnerView = (record: PartnerRecord): PartnerView => ({
  platformId: record.platformId,
  ...(record.name ? { name: record.name } : {}),
  status: record.status,
  ...(record.direction ? { direction: record.direction } : {}),
  connection: record.connection,
  ...(record.versionsUrl ? { versionsUrl: record.versionsUrl } : {}),
  ...(record.version ? { version: record.version } : {}),
  endpoints: record.endpoints,
  roles: record.roles,
  createdAt: record.createdAt.toISOString(),
  updatedAt: record.updatedAt.toISOString(),
  ...(record.lastSeenAt ? { lastSeenAt: record.lastSeenAt.toISOString() } : {}),
});

export type PartnerPatch = Partial<Pick<PartnerRecord, 'status' | 'direction' | 'connection' | 'versionsUrl' | 'version' | 'endpoints' | 'roles' | 'registeredAt' | 'lastCheckedAt'>> & {
  /** null clears the token (unregistered, suspended). */
  outgoingToken?: string | null;
};

const COLUMNS: Record<keyof PartnerPatch, string> = {
  status: 'status',
  direction: 'direction',
  connection: 'connection',
  versionsUrl: 'versions_url',
  version: 'version',
  endpoints: 'endpoints',
  roles: 'roles',
  registeredAt: 'registered_at',
  lastCheckedAt: 'last_checked_at',
  outgoingToken: 'outgoing_token',
};

export type TokenKind = 'A' | 'B' | 'C';

@Injectable()
export class PartnerRepository {
  private readonly db: Tx;

  constructor(@Inject(DATA_SOURCE) dataSource: DataSource) {
    this.db = autoCommit(dataSource);
  }

  async find(platformId: string, tx: Tx = this.db): Promise<PartnerRecord | undefined> {
    const [row] = await tx.query<PartnerRow>('SELECT * FROM partners WHERE platform_id = $1', [platformId]);
    return row && toRecord(row);
  }

  async get(platformId: string, tx: Tx = this.db): Promise<PartnerRecord> {
    const found = await this.find(platformId, tx);
    if (!found) throw new CodedError(CREDENTIALS_ERRORS.partnerNotFound, `no partner platform ${platformId}`);
    return found;
  }

  /** Reads the partner and holds its row until the transaction ends: concurrent handshakes of one partner run one after the other. */
  async lock(tx: Tx, platformId: string): Promise<PartnerRecord> {
    const [row] = await tx.query<PartnerRow>('SELECT * FROM partners WHERE platform_id = $1 FOR UPDATE', [platformId]);
    if (!row) throw new CodedError(CREDENTIALS_ERRORS.partnerNotFound, `no partner platform ${platformId}`);
    return toRecord(row);
  }

  async insert(tx: Tx, partner: { platformId: string; name?: string; status: 'PENDING' | 'REGISTERING'; versionsUrl?: string; outgoingToken?: string }): Promise<void> {
    await tx.query('INSERT INTO partners (platform_id, name, status, versions_url, outgoing_token) VALUES ($1, $2, $3, $4, $5)', [
      partner.platformId,
      partner.name ?? null,
      partner.status,
      partner.versionsUrl ?? null,
      partner.outgoingToken ?? null,
    ]);
  }

  async update(tx: Tx, platformId: string, patch: PartnerPatch): Promise<PartnerRecord> {
    const entries = Object.entries(patch).filter(([, value]) => value !== undefined) as [keyof PartnerPatch, unknown][];
    const assignments = entries.map(([key], index) => `${COLUMNS[key]} = $${index + 2}`);
    const values = entries.map(([key, value]) => (key === 'endpoints' || key === 'roles' ? JSON.stringify(value) : value));
    const [row] = await tx.query<PartnerRow>(`UPDATE partners SET ${[...assignments, 'updated_at = now()'].join(', ')} WHERE platform_id = $1 RETURNING *`, [platformId, ...values]);
    return toRecord(row);
  }

  async remove(tx: Tx, platformId: string): Promise<void> {
    await tx.query('DELETE FROM partners WHERE platform_id = $1', [platformId]);
  }

  /** Replaces every token the partner may present with these (an empty list locks it out). */
  async setAcceptedTokens(tx: Tx, platformId: string, tokens: { hash: string; kind: TokenKind }[]): Promise<void> {
    await tx.query('DELETE FROM accepted_tokens WHERE platform_id = $1', [platformId]);
    for (const token of tokens) await this.addAcceptedToken(tx, platformId, token.hash, token.kind);
  }

  async addAcceptedToken(tx: Tx, platformId: string, hash: string, kind: TokenKind): Promise<void> {
    await tx.query('INSERT INTO accepted_tokens (token_hash, platform_id, kind) VALUES ($1, $2, $3)', [hash, platformId, kind]);
  }

  async removeAcceptedToken(tx: Tx, hash: string): Promise<void> {
    await tx.query('DELETE FROM accepted_tokens WHERE token_hash = $1', [hash]);
  }

  async acceptedTokenKind(platformId: string, tx: Tx = this.db): Promise<TokenKind | undefined> {
    const [row] = await tx.query<{ kind: TokenKind }>('SELECT kind FROM accepted_tokens WHERE platform_id = $1 ORDER BY created_at DESC LIMIT 1', [platformId]);
    return row?.kind;
  }

  /** The partner a token digest belongs to, if that partner may still present tokens. */
  async findByTokenHash(hash: string): Promise<{ partner: PartnerRecord; kind: TokenKind } | undefined> {
    const [row] = await this.db.query<PartnerRow & { kind: TokenKind }>(
      `SELECT p.*, t.kind FROM accepted_tokens t JOIN partners p ON p.platform_id = t.platform_id
        WHERE t.token_hash = $1 AND p.status IN ('PENDING', 'REGISTERING', 'REGISTERED')`,
      [hash],
    );
    return row && { partner: toRecord(row), kind: row.kind };
  }

  async list(): Promise<PartnerRecord[]> {
    return (await this.db.query<PartnerRow>('SELECT * FROM partners ORDER BY created_at, platform_id')).map(toRecord);
  }

  async listRegistered(): Promise<PartnerRecord[]> {
    return (await this.db.query<PartnerRow>("SELECT * FROM partners WHERE status = 'REGISTERED' ORDER BY platform_id")).map(toRecord);
  }

  /** Serialises changes of roles across partners, so that two partners can never claim one party at the same time. */
  async lockPartyClaims(tx: Tx): Promise<void> {
    await tx.query("SELECT pg_advisory_xact_lock(hashtextextended('credentials:party-claims', 0))");
  }

  /** Parties in the roles of every other registered partner. */
  async claimedParties(exceptPlatformId?: string, tx: Tx = this.db): Promise<ClaimedParty[]> {
    const rows = await tx.query<{ platform_id: string; country_code: string; party_id: string; role: string }>(
      `SELECT p.platform_id, r->>'countryCode' AS country_code, r->>'partyId' AS party_id, r->>'role' AS role
         FROM partners p, jsonb_array_elements(p.roles) r
        WHERE p.status = 'REGISTERED' AND p.platform_id IS DISTINCT FROM $1`,
      [exceptPlatformId ?? null],
    );
    return rows.map((row) => ({ platformId: row.platform_id, countryCode: row.country_code, partyId: row.party_id, role: row.role }));
  }

  /** Notes that these partners were just heard from. */
  async touch(platformIds: readonly string[]): Promise<void> {
    if (platformIds.length) await this.db.query('UPDATE partners SET last_seen_at = now() WHERE platform_id = ANY($1::uuid[])', [platformIds]);
  }
}
