import { Inject, Injectable } from '@nestjs/common';
import { STREAMS } from '@chargemesh/contracts/envelope';
import { OWN_TOKEN_AGGREGATE, RECEIVED_TOKEN_AGGREGATE, TokenPersonalDataErasedV1 } from '@chargemesh/contracts/token';
import type { z } from 'zod';
import type { eraseTokenPersonalDataRequestSchema } from '@chargemesh/contracts/token';
import type { EventStore } from '@chargemesh/platform-messaging';
import { EVENT_STORE, ProjectionHost } from '@chargemesh/platform-runtime';
import { OWN_TOKENS_PROJECTION } from '../../projections/own-tokens.projection';
import { RECEIVED_TOKENS_PROJECTION } from '../../projections/received-tokens.projection';
import { TokenVault } from '../../token-vault';

/**
 * GDPR erasure of a token: for every copy held here (a hosted eMSP's own, and what each hosted CPO
 * received), TokenPersonalDataErased makes the projections drop it and its queued pushes; then its
 * key and uid are deleted, so its earlier events, which the stream keeps, can no longer be read.
 */
@Injectable()
export class EraseTokenCommandHandler {
  constructor(
    private readonly vault: TokenVault,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly projections: ProjectionHost,
  ) {}

  async execute(request: z.infer<typeof eraseTokenPersonalDataRequestSchema>): Promise<{ erased: number }> {
    const identities = await this.vault.identitiesOf(request.owner, request.uid, request.type);
    for (const identity of identities) {
      const own = identity.scope === 'own';
      const { seq } = await this.store.append({ stream: STREAMS.TOKEN, aggregate: own ? OWN_TOKEN_AGGREGATE : RECEIVED_TOKEN_AGGREGATE, id: identity.ref }, TokenPersonalDataErasedV1, { ref: identity.ref });
      await this.projections.runner(own ? OWN_TOKENS_PROJECTION : RECEIVED_TOKENS_PROJECTION).waitFor(seq, 5_000);
    }
    await this.vault.erase(identities.map((identity) => identity.ref));
    return { erased: identities.length };
  }
}
