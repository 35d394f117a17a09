import { Injectable } from '@nestjs/common';
import { CodedError } from '@chargemesh/contracts/envelope';
import { type GetPartyRequest, PARTY_ERRORS, type PartyView } from '@chargemesh/contracts/party';
import { PartyReadModel } from '../party-read-model';

@Injectable()
export class GetPartyQueryHandler {
  constructor(private readonly parties: PartyReadModel) {}

  async execute(request: GetPartyRequest): Promise<PartyView> {
    const party = await this.parties.find(request.countryCode, request.partyId);
    if (!party) throw new CodedError(PARTY_ERRORS.notFound, `no party ${request.countryCode.toUpperCase()}*${request.partyId.toUpperCase()} is hosted here`);
    return party;
  }
}
