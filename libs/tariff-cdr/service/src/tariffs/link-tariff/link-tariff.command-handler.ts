import { Inject, Injectable } from '@nestjs/common';
import { CodedError, commandSubject } from '@chargemesh/contracts/envelope';
import { LOCATION_ACTIONS, type OwnLocationView, ownLocationViewSchema } from '@chargemesh/contracts/location';
import { DIRECTORY_SERVICE } from '@chargemesh/contracts/party';
import { type LinkTariffRequest, TARIFF_CDR_ERRORS, type TariffLinksView } from '@chargemesh/contracts/tariff';
import { describeParty, tariffLinkChanges } from '@chargemesh/tariff-cdr-domain';
import type { NatsRequester } from '@chargemesh/platform-messaging';
import { NATS_REQUESTER, SERVICE_CONFIG } from '@chargemesh/platform-runtime';
import { HostedParties } from '../../shared/hosted-parties';
import type { TariffCdrConfig } from '../../tariff-cdr.config';
import { TariffReadModel } from '../tariff.read-model';

type Evses = { uid: string; connectors: { id: string; tariff_ids?: string[] }[] }[];

/**
 * Offers a hosted CPO's tariff at EVSEs of one of its locations, or stops offering it there. The
 * directory owns locations: we read the location (`get-location`) and save each EVSE whose
 * connectors change (`save-evse`), which the directory then pushes to eMSPs. Sessions started
 * afterwards are priced with it (find-evse-by-station answers the connectors' tariff ids).
 */
@Injectable()
export class LinkTariffCommandHandler {
  constructor(
    @Inject(NATS_REQUESTER) private readonly requester: NatsRequester,
    @Inject(SERVICE_CONFIG) private readonly config: TariffCdrConfig,
    private readonly hosted: HostedParties,
    private readonly tariffs: TariffReadModel,
  ) {}

  async execute(request: LinkTariffRequest): Promise<TariffLinksView> {
    const cpo = await this.hosted.assertCpo(request);
    const tariff = await this.tariffs.own(cpo, request.tariffId);
    if (!request.unlink && (!tariff || tariff.removed)) throw new CodedError(TARIFF_CDR_ERRORS.tariffNotFound, `${describeParty(cpo)} has no tariff ${request.tariffId}`);
    const tariffId = tariff?.tariff_id ?? request.tariffId;
    let view = await this.location(cpo, request.locationId);
    const changes = tariffLinkChanges(view.location as { evses?: Evses }, view.stationLinks, tariffId, request.evseUids, request.unlink);
    for (const change of changes) {
      view = ownLocationViewSchema.parse(await this.directory(LOCATION_ACTIONS.saveEvse, { ...cpo, locationId: request.locationId, evseUid: change.evseUid, evse: change.evse }));
    }
    const evses = ((view.location as { evses?: Evses }).evses ?? []).map((evse) => ({ uid: evse.uid, connectors: evse.connectors.map((connector) => ({ id: connector.id, tariffIds: connector.tariff_ids ?? [] })) }));
    return { locationId: request.locationId, evses };
  }

  private async location(cpo: { countryCode: string; partyId: string }, locationId: string): Promise<OwnLocationView> {
    return ownLocationViewSchema.parse(await this.directory(LOCATION_ACTIONS.getLocation, { ...cpo, locationId }));
  }

  private directory(action: string, payload: unknown): Promise<unknown> {
    return this.requester.request(commandSubject(this.config.CHARGEMESH_NAMESPACE, DIRECTORY_SERVICE, action), payload);
  }
}
