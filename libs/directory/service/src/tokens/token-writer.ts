import { Injectable } from '@nestjs/common';
import { pending, STREAMS } from '@chargemesh/contracts/envelope';
import { type OcpiTokenType, OWN_TOKEN_AGGREGATE, OwnTokenSavedV1, RECEIVED_TOKEN_AGGREGATE, ReceivedTokenUpdatedV1 } from '@chargemesh/contracts/token';
import { splitToken, type TokenDecision } from '@chargemesh/directory-domain';
import { normalizeParty, type PartyRef, type Token } from '@chargemesh/protocol-ocpi';
import { ProjectedAggregates } from '../locations/shared/projected-aggregate';
import { OWN_TOKENS_PROJECTION } from './projections/own-tokens.projection';
import { RECEIVED_TOKENS_PROJECTION } from './projections/received-tokens.projection';
import { TokenReadModel } from './token-read-model';
import { sealPersonalData } from './token-sealing';
import { type TokenScope, TokenVault } from './token-vault';

export interface TokenWrite {
  holder: PartyRef;
  owner: PartyRef;
  uid: string;
  type: OcpiTokenType;
  decide: (current: Token | undefined) => TokenDecision;
  correlationId?: string;
}

/**
 * Stores a token decision as an event with the personal fields sealed by the token's key. The
 * reference (and key) is made only for a token that is actually stored, so refused pushes leave no
 * uid behind.
 */
@Injectable()
export class TokenWriter {
  constructor(
    private readonly vault: TokenVault,
    private readonly tokens: TokenReadModel,
    private readonly aggregates: ProjectedAggregates,
  ) {}

  received(write: TokenWrite, source: 'PUT' | 'PATCH' | 'COMMAND'): Promise<{ ref?: string; created: boolean }> {
    return this.write('received', write, (ref, key, token) =>
      pending(ReceivedTokenUpdatedV1, { ref, receiver: normalizeParty(write.holder), owner: normalizeParty(write.owner), type: write.type, source, ...this.sealed(ref, key, token) }),
    );
  }

  own(write: TokenWrite): Promise<{ ref?: string; created: boolean }> {
    return this.write('own', write, (ref, key, token) => pending(OwnTokenSavedV1, { ref, owner: normalizeParty(write.owner), type: write.type, ...this.sealed(ref, key, token) }));
  }

  private async write(scope: TokenScope, write: TokenWrite, event: (ref: string, key: Buffer, token: Token) => ReturnType<typeof pending>): Promise<{ ref?: string; created: boolean }> {
    let identity = await this.vault.find(scope, write.holder, write.owner, write.uid, write.type);
    if (!identity) {
      // Validate before a reference exists: a refused or empty change stores nothing at all.
      const first = write.decide(undefined);
      if (first.kind !== 'store') return { created: false };
      identity = await this.vault.identify(scope, write.holder, write.owner, write.uid, write.type);
    }
    const { ref, key } = identity;
    let decision: TokenDecision = { kind: 'unchanged', created: false };
    await this.aggregates.execute({
      ref: { stream: STREAMS.TOKEN, aggregate: scope === 'own' ? OWN_TOKEN_AGGREGATE : RECEIVED_TOKEN_AGGREGATE, id: ref },
      projection: scope === 'own' ? OWN_TOKENS_PROJECTION : RECEIVED_TOKENS_PROJECTION,
      read: () => (scope === 'own' ? this.tokens.ownState(ref) : this.tokens.receivedState(ref)),
      decide: (current) => {
        decision = write.decide(current);
        return decision.kind === 'store' ? [event(ref, key, decision.token)] : [];
      },
      ...(write.correlationId ? { correlationId: write.correlationId } : {}),
    });
    return { ref, created: decision.created };
  }

  private sealed(ref: string, key: Buffer, token: Token) {
    const { fields, personal } = splitToken(token);
    return { token: fields, sealed: sealPersonalData(key, ref, personal) };
  }
}
