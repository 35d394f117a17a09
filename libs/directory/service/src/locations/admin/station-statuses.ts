import { Injectable } from '@nestjs/common';
import { CodedError } from '@chargemesh/contracts/envelope';
import { LOCATION_ERRORS, type OcpiEvseStatus, type StationLink, stationLinkSchema } from '@chargemesh/contracts/location';
import { evseStatusOfConnectors } from '@chargemesh/directory-domain';
import type { PartyRef } from '@chargemesh/protocol-ocpi';
import { LocationReadModel } from '../location-read-model';
import { PartyRoles } from '../shared/party-roles';

/** What the admin use cases need to know before deciding: the party is a hosted CPO, and what linked stations report. */
@Injectable()
export class StationStatuses {
  constructor(
    private readonly locations: LocationReadModel,
    private readonly roles: PartyRoles,
  ) {}

  async requireHostedCpo(party: { countryCode: string; partyId: string }): Promise<PartyRef> {
    const cpo = { countryCode: party.countryCode.toUpperCase(), partyId: party.partyId.toUpperCase() };
    if (!(await this.roles.isHostedAs(cpo, ['CPO']))) throw new CodedError(LOCATION_ERRORS.notHostedCpo, `${cpo.countryCode}*${cpo.partyId} is not hosted here as a CPO`);
    return cpo;
  }

  /**
   * The current station status of each link in an admin body (unreadable links are left to the
   * domain's validation), refusing a station EVSE already linked to an EVSE of another location.
   */
  async forLinks(locationKey: string, candidates: unknown[]): Promise<(link: StationLink) => OcpiEvseStatus | undefined> {
    const statuses = new Map<string, OcpiEvseStatus>();
    for (const candidate of candidates) {
      const parsed = stationLinkSchema.safeParse(candidate);
      if (!parsed.success) continue;
      const { stationId, evseId } = parsed.data;
      const owner = await this.locations.linkOwner(stationId, evseId, locationKey);
      if (owner) throw new CodedError(LOCATION_ERRORS.linkConflict, `station ${stationId} EVSE ${evseId} is already linked to ${owner}`);
      const reported = await this.locations.stationConnectors(stationId, evseId);
      if (reported.connectors.length || reported.stationWide) statuses.set(`${stationId}#${evseId}`, evseStatusOfConnectors(reported.connectors, reported.stationWide));
    }
    return (link) => statuses.get(`${link.stationId}#${link.evseId}`);
  }
}
