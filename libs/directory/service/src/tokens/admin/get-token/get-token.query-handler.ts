import { Injectable } from '@nestjs/common';
import { CodedError } from '@chargemesh/contracts/envelope';
import { type GetTokenRequest, TOKEN_ERRORS } from '@chargemesh/contracts/token';
import type { Token } from '@chargemesh/protocol-ocpi';
import { TokenReadModel } from '../../token-read-model';

/** Admin: one token of a hosted eMSP. */
@Injectable()
export class GetTokenQueryHandler {
  constructor(private readonly tokens: TokenReadModel) {}

  async execute(request: GetTokenRequest): Promise<Token> {
    const held = await this.tokens.own(request, request.uid, request.type);
    if (!held) throw new CodedError(TOKEN_ERRORS.notFound, `${request.countryCode.toUpperCase()}*${request.partyId.toUpperCase()} has no token ${request.uid} (${request.type})`);
    return held.token;
  }
}
