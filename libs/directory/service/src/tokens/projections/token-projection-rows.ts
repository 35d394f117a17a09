import type { OcpiTokenType, TokenPublicFields } from '@chargemesh/contracts/token';
import { joinToken } from '@chargemesh/directory-domain';
import { PermanentProjectionError, type ProjectionDb } from '@chargemesh/platform-messaging';
import type { PartyRef, Token } from '@chargemesh/protocol-ocpi';
import { openPersonalData } from '../token-sealing';

/**
 * The Token of an event, its personal fields opened with the token's key; undefined once the key
 * is gone (the token was erased: a rebuilt projection must not bring it back).
 */
export async function openToken(db: ProjectionDb, ref: string, owner: PartyRef, type: OcpiTokenType, fields: TokenPublicFields, sealed: string): Promise<Token | undefined> {
  const [row] = await db.query<{ data_key: Buffer }>('SELECT data_key FROM token_identities WHERE ref = $1', [ref]);
  if (!row) return undefined;
  try {
    return joinToken(owner, type, fields, openPersonalData(row.data_key, ref, sealed));
  } catch (error) {
    throw new PermanentProjectionError(`token ${ref}: ${(error as Error).message}`);
  }
}
