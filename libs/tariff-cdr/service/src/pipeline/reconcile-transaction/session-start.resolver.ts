import { Inject, Injectable } from '@nestjs/common';
import type { CdrReceiver } from '@chargemesh/contracts/cdr';
import type { EvseByStation } from '@chargemesh/contracts/location';
import type { TokenByRef } from '@chargemesh/contracts/token';
import { type SessionContext, type SessionStartInput, selectTariff, splitCdrToken, type TokenOwner, type TransactionFacts } from '@chargemesh/tariff-cdr-domain';
import { SERVICE_CONFIG } from '@chargemesh/platform-runtime';
import { cdrLocationSchema, NOT_AVAILABLE, validateOcpi } from '@chargemesh/protocol-ocpi';
import { PersonalDataVault } from '../../shared/personal-data.vault';
import type { TariffCdrConfig } from '../../tariff-cdr.config';
import { TariffReadModel } from '../../tariffs/tariff.read-model';
import { EvseCatalogue } from '../lookups/evse-catalogue';
import { TokenOwners } from '../lookups/token-owners';

export type StartResolution = { kind: 'ready'; start: SessionStartInput } | { kind: 'wait'; reason: string } | { kind: 'invalid'; reason: string };

/**
 * What a transaction needs to become a session, from outside it: the hosted CPO, location, EVSE and
 * connector (directory), the token's eMSP and CdrToken (directory; the personal fields go to the
 * vault), and the tariff in force at the start among the connector's tariffs.
 */
@Injectable()
export class SessionStartResolver {
  constructor(
    private readonly catalogue: EvseCatalogue,
    private readonly tokens: TokenOwners,
    private readonly tariffs: TariffReadModel,
    private readonly vault: PersonalDataVault,
    @Inject(SERVICE_CONFIG) private readonly config: TariffCdrConfig,
  ) {}

  async resolve(facts: TransactionFacts, sessionId: string): Promise<StartResolution> {
    if (!facts.evseId) {
      const reason = `station ${facts.stationId} reported no EVSE for transaction ${facts.transactionId}`;
      return facts.endedAt ? { kind: 'invalid', reason } : { kind: 'wait', reason };
    }
    const evse = await this.catalogue.find({ stationId: facts.stationId, evseId: facts.evseId, ...(facts.connectorId ? { connectorId: facts.connectorId } : {}) });
    if (!evse) return { kind: 'wait', reason: `EVSE ${facts.evseId} of station ${facts.stationId} is not linked to an EVSE of a hosted CPO (LOCATION.NOT_FOUND_STATION_LINK)` };
    if (!evse.connectorId || !evse.connector) return { kind: 'wait', reason: `EVSE ${evse.evseUid} has several connectors and station ${facts.stationId} did not say which one was used` };
    const cdrLocation = validateOcpi(cdrLocationSchema, cdrLocationOf(evse), { nullAsAbsent: true });
    if (!cdrLocation.success) return { kind: 'wait', reason: `location ${evse.locationId} does not make a valid CDR location: ${cdrLocation.message}` };
    const startedAt = facts.startedAt ?? facts.readings.map((reading) => reading.at).sort()[0] ?? facts.endedAt;
    const tariff = selectTariff(await this.tariffs.ownInOrder(evse.cpo, evse.tariffIds), startedAt as string);
    const token = facts.tokenRef ? await this.tokens.find(evse.cpo, facts.tokenRef) : undefined;
    const owner = await this.ownerOf(token, facts.tokenRef ? 'the token is not known as an OCPI eMSP token (TOKEN.NOT_FOUND_REF)' : 'the transaction has no token');
    const context: SessionContext = {
      cpo: evse.cpo,
      sessionId,
      locationId: evse.locationId,
      evseUid: evse.evseUid,
      connectorId: evse.connectorId,
      timeZone: evse.timeZone,
      ...(tariff ? { tariff } : {}),
      currency: this.config.TARIFF_CDR_DEFAULT_CURRENCY,
      authMethod: authMethodOf(facts, token),
      ...(token?.authorizationReference ? { authorizationReference: token.authorizationReference } : {}),
      cdrLocation: cdrLocation.data as unknown as Record<string, unknown>,
    };
    return { kind: 'ready', start: { context, owner, ...(facts.tokenRef ? { stationTokenRef: facts.tokenRef } : {}) } };
  }

  /** The owner of a token found now (its personal fields stored in the vault), or an unknown owner with the reason. */
  async ownerOf(token: TokenByRef | undefined, unknownReason: string): Promise<TokenOwner> {
    if (!token) return { receiver: { kind: 'unknown', reason: unknownReason } };
    const { personal } = splitCdrToken(token.cdrToken, '');
    const personalRef = await this.vault.put(personal);
    const receiver: CdrReceiver = { kind: 'ocpi', party: token.emsp };
    return { receiver, cdrToken: splitCdrToken(token.cdrToken, personalRef).ref };
  }
}

/** COMMAND for a remote start, AUTH_REQUEST when the eMSP authorised it in real time (or must: whitelist NEVER), WHITELIST otherwise. */
function authMethodOf(facts: TransactionFacts, token: TokenByRef | undefined): SessionContext['authMethod'] {
  if (facts.remoteStartId !== undefined) return 'COMMAND';
  if (token?.authorizationReference || token?.whitelist === 'NEVER') return 'AUTH_REQUEST';
  return 'WHITELIST';
}

/** mod_cdrs CdrLocation from the directory's answer: the location and connector as they are now, at the start. */
function cdrLocationOf(evse: EvseByStation): Record<string, unknown> {
  const connector = evse.connector as { standard?: string; format?: string; power_type?: string };
  return {
    id: evse.locationId,
    ...(evse.location.name ? { name: evse.location.name } : {}),
    address: evse.location.address,
    city: evse.location.city,
    ...(evse.location.postal_code ? { postal_code: evse.location.postal_code } : {}),
    ...(evse.location.state ? { state: evse.location.state } : {}),
    country: evse.location.country,
    coordinates: evse.location.coordinates,
    evse_uid: evse.evseUid,
    evse_id: evse.evse.evse_id ?? NOT_AVAILABLE,
    connector_id: evse.connectorId,
    connector_standard: connector.standard,
    connector_format: connector.format,
    connector_power_type: connector.power_type,
  };
}
