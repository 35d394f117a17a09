import { Inject, Injectable } from '@nestjs/common';
import type { PartnerEndpoint } from '@chargemesh/contracts/credential';
import { selectEndpoints, selectVersion } from '@chargemesh/credentials-domain';
import { SERVICE_CONFIG } from '@chargemesh/platform-runtime';
import { allowsPrivateNetworkUrls, type CredentialsConfig } from '../credentials.config';
import { PartnerApiClient } from './partner-api.client';
import { assertPartnerUrlAllowed } from './url-policy';

export interface DiscoveredPartner {
  version: string;
  endpoints: PartnerEndpoint[];
}

/** Reads a partner's versions and the details of the best version in common, with the token it gave us. */
@Injectable()
export class PartnerDiscovery {
  private readonly allowPrivate: boolean;

  constructor(
    private readonly api: PartnerApiClient,
    @Inject(SERVICE_CONFIG) config: CredentialsConfig,
  ) {
    this.allowPrivate = allowsPrivateNetworkUrls(config);
  }

  async discover(versionsUrl: string, token: string): Promise<DiscoveredPartner> {
    const version = selectVersion(await this.api.getVersions(versionsUrl, token));
    const endpoints = selectEndpoints(await this.api.getVersionDetails(version.url, token), version);
    // The hub router will call these later: refuse them now rather than at the first message.
    for (const endpoint of endpoints) assertPartnerUrlAllowed(endpoint.url, this.allowPrivate);
    return { version: version.version, endpoints };
  }
}
