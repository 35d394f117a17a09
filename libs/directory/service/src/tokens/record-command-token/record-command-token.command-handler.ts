import { Inject, Injectable } from '@nestjs/common';
import { CodedError, STREAMS } from '@chargemesh/contracts/envelope';
import { RECEIVED_TOKEN_AGGREGATE, type RecordCommandTokenRequest, TOKEN_ERRORS, TokenAuthorizedV1 } from '@chargemesh/contracts/token';
import { decideCommandToken } from '@chargemesh/directory-domain';
import type { EventStore } from '@chargemesh/platform-messaging';
import { EVENT_STORE, ProjectionHost } from '@chargemesh/platform-runtime';
import { normalizeParty, tokenTypeSchema } from '@chargemesh/protocol-ocpi';
import { RECEIVED_TOKENS_PROJECTION } from '../projections/received-tokens.projection';
import { TokenVault } from '../token-vault';
import { TokenWriter } from '../token-writer';

/**
 * The Token of a START_SESSION or RESERVE_NOW a hosted CPO accepted: kept like a pushed one (the
 * Session and CDR need it, and the eMSP need not have pushed it), with the command as its
 * authorisation, so that the station's own check of it is answered without asking the eMSP again.
 */
@Injectable()
export class RecordCommandTokenCommandHandler {
  constructor(
    private readonly writer: TokenWriter,
    private readonly vault: TokenVault,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly projections: ProjectionHost,
  ) {}

  async execute(request: RecordCommandTokenRequest): Promise<{ ref: string }> {
    const uid = typeof request.token['uid'] === 'string' ? request.token['uid'] : '';
    const type = tokenTypeSchema.safeParse(request.token['type']);
    if (!uid || !type.success) throw new CodedError(TOKEN_ERRORS.invalid, 'token: uid and type are required');
    const cpo = normalizeParty(request.cpo);
    const emsp = normalizeParty(request.emsp);
    // Validates the token and its owner; stores it unless what is held is newer.
    await this.writer.received({ holder: cpo, owner: emsp, uid, type: type.data, decide: (current) => decideCommandToken(current, emsp, request.token) }, 'COMMAND');
    const { ref } = await this.vault.identify('received', cpo, emsp, uid, type.data);
    const { seq } = await this.store.append({ stream: STREAMS.TOKEN, aggregate: RECEIVED_TOKEN_AGGREGATE, id: ref }, TokenAuthorizedV1, {
      ref,
      cpo,
      source: 'COMMAND',
      allowed: 'ALLOWED',
      ...(request.stationId ? { stationId: request.stationId } : {}),
      locationId: request.locationId,
      ...(request.authorizationReference ? { authorizationReference: request.authorizationReference } : {}),
    });
    await this.projections.runner(RECEIVED_TOKENS_PROJECTION).waitFor(seq, 2_000);
    return { ref };
  }
}
