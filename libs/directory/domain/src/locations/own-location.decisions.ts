import { CodedError, pending, type PendingEvent } from '@chargemesh/contracts/envelope';
import { type EvseStationLink, EvseSavedV1, EvseStatusChangedV1, LocationSavedV1, type OcpiEvseStatus, type StationLink, stationLinkSchema } from '@chargemesh/contracts/location';
import {
  ciEquals,
  type Connector,
  connectorObjectSchema,
  type Evse,
  evseObjectSchema,
  formatOcpiDateTime,
  type Location,
  locationObjectSchema,
  locationSchema,
  nonEmptyArray,
  type PartyRef,
  validateOcpi,
} from '@chargemesh/protocol-ocpi';
import { z } from 'zod';
import { effectiveEvseStatus } from './evse-status';
import { LOCATION_REFUSALS } from './location-errors';
import { findEvse, laterOf } from './location-tree';
import { linkOf, type OwnLocationState } from './own-location.state';
import { sameJson } from './same-json';

/* What an admin sends: OCPI fields without the ones the directory sets (owner, ids, last_updated), and each EVSE's station. */
const adminConnectorSchema = connectorObjectSchema.omit({ last_updated: true });
const adminEvseFields = evseObjectSchema.omit({ last_updated: true }).extend({ connectors: nonEmptyArray(adminConnectorSchema), station: stationLinkSchema.optional() });
const adminEvseSchema = adminEvseFields.omit({ uid: true }).extend({ uid: evseObjectSchema.shape.uid.optional() });
const adminLocationSchema = locationObjectSchema.omit({ country_code: true, party_id: true, id: true, last_updated: true }).extend({ evses: z.array(adminEvseFields).optional() });

type AdminEvse = z.infer<typeof adminEvseFields>;

export interface SaveContext {
  cpo: PartyRef;
  now: Date;
  /** What the station EVSE behind a link reports now (undefined: nothing yet). */
  stationStatus: (link: StationLink) => OcpiEvseStatus | undefined;
}

const invalid = (message: string): never => {
  throw new CodedError(LOCATION_REFUSALS.invalid, message);
};

function parse<S extends z.ZodType>(schema: S, body: unknown): z.output<S> {
  const result = validateOcpi(schema, body, { nullAsAbsent: true });
  if (!result.success) invalid(result.message);
  return (result as { data: z.output<S> }).data;
}

/** Creates or replaces a hosted CPO's location. Objects whose content did not change keep their last_updated; no change at all appends nothing. */
export function decideSaveLocation(current: OwnLocationState | undefined, locationId: string, body: unknown, context: SaveContext): PendingEvent[] {
  const input = parse(adminLocationSchema, body);
  const evses = input.evses ?? [];
  const uids = evses.map((evse) => evse.uid.toUpperCase());
  if (new Set(uids).size !== uids.length) invalid('evses: each EVSE uid may be used once');
  const links = evses.filter((evse) => evse.station).map((evse) => ({ ...(evse.station as StationLink), evseUid: evse.uid }));
  checkLinksDistinct(links);
  const stamp = formatOcpiDateTime(context.now);
  const builtEvses = evses.map((evse) => buildEvse(evse, current && findEvse(current.location, evse.uid), stamp, context));
  const { evses: _evses, ...fields } = input;
  const withoutStamp = { ...fields, country_code: context.cpo.countryCode.toUpperCase(), party_id: context.cpo.partyId.toUpperCase(), id: locationId, evses: builtEvses };
  const previous = current?.location;
  const unchanged = previous && sameJson({ ...previous, last_updated: undefined }, { ...withoutStamp, last_updated: undefined });
  const lastUpdated = unchanged ? previous.last_updated : builtEvses.reduce((latest, evse) => laterOf(latest, evse.last_updated), stamp);
  const location = checkLocation({ ...withoutStamp, last_updated: lastUpdated });
  if (current && unchanged && sameJson(sortLinks(current.links), sortLinks(links))) return [];
  return [pending(LocationSavedV1, { countryCode: location.country_code, partyId: location.party_id, location: location as unknown as Record<string, unknown>, stationLinks: links })];
}

