import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { CodedError } from '@chargemesh/contracts/envelope';
import { CREDENTIALS_ERRORS, PartnerRegisteredV1, type PartnerView, type RegisterWithPartnerRequest } from '@chargemesh/contracts/credential';
import { assertPartyClaimsAllowed, parsePartnerCredentials, partnerRolesOf } from '@chargemesh/credentials-domain';
import { DATA_SOURCE, SERVICE_CONFIG } from '@chargemesh/platform-runtime';
import { allowsPrivateNetworkUrls, type CredentialsConfig } from '../../credentials.config';
import { PartnerRepository, partnerView } from '../../database/partner.repository';
import { inTransaction } from '../../database/transaction';
import { addToOutbox } from '../../outbox/outbox.writer';
import { PartnerApiClient } from '../../partner-api/partner-api.client';
import { PartnerDiscovery } from '../../partner-api/partner-discovery';
import { assertPartnerUrlAllowed } from '../../partner-api/url-policy';
import { generateToken, hashToken, TokenVault } from '../../secrets/token-secrets';
import { OwnCredentials } from '../../shared/own-credentials';
import { PartnerChanges } from '../../shared/partner-changes';

/**
 * We register with a partner, given its versions URL and the token A it issued us: read its
 * versions and details with A, issue our token B, POST our credentials with A, keep the token C
 * it answers with. B is accepted (for versions and credentials only) before the POST, because the
 * partner reads our versions with it while handling the POST. On any failure the partner record
 * and B are removed again (and a partner that already accepted us is sent DELETE).
 */
@Injectable()
export class RegisterWithPartnerCommandHandler {
  private readonly allowPrivate: boolean;

  constructor(
    private readonly partners: PartnerRepository,
    private readonly discovery: PartnerDiscovery,
    private readonly api: PartnerApiClient,
    private readonly vault: TokenVault,
    private readonly own: OwnCredentials,
    private readonly changes: PartnerChanges,
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(SERVICE_CONFIG) config: CredentialsConfig,
  ) {
    this.allowPrivate = allowsPrivateNetworkUrls(config);
  }

  async execute(request: RegisterWithPartnerRequest): Promise<PartnerView> {
    this.vault.assertReady();
    assertPartnerUrlAllowed(request.versionsUrl, this.allowPrivate);
    const ours = await this.own.load();
    const { version, endpoints } = await this.discovery.discover(request.versionsUrl, request.token);
    const credentialsEndpoint = endpoints.find((endpoint) => endpoint.identifier === 'credentials');
    if (!credentialsEndpoint) throw new CodedError(CREDENTIALS_ERRORS.noMatchingEndpoints, 'the partner has no credentials endpoint');

    const platformId = randomUUID();
    const tokenB = generateToken();
    await inTransaction(this.dataSource, async (tx) => {
      await this.partners.insert(tx, { platformId, status: 'REGISTERING', versionsUrl: request.versionsUrl, outgoingToken: this.vault.encrypt(platformId, request.token), ...(request.name ? { name: request.name } : {}) });
      await this.partners.addAcceptedToken(tx, platformId, hashToken(tokenB), 'B');
    });
    let theirToken: string | undefined;
    try {
      const theirs = await this.api.postCredentials(credentialsEndpoint.url, request.token, ours.withToken(tokenB));
      theirToken = theirs.token;
      const roles = partnerRolesOf(parsePartnerCredentials(theirs));
      const registered = await inTransaction(this.dataSource, async (tx) => {
        await this.partners.lockPartyClaims(tx);
        await this.partners.lock(tx, platformId);
        assertPartyClaimsAllowed(roles, ours.hosted, await this.partners.claimedParties(platformId, tx));
        await addToOutbox(tx, PartnerRegisteredV1, platformId, {
          platformId,
          ...(request.name ? { name: request.name } : {}),
          direction: 'OUTBOUND',
          versionsUrl: request.versionsUrl,
          version,
          endpoints,
          roles,
        });
        return this.partners.update(tx, platformId, {
          status: 'REGISTERED',
          direction: 'OUTBOUND',
          connection: 'CONNECTED',
          version,
          endpoints,
          roles,
          outgoingToken: this.vault.encrypt(platformId, theirs.token),
          registeredAt: new Date(),
        });
      });
      this.changes.committed(platformId);
      return partnerView(registered);
    } catch (error) {
      // The partner accepted us but we cannot keep the link (its roles clash): unregister there too.
      if (theirToken) await this.api.deleteCredentials(credentialsEndpoint.url, theirToken).catch(() => undefined);
      await inTransaction(this.dataSource, (tx) => this.partners.remove(tx, platformId));
      this.changes.committed(platformId);
      throw error;
    }
  }
}
