import { randomBytes, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import type { OcpiTokenType } from '@chargemesh/contracts/token';
import { uidKey } from '@chargemesh/directory-domain';
import { DATA_SOURCE } from '@chargemesh/platform-runtime';
import type { PartyRef } from '@chargemesh/protocol-ocpi';

/** `received`: a token an eMSP gave a CPO hosted here (holder = the CPO); `own`: a token of an eMSP hosted here (holder = owner). */
export type TokenScope = 'received' | 'own';

export interface TokenIdentity {
  ref: string;
  scope: TokenScope;
  holder: PartyRef;
  owner: PartyRef;
  type: OcpiTokenType;
}

const upper = (party: PartyRef) => [party.countryCode.toUpperCase(), party.partyId.toUpperCase()];

/** Token references and their keys (table `token_identities`): the erasable side of the TOKEN stream. */
@Injectable()
export class TokenVault {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  /** The reference of a token as `holder` holds it, made (with a new key) the first time; concurrent callers get the same one. */
  async identify(scope: TokenScope, holder: PartyRef, owner: PartyRef, uid: string, type: OcpiTokenType): Promise<{ ref: string; key: Buffer }> {
    const key = [scope, ...upper(holder), ...upper(owner), uidKey(uid), type];
    await this.dataSource.query(
      `INSERT INTO token_identities (ref, scope, holder_cc, holder_pid, owner_cc, owner_pid, uid_key, type, data_key) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT (scope, holder_cc, holder_pid, owner_cc, owner_pid, uid_key, type) DO NOTHING`,
      [randomUUID(), ...key, randomBytes(32)],
    );
    const found = await this.find(scope, holder, owner, uid, type);
    if (!found) throw new Error('a token identity vanished while it was made');
    return found;
  }

  async find(scope: TokenScope, holder: PartyRef, owner: PartyRef, uid: string, type: OcpiTokenType): Promise<{ ref: string; key: Buffer } | undefined> {
    const [row]: { ref: string; data_key: Buffer }[] = await this.dataSource.query(
      'SELECT ref, data_key FROM token_identities WHERE scope = $1 AND holder_cc = $2 AND holder_pid = $3 AND owner_cc = $4 AND owner_pid = $5 AND uid_key = $6 AND type = $7',
      [scope, ...upper(holder), ...upper(owner), uidKey(uid), type],
    );
    return row && { ref: row.ref, key: row.data_key };
  }

  /** Every copy held here of a token of `owner` (any holder, any type unless given). */
  async identitiesOf(owner: PartyRef, uid: string, type?: OcpiTokenType): Promise<TokenIdentity[]> {
    const rows: { ref: string; scope: TokenScope; holder_cc: string; holder_pid: string; owner_cc: string; owner_pid: string; type: OcpiTokenType }[] = await this.dataSource.query(
      `SELECT ref, scope, holder_cc, holder_pid, owner_cc, owner_pid, type FROM token_identities WHERE owner_cc = $1 AND owner_pid = $2 AND uid_key = $3 ${type ? 'AND type = $4' : ''}`,
      [...upper(owner), uidKey(uid), ...(type ? [type] : [])],
    );
    return rows.map((row) => ({ ref: row.ref, scope: row.scope, holder: { countryCode: row.holder_cc, partyId: row.holder_pid }, owner: { countryCode: row.owner_cc, partyId: row.owner_pid }, type: row.type }));
  }

  /** Destroys the keys (and uids) of these references. */
  async erase(refs: string[]): Promise<void> {
    if (refs.length) await this.dataSource.query('DELETE FROM token_identities WHERE ref = ANY($1::uuid[])', [refs]);
  }
}
