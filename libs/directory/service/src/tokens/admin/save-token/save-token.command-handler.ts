import { Injectable } from '@nestjs/common';
import { CodedError } from '@chargemesh/contracts/envelope';
import { type SaveTokenRequest, TOKEN_ERRORS } from '@chargemesh/contracts/token';
import { decideSaveOwnToken } from '@chargemesh/directory-domain';
import type { Token } from '@chargemesh/protocol-ocpi';
import { PartyRoles } from '../../../locations/shared/party-roles';
import { TokenPusher } from '../../push/token-pusher';
import { TokenReadModel } from '../../token-read-model';
import { TokenWriter } from '../../token-writer';

/** Admin: create or replace a token of a hosted eMSP; CPOs get it pushed afterwards. */
@Injectable()
export class SaveTokenCommandHandler {
  constructor(
    private readonly writer: TokenWriter,
    private readonly tokens: TokenReadModel,
    private readonly roles: PartyRoles,
    private readonly pusher: TokenPusher,
  ) {}

  async execute(request: SaveTokenRequest, context: { correlationId?: string } = {}): Promise<Token> {
    const owner = { countryCode: request.countryCode.toUpperCase(), partyId: request.partyId.toUpperCase() };
    if (!(await this.roles.isHostedAs(owner, ['EMSP']))) throw new CodedError(TOKEN_ERRORS.notHostedEmsp, `${owner.countryCode}*${owner.partyId} is not hosted here as an eMSP`);
    const now = new Date();
    await this.writer.own({
      holder: owner,
      owner,
      uid: request.uid,
      type: request.type,
      decide: (current) => decideSaveOwnToken(current, owner, request.uid, request.type, request.token, now),
      ...(context.correlationId ? { correlationId: context.correlationId } : {}),
    });
    this.pusher.poke();
    const held = await this.tokens.own(owner, request.uid, request.type);
    if (!held) throw new CodedError(TOKEN_ERRORS.notFound, `token ${request.uid} could not be read back`);
    return held.token;
  }
}
