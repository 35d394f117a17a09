import { Injectable } from '@nestjs/common';
import { CodedError } from '@chargemesh/contracts/envelope';
import { type EvseByStation, type FindEvseByStationRequest, LOCATION_ERRORS } from '@chargemesh/contracts/location';
import { findEvse, linkOf, ocpiConnectorOf } from '@chargemesh/directory-domain';
import { LocationReadModel } from '../location-read-model';

/**
 * `find-evse-by-station`: where a station's transaction happens in OCPI terms, for the Sessions
 * and CDRs of the tariff-cdr service: the hosted CPO, location, EVSE and connector, the time zone
 * and the tariffs, and the fields of a CdrLocation.
 */
@Injectable()
export class FindEvseByStationQueryHandler {
  constructor(private readonly locations: LocationReadModel) {}

  async execute(request: FindEvseByStationRequest): Promise<EvseByStation> {
    const linked = await this.locations.linkedEvse(request.stationId, request.evseId);
    const evse = linked && findEvse(linked.state.location, linked.evseUid);
    const link = linked && linkOf(linked.state, linked.evseUid);
    if (!linked || !evse || !link) throw new CodedError(LOCATION_ERRORS.stationNotLinked, `no EVSE of a hosted CPO is linked to station ${request.stationId} EVSE ${request.evseId}`);
    const { location } = linked.state;
    const connector = ocpiConnectorOf(evse, link, request.connectorId);
    const tariffIds = connector ? (connector.tariff_ids ?? []) : [...new Set(evse.connectors.flatMap((candidate) => candidate.tariff_ids ?? []))];
    return {
      cpo: { countryCode: location.country_code, partyId: location.party_id },
      locationId: location.id,
      evseUid: evse.uid,
      ...(connector ? { connectorId: connector.id } : {}),
      timeZone: location.time_zone,
      tariffIds,
      evseStatus: evse.status,
      location: {
        ...(location.name !== undefined ? { name: location.name } : {}),
        address: location.address,
        city: location.city,
        ...(location.postal_code !== undefined ? { postal_code: location.postal_code } : {}),
        ...(location.state !== undefined ? { state: location.state } : {}),
        country: location.country,
        coordinates: location.coordinates,
      },
      evse: { uid: evse.uid, ...(evse.evse_id !== undefined ? { evse_id: evse.evse_id } : {}) },
      ...(connector ? { connector: connector as unknown as Record<string, unknown> } : {}),
    };
  }
}
