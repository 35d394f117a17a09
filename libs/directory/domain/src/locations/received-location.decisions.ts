import { CodedError, pending, type PendingEvent } from '@chargemesh/contracts/envelope';
import { LocationUpdateReceivedV1 } from '@chargemesh/contracts/location';
import {
  ciEquals,
  connectorPatchSchema,
  connectorSchema,
  evsePatchSchema,
  evseSchema,
  type Location,
  locationPatchSchema,
  locationSchema,
  normalizeParty,
  type PartyRef,
  parseOcpiDateTime,
  sameParty,
  validateOcpi,
} from '@chargemesh/protocol-ocpi';
import type { z } from 'zod';
import { LOCATION_REFUSALS } from './location-errors';
import { applyLocationChange, findConnector, findEvse, levelOf, type LocationTarget, objectAt } from './location-tree';
import { sameJson } from './same-json';

/** A push to the Receiver interface of an eMSP hosted here, as the edge handed it over. */
export interface ReceivedLocationPush extends LocationTarget {
  receiver: PartyRef;
  /** OCPI-from, already checked by the edge against the calling platform's roles. */
  sender: PartyRef;
  /** A Hub relaying a Broadcast Push is FROM itself; the URL then names the original CPO (transport_and_format_message_routing_broadcast_push). */
  senderIsHub: boolean;
  /** country_code and party_id from the URL. */
  owner: PartyRef;
  locationId: string;
  method: 'PUT' | 'PATCH';
  body: unknown;
}

export type ReceivedLocationDecision =
  | { kind: 'store'; event: PendingEvent; created: boolean; location: Location }
  /** Nothing to store: the same update again, or one older than what is held (an out-of-order retry). */
  | { kind: 'unchanged'; created: false };

const SCHEMAS: Record<'PUT' | 'PATCH', Record<'location' | 'evse' | 'connector', z.ZodType>> = {
  PUT: { location: locationSchema, evse: evseSchema, connector: connectorSchema },
  PATCH: { location: locationPatchSchema, evse: evsePatchSchema, connector: connectorPatchSchema },
};

const refuse = (code: string, message: string): never => {
  throw new CodedError(code, message);
};

/**
 * Decides a Location/EVSE/Connector push against the location as held (undefined: none yet).
 * Objects belong to their sender, so the URL's party must be the sender's; ids in the URL and
 * the body must agree (2001); a PATCH needs last_updated (its schema requires it); EVSE and
 * connector pushes need their parents. The result must still be a valid Location.
 */
export function decideReceivedLocationPush(current: Location | undefined, push: ReceivedLocationPush): ReceivedLocationDecision {
  if (!push.senderIsHub && !sameParty(push.owner, push.sender)) {
    refuse(LOCATION_REFUSALS.notOwner, `the URL names ${push.owner.countryCode}*${push.owner.partyId}, but the sender is ${push.sender.countryCode}*${push.sender.partyId}: objects are pushed by their owner`);
  }
  const level = levelOf(push);
  const validated = validateOcpi(SCHEMAS[push.method][level], push.body, { nullAsAbsent: true });
  if (!validated.success) refuse(LOCATION_REFUSALS.invalid, validated.message);
  const object = (validated as { data: Record<string, unknown> }).data;
  checkIdentity(push, level, object);
  checkTargetExists(current, push, level);

  const held = current && objectAt(current, push);
  const incoming = object['last_updated'] as string;
  if (held && parseOcpiDateTime(incoming).getTime() < parseOcpiDateTime(held.last_updated).getTime()) return { kind: 'unchanged', created: false };
  const next = applyLocationChange(current, { ...target(push), method: push.method, object });
  const checked = locationSchema.safeParse(next);
  if (!checked.success) {
    const problems = validateOcpi(locationSchema, next);
    refuse(LOCATION_REFUSALS.invalid, `the location would no longer be valid: ${problems.success ? '' : problems.message}`);
  }
  if (current && sameJson(current, next)) return { kind: 'unchanged', created: false };
  const event = pending(LocationUpdateReceivedV1, {
    receiver: normalizeParty(push.receiver),
    owner: normalizeParty(push.owner),
    locationId: push.locationId,
    ...target(push),
    method: push.method,
    object,
  });
  return { kind: 'store', event, created: held === undefined, location: next };
}

const target = (push: LocationTarget): LocationTarget => ({
  ...(push.evseUid !== undefined ? { evseUid: push.evseUid } : {}),
  ...(push.connectorId !== undefined ? { connectorId: push.connectorId } : {}),
});

function checkIdentity(push: ReceivedLocationPush, level: 'location' | 'evse' | 'connector', object: Record<string, unknown>): void {
  const mismatches: string[] = [];
  const compare = (field: string, inUrl: string, name: string) => {
    const inBody = object[field];
    if (typeof inBody === 'string' && !ciEquals(inBody, inUrl)) mismatches.push(`${field} in the body (${inBody}) differs from ${name} in the URL (${inUrl})`);
  };
  if (level === 'location') {
    compare('country_code', push.owner.countryCode, 'country_code');
    compare('party_id', push.owner.partyId, 'party_id');
    compare('id', push.locationId, 'location_id');
  } else if (level === 'evse') {
    compare('uid', push.evseUid as string, 'evse_uid');
  } else {
    compare('id', push.connectorId as string, 'connector_id');
  }
  if (mismatches.length) refuse(LOCATION_REFUSALS.idMismatch, mismatches.join('; '));
}

function checkTargetExists(current: Location | undefined, push: ReceivedLocationPush, level: 'location' | 'evse' | 'connector'): void {
  if (level === 'location' && push.method === 'PUT') return;
  if (!current) refuse(LOCATION_REFUSALS.notFound, `location ${push.locationId} of ${push.owner.countryCode}*${push.owner.partyId} is unknown here; PUT the location first`);
  const location = current as Location;
  if (level === 'location') return;
  const evse = findEvse(location, push.evseUid as string);
  if (level === 'evse') {
    if (!evse && push.method === 'PATCH') refuse(LOCATION_REFUSALS.evseNotFound, `EVSE ${push.evseUid} of location ${push.locationId} is unknown here; PUT it first`);
    return;
  }
  if (!evse) return refuse(LOCATION_REFUSALS.evseNotFound, `EVSE ${push.evseUid} of location ${push.locationId} is unknown here; PUT it first`);
  if (push.method === 'PATCH' && !findConnector(evse, push.connectorId as string)) {
    refuse(LOCATION_REFUSALS.connectorNotFound, `connector ${push.connectorId} of EVSE ${push.evseUid} is unknown here; PUT it first`);
  }
}

/** The state of a received location from its events: the Location as the eMSP holds it. */
export function evolveReceivedLocation(current: Location | undefined, data: { method: 'PUT' | 'PATCH'; object: Record<string, unknown> } & LocationTarget): Location {
  return applyLocationChange(current, data);
}
