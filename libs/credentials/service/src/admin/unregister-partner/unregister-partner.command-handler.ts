import { Injectable } from '@nestjs/common';
import type { UnregisterResult } from '@chargemesh/contracts/credential';
import { assertCanChangeRegistration } from '@chargemesh/credentials-domain';
import { PartnerRepository, partnerView } from '../../database/partner.repository';
import { PartnerApiClient } from '../../partner-api/partner-api.client';
import { TokenVault } from '../../secrets/token-secrets';
import { PartnerLifecycle } from '../../shared/partner-lifecycle';

/**
 * Unregisters from our side: DELETE on the partner's credentials endpoint, then the link ends
 * here. The admin asked to end it, so it ends even when the partner cannot be told; the answer
 * says whether the partner acknowledged.
 */
@Injectable()
export class UnregisterPartnerCommandHandler {
  constructor(
    private readonly partners: PartnerRepository,
    private readonly api: PartnerApiClient,
    private readonly vault: TokenVault,
    private readonly lifecycle: PartnerLifecycle,
  ) {}

  async execute(request: { platformId: string }): Promise<UnregisterResult> {
    const partner = await this.partners.get(request.platformId);
    assertCanChangeRegistration(partner, 'unregister');
    const credentialsEndpoint = partner.endpoints.find((endpoint) => endpoint.identifier === 'credentials');
    let problem: string | undefined;
    try {
      if (!credentialsEndpoint || !partner.outgoingToken) throw new Error('the partner has no credentials endpoint');
      await this.api.deleteCredentials(credentialsEndpoint.url, this.vault.decrypt(partner.platformId, partner.outgoingToken));
    } catch (error) {
      problem = (error as Error).message;
    }
    const updated = await this.lifecycle.unregister(partner.platformId, 'PLATFORM', (locked) => assertCanChangeRegistration(locked, 'unregister'));
    return { partner: partnerView(updated), partnerNotified: problem === undefined, ...(problem ? { problem } : {}) };
  }
}
