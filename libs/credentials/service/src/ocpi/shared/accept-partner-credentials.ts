import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { PartnerCredentialsUpdatedV1, PartnerRegisteredV1 } from '@chargemesh/contracts/credential';
import { assertAcceptsRegistration, assertPartyClaimsAllowed, assertRegistered, parsePartnerCredentials, partnerRolesOf, type PartnerSnapshot } from '@chargemesh/credentials-domain';
import type { Credentials } from '@chargemesh/protocol-ocpi';
import { DATA_SOURCE } from '@chargemesh/platform-runtime';
import { PartnerRepository } from '../../database/partner.repository';
import { inTransaction } from '../../database/transaction';
import { addToOutbox } from '../../outbox/outbox.writer';
import { PartnerDiscovery } from '../../partner-api/partner-discovery';
import { generateToken, hashToken, TokenVault } from '../../secrets/token-secrets';
import { OwnCredentials } from '../../shared/own-credentials';
import { PartnerChanges } from '../../shared/partner-changes';

/**
 * A partner's POST (register) or PUT (update) on our credentials endpoint. Before answering we
 * read its versions and details with the token it sent (credentials_registration); only then are
 * its endpoints, roles and token stored and our new token issued, in one transaction that also
 * drops the token it used (token A after a POST, the previous one after a PUT). When anything
 * fails nothing changes: the partner keeps the tokens it had.
 */
@Injectable()
export class AcceptPartnerCredentials {
  constructor(
    private readonly partners: PartnerRepository,
    private readonly discovery: PartnerDiscovery,
    private readonly vault: TokenVault,
    private readonly own: OwnCredentials,
    private readonly changes: PartnerChanges,
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
  ) {}

  async accept(platformId: string, input: unknown, method: 'POST' | 'PUT', correlationId?: string): Promise<Credentials> {
    const check = (partner: PartnerSnapshot) => (method === 'POST' ? assertAcceptsRegistration(partner) : assertRegistered(partner, 'PUT'));
    check(await this.partners.get(platformId));
    const theirs = parsePartnerCredentials(input);
    const roles = partnerRolesOf(theirs);
    const ours = await this.own.load();
    assertPartyClaimsAllowed(roles, ours.hosted, await this.partners.claimedParties(platformId));
    const { version, endpoints } = await this.discovery.discover(theirs.url, theirs.token);
    const ourToken = generateToken();
    const sealed = this.vault.encrypt(platformId, theirs.token);
    await inTransaction(this.dataSource, async (tx) => {
      await this.partners.lockPartyClaims(tx);
      const partner = await this.partners.lock(tx, platformId);
      check(partner); // a concurrent request of the same partner may have won while we were reading its API
      assertPartyClaimsAllowed(roles, ours.hosted, await this.partners.claimedParties(platformId, tx));
      await this.partners.update(tx, platformId, {
        status: 'REGISTERED',
        connection: 'CONNECTED',
        versionsUrl: theirs.url,
        version,
        endpoints,
        roles,
        outgoingToken: sealed,
        ...(method === 'POST' ? { direction: 'INBOUND' as const, registeredAt: new Date() } : {}),
      });
      await this.partners.setAcceptedTokens(tx, platformId, [{ hash: hashToken(ourToken), kind: 'C' }]);
      if (method === 'POST') {
        await addToOutbox(tx, PartnerRegisteredV1, platformId, { platformId, ...(partner.name ? { name: partner.name } : {}), direction: 'INBOUND', versionsUrl: theirs.url, version, endpoints, roles }, correlationId);
      } else {
        await addToOutbox(tx, PartnerCredentialsUpdatedV1, platformId, { platformId, initiatedBy: 'PARTNER', versionsUrl: theirs.url, version, endpoints, roles }, correlationId);
      }
    });
    this.changes.committed(platformId);
    return ours.withToken(ourToken);
  }
}
