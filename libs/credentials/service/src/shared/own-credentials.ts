import { Inject, Injectable } from '@nestjs/common';
import type { PartyView } from '@chargemesh/contracts/party';
import { ocpiUrls, ourCredentialsRoles } from '@chargemesh/credentials-domain';
import type { Credentials } from '@chargemesh/protocol-ocpi';
import { SERVICE_CONFIG } from '@chargemesh/platform-runtime';
import type { CredentialsConfig } from '../credentials.config';
import { HostedPartiesClient } from './hosted-parties.client';

/** Our Credentials object: our versions URL and every role of every hosted party, with the token given. */
@Injectable()
export class OwnCredentials {
  constructor(
    private readonly hosted: HostedPartiesClient,
    @Inject(SERVICE_CONFIG) private readonly config: CredentialsConfig,
  ) {}

  get versionsUrl(): string {
    return ocpiUrls(this.config.OCPI_BASE_URL).versions;
  }

  /** Our roles, the hosted parties (for the party-claim checks) and the object to send with a token. */
  async load(): Promise<{ hosted: PartyView[]; roles: Credentials['roles']; withToken: (token: string) => Credentials }> {
    const hosted = await this.hosted.list();
    const roles = ourCredentialsRoles(hosted);
    return { hosted, roles, withToken: (token) => ({ token, url: this.versionsUrl, roles }) };
  }
}
