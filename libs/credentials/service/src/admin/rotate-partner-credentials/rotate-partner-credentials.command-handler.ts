import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { CodedError } from '@chargemesh/contracts/envelope';
import { CREDENTIALS_ERRORS, PartnerCredentialsUpdatedV1, type PartnerView } from '@chargemesh/contracts/credential';
import { assertCanChangeRegistration, assertPartyClaimsAllowed, parsePartnerCredentials, partnerRolesOf } from '@chargemesh/credentials-domain';
import { DATA_SOURCE, LOGGER } from '@chargemesh/platform-runtime';
import type { Logger } from 'pino';
import { PartnerRepository, partnerView } from '../../database/partner.repository';
import { inTransaction } from '../../database/transaction';
import { addToOutbox } from '../../outbox/outbox.writer';
import { PartnerApiClient } from '../../partner-api/partner-api.client';
import { PartnerDiscovery } from '../../partner-api/partner-discovery';
import { generateToken, hashToken, TokenVault } from '../../secrets/token-secrets';
import { OwnCredentials } from '../../shared/own-credentials';
import { PartnerChanges } from '../../shared/partner-changes';

/**
 * Rotates the tokens of a registered partner from our side: PUT our credentials with a new token
 * to its credentials endpoint; it answers with a new token for us. The new token is accepted
 * before the PUT (the partner reads our versions with it while handling it) and the old one only
 * dropped once the partner answered, so neither side is ever left without a working token. Its
 * endpoints are then read again with the new token, which also proves that token works.
 */
@Injectable()
export class RotatePartnerCredentialsCommandHandler {
  constructor(
    private readonly partners: PartnerRepository,
    private readonly api: PartnerApiClient,
    private readonly discovery: PartnerDiscovery,
    private readonly vault: TokenVault,
    private readonly own: OwnCredentials,
    private readonly changes: PartnerChanges,
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async execute(request: { platformId: string }): Promise<PartnerView> {
    const partner = await this.partners.get(request.platformId);
    assertCanChangeRegistration(partner, 'rotate the credentials of');
    const credentialsEndpoint = partner.endpoints.find((endpoint) => endpoint.identifier === 'credentials');
    if (!credentialsEndpoint || !partner.outgoingToken || !partner.versionsUrl) {
      throw new CodedError(CREDENTIALS_ERRORS.noMatchingEndpoints, `partner ${partner.platformId} has no credentials endpoint to PUT to`);
    }
    const ours = await this.own.load();
    const kind = (await this.partners.acceptedTokenKind(partner.platformId)) ?? 'C';
    const newToken = generateToken();
    await inTransaction(this.dataSource, (tx) => this.partners.addAcceptedToken(tx, partner.platformId, hashToken(newToken), kind));
    let theirs;
    try {
      theirs = await this.api.putCredentials(credentialsEndpoint.url, this.vault.decrypt(partner.platformId, partner.outgoingToken), ours.withToken(newToken));
    } catch (error) {
      await inTransaction(this.dataSource, (tx) => this.partners.removeAcceptedToken(tx, hashToken(newToken)));
      throw error;
    }
    const roles = partnerRolesOf(parsePartnerCredentials(theirs));
    // Its tokens have changed whatever happens next: keep them even if its endpoints cannot be read again.
    const discovered = await this.discovery.discover(partner.versionsUrl, theirs.token).catch((error: unknown) => {
      this.logger.warn({ err: error, platformId: partner.platformId }, 'reading the partner endpoints after rotating failed; keeping the previous ones');
      return { version: partner.version ?? '2.2.1', endpoints: partner.endpoints };
    });
    const updated = await inTransaction(this.dataSource, async (tx) => {
      await this.partners.lockPartyClaims(tx);
      await this.partners.lock(tx, partner.platformId);
      assertPartyClaimsAllowed(roles, ours.hosted, await this.partners.claimedParties(partner.platformId, tx));
      await this.partners.setAcceptedTokens(tx, partner.platformId, [{ hash: hashToken(newToken), kind }]);
      await addToOutbox(tx, PartnerCredentialsUpdatedV1, partner.platformId, {
        platformId: partner.platformId,
        initiatedBy: 'PLATFORM',
        versionsUrl: partner.versionsUrl as string,
        version: discovered.version,
        endpoints: discovered.endpoints,
        roles,
      });
      return this.partners.update(tx, partner.platformId, { outgoingToken: this.vault.encrypt(partner.platformId, theirs.token), roles, version: discovered.version, endpoints: discovered.endpoints });
    });
    this.changes.committed(partner.platformId);
    return partnerView(updated);
  }
}
