import { Injectable } from '@nestjs/common';
import { CodedError } from '@chargemesh/contracts/envelope';
import { CREDENTIALS_ERRORS, type PartnerToken } from '@chargemesh/contracts/credential';
import { PartnerRepository } from '../../database/partner.repository';
import { TokenVault } from '../../secrets/token-secrets';

/**
 * The token to present to a registered partner, for the services that send it messages (the
 * directory hands it out with a resolved route). Never exposed over HTTP.
 */
@Injectable()
export class GetPartnerTokenQueryHandler {
  constructor(
    private readonly partners: PartnerRepository,
    private readonly vault: TokenVault,
  ) {}

  async execute(request: { platformId: string }): Promise<PartnerToken> {
    const partner = await this.partners.get(request.platformId);
    if (partner.status !== 'REGISTERED' || !partner.outgoingToken) {
      throw new CodedError(CREDENTIALS_ERRORS.invalidState, `partner ${partner.platformId} is ${partner.status}: there is no token to send it`);
    }
    return { platformId: partner.platformId, token: this.vault.decrypt(partner.platformId, partner.outgoingToken), encoding: 'base64' };
  }
}
