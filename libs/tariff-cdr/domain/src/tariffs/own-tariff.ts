import { CodedError, type EventEnvelope, matchEvent, pending, type PendingEvent } from '@chargemesh/contracts/envelope';
import { type PartyRef, TARIFF_CDR_ERRORS, TariffPublishedV1, TariffRemovedV1 } from '@chargemesh/contracts/tariff';
import { type Tariff, tariffSchema } from '@chargemesh/protocol-ocpi';
import { sameContent } from '../shared/canonical-digest';
import { parseOcpi } from '../shared/module-errors';
import { describeParty } from '../shared/party';

/** A tariff of a CPO hosted here. */
export interface OwnTariffState {
  exists: boolean;
  tariff?: Record<string, unknown>;
}

export const initialOwnTariff: OwnTariffState = { exists: false };

export function evolveOwnTariff(state: OwnTariffState, event: EventEnvelope): OwnTariffState {
  const published = matchEvent(event, TariffPublishedV1);
  if (published) return { exists: true, tariff: published.data.tariff };
  if (matchEvent(event, TariffRemovedV1)) return { exists: false };
  return state;
}

/** An admin's tariff as the OCPI Tariff eMSPs will get: owner from the request, last_updated now, checked against the OCPI schema. */
export function prepareOwnTariff(owner: PartyRef, input: Record<string, unknown>, now: Date): Tariff {
  return parseOcpi(tariffSchema, { ...input, country_code: owner.countryCode, party_id: owner.partyId, last_updated: now.toISOString() }, 'Tariff');
}

const withoutLastUpdated = (tariff: Record<string, unknown> | undefined) => {
  if (!tariff) return undefined;
  const { last_updated: _ignored, ...rest } = tariff;
  return rest;
};

/** Publishes a new or changed tariff; the same content again changes nothing (not even last_updated). */
export function decidePublishTariff(state: OwnTariffState, owner: PartyRef, tariff: Tariff): PendingEvent[] {
  const object = tariff as unknown as Record<string, unknown>;
  if (state.exists && sameContent(withoutLastUpdated(state.tariff), withoutLastUpdated(object))) return [];
  return [pending(TariffPublishedV1, { owner, tariffId: tariff.id, tariff: object })];
}

export function decideRemoveTariff(state: OwnTariffState, owner: PartyRef, tariffId: string, now: Date): PendingEvent[] {
  if (!state.exists) throw new CodedError(TARIFF_CDR_ERRORS.tariffNotFound, `${describeParty(owner)} has no tariff ${tariffId}`);
  return [pending(TariffRemovedV1, { owner, tariffId, removedAt: now.toISOString() })];
}
