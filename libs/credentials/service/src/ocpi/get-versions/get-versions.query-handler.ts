import { Inject, Injectable } from '@nestjs/common';
import type { VersionDetailsView } from '@chargemesh/contracts/credential';
import { ourVersionDetails, ourVersions } from '@chargemesh/credentials-domain';
import { SERVICE_CONFIG } from '@chargemesh/platform-runtime';
import type { CredentialsConfig } from '../../credentials.config';
import { HostedPartiesClient } from '../../shared/hosted-parties.client';

/** Our versions list and the details of 2.2.1: the interfaces every hosted party's roles implement. */
@Injectable()
export class GetVersionsQueryHandler {
  constructor(
    private readonly hosted: HostedPartiesClient,
    @Inject(SERVICE_CONFIG) private readonly config: CredentialsConfig,
  ) {}

  versions() {
    return ourVersions(this.config.OCPI_BASE_URL);
  }

  async details(): Promise<VersionDetailsView> {
    return ourVersionDetails(this.config.OCPI_BASE_URL, await this.hosted.list());
  }
}
