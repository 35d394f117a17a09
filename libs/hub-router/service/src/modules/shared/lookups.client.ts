import { Inject, Injectable } from '@nestjs/common';
import { commandSubject } from '@chargemesh/contracts/envelope';
import { LOCATION_ACTIONS, LOCATION_ERRORS, type OwnLocationView, ownLocationViewSchema } from '@chargemesh/contracts/location';
import { DIRECTORY_ACTIONS, DIRECTORY_SERVICE, PARTY_ERRORS, type PartyRole, partyViewSchema } from '@chargemesh/contracts/party';
import { type SessionView, sessionViewSchema } from '@chargemesh/contracts/session';
import { STATION_ERRORS, STATION_GATEWAY_ACTIONS, STATION_GATEWAY_SERVICE, type StationView, stationViewSchema } from '@chargemesh/contracts/station';
import { TARIFF_CDR_ACTIONS, TARIFF_CDR_ERRORS, tariffCdrSubject } from '@chargemesh/contracts/tariff';
import { type RecordCommandTokenRequest, TOKEN_ACTIONS } from '@chargemesh/contracts/token';
import { type NatsRequester, RemoteError } from '@chargemesh/platform-messaging';
import { NATS_REQUESTER, SERVICE_CONFIG } from '@chargemesh/platform-runtime';
import type { PartyRef } from '@chargemesh/protocol-ocpi';
import type { HubRouterConfig } from '../../hub-router.config';

/** undefined for the "not found" code of a query, the answer otherwise; other failures are thrown. */
async function orUndefined<T>(query: Promise<T>, notFound: string): Promise<T | undefined> {
  try {
    return await query;
  } catch (error) {
    if (error instanceof RemoteError && error.code === notFound) return undefined;
    throw error;
  }
}

/**
 * What the commands and chargingprofiles modules ask other services: the roles of hosted parties
 * and the locations of hosted CPOs (directory), stations (gateway), sessions (tariff-cdr), and
 * the directory's record of a command's token.
 */
@Injectable()
export class ModuleLookups {
  constructor(
    @Inject(NATS_REQUESTER) private readonly requester: NatsRequester,
    @Inject(SERVICE_CONFIG) private readonly config: HubRouterConfig,
  ) {}

  async hostedRoles(party: PartyRef): Promise<PartyRole[]> {
    const view = await orUndefined(this.directory(DIRECTORY_ACTIONS.getParty, party), PARTY_ERRORS.notFound);
    return view ? partyViewSchema.parse(view).roles.map((entry) => entry.role) : [];
  }

  async location(cpo: PartyRef, locationId: string): Promise<OwnLocationView | undefined> {
    const view = await orUndefined(this.directory(LOCATION_ACTIONS.getLocation, { ...cpo, locationId }), LOCATION_ERRORS.notFound);
    return view === undefined ? undefined : ownLocationViewSchema.parse(view);
  }

  async station(stationId: string): Promise<StationView | undefined> {
    const view = await orUndefined(this.requester.request(commandSubject(this.namespace, STATION_GATEWAY_SERVICE, STATION_GATEWAY_ACTIONS.getStation), { stationId }), STATION_ERRORS.notFound);
    return view === undefined ? undefined : stationViewSchema.parse(view);
  }

  async session(cpo: PartyRef, sessionId: string): Promise<SessionView | undefined> {
    const view = await orUndefined(this.requester.request(tariffCdrSubject(this.namespace, TARIFF_CDR_ACTIONS.getSession), { ...cpo, sessionId }), TARIFF_CDR_ERRORS.sessionNotFound);
    return view === undefined ? undefined : sessionViewSchema.parse(view);
  }

  async recordCommandToken(request: RecordCommandTokenRequest): Promise<void> {
    await this.directory(TOKEN_ACTIONS.recordCommandToken, request);
  }

  private directory(action: string, payload: unknown): Promise<unknown> {
    return this.requester.request(commandSubject(this.namespace, DIRECTORY_SERVICE, action), payload);
  }

  private get namespace(): string {
    return this.config.CHARGEMESH_NAMESPACE;
  }
}
