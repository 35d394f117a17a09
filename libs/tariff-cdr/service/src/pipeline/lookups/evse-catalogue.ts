import { Inject, Injectable } from '@nestjs/common';
import { commandSubject } from '@chargemesh/contracts/envelope';
import { type EvseByStation, evseByStationSchema, type FindEvseByStationRequest, LOCATION_ACTIONS, LOCATION_ERRORS } from '@chargemesh/contracts/location';
import { DIRECTORY_SERVICE } from '@chargemesh/contracts/party';
import { type NatsRequester, RemoteError } from '@chargemesh/platform-messaging';
import { NATS_REQUESTER, SERVICE_CONFIG } from '@chargemesh/platform-runtime';
import type { TariffCdrConfig } from '../../tariff-cdr.config';

/**
 * Which OCPI location, EVSE and connector of which hosted CPO a station EVSE is: the directory's
 * `find-evse-by-station`. Undefined when no EVSE is linked to it (yet); any other failure (the
 * directory not answering) is thrown, to be retried.
 */
@Injectable()
export class EvseCatalogue {
  constructor(
    @Inject(NATS_REQUESTER) private readonly requester: NatsRequester,
    @Inject(SERVICE_CONFIG) private readonly config: TariffCdrConfig,
  ) {}

  async find(request: FindEvseByStationRequest): Promise<EvseByStation | undefined> {
    try {
      const answer = await this.requester.request(commandSubject(this.config.CHARGEMESH_NAMESPACE, DIRECTORY_SERVICE, LOCATION_ACTIONS.findEvseByStation), request);
      return evseByStationSchema.parse(answer);
    } catch (error) {
      if (error instanceof RemoteError && (error.code === LOCATION_ERRORS.stationNotLinked || error.code === LOCATION_ERRORS.evseNotFound)) return undefined;
      throw error;
    }
  }
}
