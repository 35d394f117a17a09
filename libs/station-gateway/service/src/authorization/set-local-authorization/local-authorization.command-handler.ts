import { Inject, Injectable } from '@nestjs/common';
import { STREAMS } from '@chargemesh/contracts/envelope';
import {
  LOCAL_AUTHORIZATION_AGGREGATE,
  LocalAuthorizationRemovedV1,
  LocalAuthorizationSetV1,
  type SetLocalAuthorizationRequest,
  type TokenRef,
} from '@chargemesh/contracts/station';
import type { EventStore } from '@chargemesh/platform-messaging';
import { EVENT_STORE, ProjectionHost } from '@chargemesh/platform-runtime';
import { localAuthorizationsProjection } from '../../projections/local-authorizations.projection';
import { PostgresTokenRefs } from '../token-refs';

const entryRef = (token: TokenRef) => ({ stream: STREAMS.STATION, aggregate: LOCAL_AUTHORIZATION_AGGREGATE, id: token.ref });

/**
 * Maintains the gateway's local authorisation list, which answers Authorize when no token
 * authority does. Entries are events keyed by token reference; the token value stays in id_tokens.
 */
@Injectable()
export class LocalAuthorizationCommandHandler {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly tokenRefs: PostgresTokenRefs,
    private readonly projections: ProjectionHost,
  ) {}

  async set(request: SetLocalAuthorizationRequest): Promise<{ token: TokenRef; status: string }> {
    const token = await this.tokenRefs.refOf(request.idToken);
    const groupToken = request.groupIdToken ? await this.tokenRefs.refOf(request.groupIdToken) : undefined;
    const { seq } = await this.store.append(entryRef(token), LocalAuthorizationSetV1, {
      token,
      status: request.status,
      ...(request.expiresAt ? { expiresAt: request.expiresAt } : {}),
      ...(groupToken ? { groupToken } : {}),
    });
    await this.projections.runner(localAuthorizationsProjection.name).waitFor(seq, 5_000);
    return { token, status: request.status };
  }

  async remove(idToken: { value: string; type?: string }): Promise<{ token: TokenRef; removed: true }> {
    const token = await this.tokenRefs.refOf(idToken);
    const { seq } = await this.store.append(entryRef(token), LocalAuthorizationRemovedV1, { token });
    await this.projections.runner(localAuthorizationsProjection.name).waitFor(seq, 5_000);
    return { token, removed: true };
  }
}
