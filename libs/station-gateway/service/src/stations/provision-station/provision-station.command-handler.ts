import { Inject, Injectable } from '@nestjs/common';
import { CodedError, commandSubject } from '@chargemesh/contracts/envelope';
import { DIRECTORY_ACTIONS, DIRECTORY_SERVICE, PARTY_ERRORS, type PartyView } from '@chargemesh/contracts/party';
import { type ProvisionStationRequest, STATION_ERRORS, StationProvisionedV1, type StationView } from '@chargemesh/contracts/station';
import { ConcurrencyConflictError, type EventStore, type NatsRequester, NoRespondersError, RemoteError } from '@chargemesh/platform-messaging';
import { EVENT_STORE, NATS_REQUESTER, ProjectionHost, SERVICE_CONFIG } from '@chargemesh/platform-runtime';
import { stationRef } from '../../events/station-event-sink';
import { stationsProjection } from '../../projections/stations.projection';
import { GetStationQueryHandler } from '../../queries/get-station/get-station.query-handler';
import type { StationGatewayConfig } from '../../station-gateway.config';
import { passwordBytes, StationPasswords } from '../station-passwords';

/**
 * Provisions a station under a CPO party hosted on this platform (checked with the directory):
 * StationProvisioned is appended expecting the station to have no history, the password is
 * stored hashed, and the answer comes once the station can be read back and can connect.
 */
@Injectable()
export class ProvisionStationCommandHandler {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(NATS_REQUESTER) private readonly requester: NatsRequester,
    @Inject(SERVICE_CONFIG) private readonly config: StationGatewayConfig,
    private readonly passwords: StationPasswords,
    private readonly projections: ProjectionHost,
    private readonly stations: GetStationQueryHandler,
  ) {}

  async execute(request: ProvisionStationRequest, context: { correlationId?: string } = {}): Promise<StationView> {
    await this.assertCpo(request.party.countryCode, request.party.partyId);
    const ref = stationRef(request.stationId);
    let seq: number;
    try {
      ({ seq } = await this.store.append(
        ref,
        StationProvisionedV1,
        {
          stationId: request.stationId,
          party: { countryCode: request.party.countryCode.toUpperCase(), partyId: request.party.partyId.toUpperCase() },
          securityProfile: request.securityProfile,
          registrationPolicy: request.registrationPolicy,
        },
        { expectedSeq: 0, ...context },
      ));
    } catch (error) {
      if (error instanceof ConcurrencyConflictError) throw new CodedError(STATION_ERRORS.alreadyProvisioned, `station ${request.stationId} is already provisioned`);
      throw error;
    }
    const password = passwordBytes(request);
    if (password) await this.passwords.set(request.stationId, password, 'admin');
    await this.projections.runner(stationsProjection.name).waitFor(seq, 5_000);
    return this.stations.execute({ stationId: request.stationId });
  }

  private async assertCpo(countryCode: string, partyId: string): Promise<void> {
    let party: PartyView;
    try {
      party = await this.requester.request<PartyView>(commandSubject(this.config.CHARGEMESH_NAMESPACE, DIRECTORY_SERVICE, DIRECTORY_ACTIONS.getParty), { countryCode, partyId }, { timeoutMs: 5_000 });
    } catch (error) {
      if (error instanceof RemoteError && error.code === PARTY_ERRORS.notFound) {
        throw new CodedError(STATION_ERRORS.invalidParty, `party ${countryCode}*${partyId} is not hosted on this platform`);
      }
      if (error instanceof NoRespondersError) throw new CodedError('DIRECTORY.UNAVAILABLE', 'the directory does not answer; cannot check the party');
      throw error;
    }
    if (!party.roles.some((entry) => entry.role === 'CPO')) {
      throw new CodedError(STATION_ERRORS.invalidParty, `party ${countryCode}*${partyId} has no CPO role`);
    }
  }
}
