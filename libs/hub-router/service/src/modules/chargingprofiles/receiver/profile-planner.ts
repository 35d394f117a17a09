import { Injectable } from '@nestjs/common';
import type { StationOcppVersion } from '@chargemesh/contracts/station';
import { type ChargingProfileResponseType, ciEquals, type Location, type PartyRef, sameParty } from '@chargemesh/protocol-ocpi';
import { ModuleLookups } from '../../shared/lookups.client';
import { OcppIdsRepository } from '../../shared/ocpp-ids.repository';

/** The charge point of an ongoing session, or why a charging profile request for it is refused. */
export type SessionTarget =
  | { kind: 'target'; stationId: string; version: StationOcppVersion; evseId: number; transactionId: string }
  | { kind: 'refuse'; result: ChargingProfileResponseType; message: string };

const refuse = (message: string, result: ChargingProfileResponseType = 'REJECTED'): SessionTarget => ({ kind: 'refuse', result, message });

/**
 * Which charge point a charging profile request for a hosted CPO's session addresses. Profiles
 * may be set by the owner of the session's token (mod_charging_profiles_module: a CPO may reject
 * other parties), on an ongoing session, at an EVSE that can take them (CHARGING_PROFILE_CAPABLE)
 * and whose station is connected.
 */
@Injectable()
export class ProfilePlanner {
  constructor(
    private readonly lookups: ModuleLookups,
    private readonly ids: OcppIdsRepository,
  ) {}

  async target(cpo: PartyRef, sender: PartyRef, sessionId: string): Promise<SessionTarget> {
    const session = await this.lookups.session(cpo, sessionId);
    if (!session) return refuse(`session ${sessionId} is not known`, 'UNKNOWN_SESSION');
    const owner = session.session['cdr_token'] as { country_code?: string; party_id?: string } | undefined;
    if (!owner?.country_code || !owner.party_id || !sameParty(sender, { countryCode: owner.country_code, partyId: owner.party_id })) return refuse(`session ${sessionId} is not one of your customers'`);
    if (session.session['status'] !== 'ACTIVE' && session.session['status'] !== 'PENDING') return refuse(`session ${sessionId} is not ongoing`);
    const view = await this.lookups.location(cpo, String(session.session['location_id']));
    const evseUid = String(session.session['evse_uid']);
    const evse = (view?.location as unknown as Location | undefined)?.evses?.find((candidate) => ciEquals(candidate.uid, evseUid));
    const link = view?.stationLinks.find((candidate) => ciEquals(candidate.evseUid, evseUid));
    if (!evse || !link || link.stationId !== session.stationId) return refuse(`the EVSE of session ${sessionId} cannot be controlled remotely`);
    if (!(evse.capabilities ?? []).includes('CHARGING_PROFILE_CAPABLE')) return refuse(`EVSE ${evse.uid} takes no charging profiles`, 'NOT_SUPPORTED');
    const station = await this.lookups.station(session.stationId);
    if (!station?.online || !station.ocppVersion) return refuse('the charge point is not connected');
    return { kind: 'target', stationId: session.stationId, version: station.ocppVersion, evseId: link.evseId, transactionId: session.transactionId };
  }

  profileId(cpo: PartyRef, sessionId: string, stationId: string): Promise<number> {
    return this.ids.chargingProfileId(cpo, sessionId, stationId);
  }

  knownProfileId(cpo: PartyRef, sessionId: string): Promise<number | undefined> {
    return this.ids.findChargingProfileId(cpo, sessionId);
  }
}
