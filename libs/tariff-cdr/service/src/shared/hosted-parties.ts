import { Inject, Injectable } from '@nestjs/common';
import { CodedError, commandSubject } from '@chargemesh/contracts/envelope';
import { DIRECTORY_ACTIONS, DIRECTORY_SERVICE, type PartyView } from '@chargemesh/contracts/party';
import { type PartyRef, TARIFF_CDR_ERRORS } from '@chargemesh/contracts/tariff';
import { describeParty } from '@chargemesh/tariff-cdr-domain';
import { type NatsRequester, RemoteError } from '@chargemesh/platform-messaging';
import { NATS_REQUESTER, SERVICE_CONFIG } from '@chargemesh/platform-runtime';
import type { TariffCdrConfig } from '../tariff-cdr.config';

/** Asks the directory whether a party is hosted here with a role (tariffs are only kept for hosted CPOs). */
@Injectable()
export class HostedParties {
  constructor(
    @Inject(NATS_REQUESTER) private readonly requester: NatsRequester,
    @Inject(SERVICE_CONFIG) private readonly config: TariffCdrConfig,
  ) {}

  async assertCpo(party: PartyRef): Promise<PartyRef> {
    let view: PartyView | undefined;
    try {
      view = await this.requester.request<PartyView>(commandSubject(this.config.CHARGEMESH_NAMESPACE, DIRECTORY_SERVICE, DIRECTORY_ACTIONS.getParty), party);
    } catch (error) {
      if (!(error instanceof RemoteError && error.code === 'PARTY.NOT_FOUND')) throw error;
    }
    if (!view?.roles.some((role) => role.role === 'CPO')) throw new CodedError(TARIFF_CDR_ERRORS.notHostedCpo, `${describeParty(party)} is not a CPO hosted here`);
    return { countryCode: view.countryCode, partyId: view.partyId };
  }
}
