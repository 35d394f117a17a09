import { pending, type PendingEvent } from '@chargemesh/contracts/envelope';
import { type PartyRef, ReceivedTariffDeletedV1, ReceivedTariffStoredV1 } from '@chargemesh/contracts/tariff';
import { type Tariff, tariffSchema } from '@chargemesh/protocol-ocpi';
import { sameContent } from '../shared/canonical-digest';
import { notFound, parseOcpi } from '../shared/module-errors';
import { describeParty } from '../shared/party';
import { checkBodyMatchesUrl, checkSenderOwns, objectAddressOf, type ObjectAddress } from './client-owned';
import type { ReceivedObjectState } from './received-object';

/** PUT {tariffs}/{country_code}/{party_id}/{tariff_id} on an eMSP hosted here: checked before anything is stored. */
export function prepareTariffPut(from: PartyRef, path: readonly string[], body: unknown): { address: ObjectAddress; tariff: Tariff } {
  const address = objectAddressOf(path, 'tariff');
  checkSenderOwns(from, address);
  const tariff = parseOcpi(tariffSchema, body, 'Tariff');
  checkBodyMatchesUrl(address, tariff);
  return { address, tariff };
}

/** Stores the tariff; a PUT of the content already stored changes nothing. `created` decides 201 over 200. */
export function decideStoreReceivedTariff(state: ReceivedObjectState, receiver: PartyRef, address: ObjectAddress, tariff: Tariff): { events: PendingEvent[]; created: boolean } {
  if (state.exists && sameContent(state.object, tariff)) return { events: [], created: false };
  return {
    events: [pending(ReceivedTariffStoredV1, { receiver, owner: address.owner, tariffId: address.id, tariff: tariff as unknown as Record<string, unknown> })],
    created: !state.exists,
  };
}

export function decideDeleteReceivedTariff(state: ReceivedObjectState, receiver: PartyRef, address: ObjectAddress): PendingEvent[] {
  if (!state.exists) throw notFound(`no tariff ${address.id} of ${describeParty(address.owner)} is stored for ${describeParty(receiver)}`);
  return [pending(ReceivedTariffDeletedV1, { receiver, owner: address.owner, tariffId: address.id })];
}