/** Creates or replaces one EVSE of an existing location; the location's last_updated follows. */
export function decideSaveEvse(current: OwnLocationState | undefined, locationId: string, evseUid: string, body: unknown, context: SaveContext): PendingEvent[] {
  if (!current) throw new CodedError(LOCATION_REFUSALS.notFound, `location ${locationId} of ${context.cpo.countryCode}*${context.cpo.partyId} does not exist`);
  const input = parse(adminEvseSchema, body);
  if (input.uid !== undefined && !ciEquals(input.uid, evseUid)) throw new CodedError(LOCATION_REFUSALS.idMismatch, `uid in the body (${input.uid}) differs from the EVSE uid in the URL (${evseUid})`);
  const existing = findEvse(current.location, evseUid);
  const evse = buildEvse({ ...input, uid: existing?.uid ?? evseUid }, existing, formatOcpiDateTime(context.now), context);
  checkLocation({ ...current.location, evses: existing ? (current.location.evses ?? []).map((other) => (other === existing ? evse : other)) : [...(current.location.evses ?? []), evse] });
  const others = current.links.filter((link) => !ciEquals(link.evseUid, evse.uid));
  if (input.station) checkLinksDistinct([...others, { ...input.station, evseUid: evse.uid }]);
  const previousLink = linkOf(current, evse.uid);
  if (existing && sameJson(existing, evse) && sameJson(previousLink ? stripUid(previousLink) : undefined, input.station)) return [];
  return [pending(EvseSavedV1, { countryCode: current.location.country_code, partyId: current.location.party_id, locationId: current.location.id, evse: evse as unknown as Record<string, unknown>, ...(input.station ? { stationLink: input.station } : {}) })];
}

/** A linked EVSE's status follows its station, unless the admin holds it (REMOVED, PLANNED, BLOCKED) or nothing changed. */
export function decideStationStatus(current: OwnLocationState | undefined, evseUid: string, stationStatus: OcpiEvseStatus, now: Date, source: { stationId: string; evseId: number; seq: number }): PendingEvent[] {
  const evse = current && findEvse(current.location, evseUid);
  if (!current || !evse) return [];
  const status = effectiveEvseStatus(evse.status, stationStatus);
  if (status === evse.status) return [];
  return [
    pending(EvseStatusChangedV1, {
      countryCode: current.location.country_code,
      partyId: current.location.party_id,
      locationId: current.location.id,
      evseUid: evse.uid,
      status,
      lastUpdated: laterOf(formatOcpiDateTime(now), evse.last_updated),
      station: source,
    }),
  ];
}

function buildEvse(input: AdminEvse | (Omit<AdminEvse, 'uid'> & { uid: string }), existing: Evse | undefined, stamp: string, context: SaveContext): Evse {
  const { station, connectors, ...fields } = input;
  const builtConnectors: Connector[] = connectors.map((connector) => {
    const held = existing?.connectors.find((candidate) => ciEquals(candidate.id, connector.id));
    const same = held && sameJson({ ...held, last_updated: undefined }, { ...connector, last_updated: undefined });
    return { ...connector, last_updated: same ? held.last_updated : stamp };
  });
  const ids = builtConnectors.map((connector) => connector.id.toUpperCase());
  if (new Set(ids).size !== ids.length) invalid(`evses[${input.uid}].connectors: each connector id may be used once`);
  const status = station ? effectiveEvseStatus(fields.status, context.stationStatus(station)) : fields.status;
  const candidate = { ...fields, status, connectors: builtConnectors };
  const same = existing && sameJson({ ...existing, last_updated: undefined }, { ...candidate, last_updated: undefined });
  const lastUpdated = same ? existing.last_updated : builtConnectors.reduce((latest, connector) => laterOf(latest, connector.last_updated), stamp);
  return { ...candidate, last_updated: lastUpdated } as Evse;
}

function checkLocation(candidate: unknown): Location {
  const result = validateOcpi(locationSchema, candidate);
  if (!result.success) invalid(result.message);
  return (result as { data: Location }).data;
}

function checkLinksDistinct(links: EvseStationLink[]): void {
  const keys = links.map((link) => `${link.stationId}#${link.evseId}`);
  if (new Set(keys).size !== keys.length) invalid('station: a station EVSE may be linked to one EVSE only');
}

const stripUid = ({ evseUid: _uid, ...link }: EvseStationLink): StationLink => link;
const sortLinks = (links: EvseStationLink[]) => [...links].sort((left, right) => left.evseUid.localeCompare(right.evseUid));
