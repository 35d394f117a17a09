import { z } from 'zod';
import { countryCodeSchema, partyIdSchema } from '../party/party.schemas';
import { partyRefSchema } from '../party/routing.commands';
import { stationIdSchema } from '../station/station.schemas';
import { evseStatusSchema, ocpiIdSchema, ocpiObjectSchema, ownLocationViewSchema } from './location.schemas';

/** Location actions of the directory (`<ns>.cmd.directory.<action>`). */
export const LOCATION_ACTIONS = {
  /** Admin: create or replace a hosted CPO's location (with its EVSEs, connectors and station links). */
  saveLocation: 'save-location',
  /** Admin: create or replace one EVSE of such a location. */
  saveEvse: 'save-evse',
  getLocation: 'get-location',
  listLocations: 'list-locations',
  /** Sessions and CDRs: which OCPI location, EVSE and connector a station's EVSE/connector is. */
  findEvseByStation: 'find-evse-by-station',
} as const;

export const LOCATION_ERRORS = {
  notFound: 'LOCATION.NOT_FOUND',
  evseNotFound: 'LOCATION.NOT_FOUND_EVSE',
  /** No EVSE of a hosted CPO is linked to this station EVSE. */
  stationNotLinked: 'LOCATION.NOT_FOUND_STATION_LINK',
  invalid: 'LOCATION.INVALID',
  /** The party is not hosted here as a CPO. */
  notHostedCpo: 'LOCATION.NOT_FOUND_HOSTED_CPO',
  /** The station EVSE is already linked to another EVSE. */
  linkConflict: 'LOCATION.CONFLICT_STATION_LINK',
} as const;

const cpoFields = { countryCode: countryCodeSchema, partyId: partyIdSchema };

/**
 * `location` holds the OCPI Location fields except country_code, party_id, id and the
 * last_updated values, which the directory sets. Each EVSE may carry `station` (a StationLink):
 * the station EVSE it is. Connectors follow the OCPI Connector without last_updated.
 */
export const saveLocationRequestSchema = z.object({ ...cpoFields, locationId: ocpiIdSchema, location: ocpiObjectSchema });
export type SaveLocationRequest = z.infer<typeof saveLocationRequestSchema>;

/** `evse` holds the OCPI EVSE fields except uid and last_updated, plus an optional `station` link. */
export const saveEvseRequestSchema = z.object({ ...cpoFields, locationId: ocpiIdSchema, evseUid: ocpiIdSchema, evse: ocpiObjectSchema });
export type SaveEvseRequest = z.infer<typeof saveEvseRequestSchema>;

export const getLocationRequestSchema = z.object({ ...cpoFields, locationId: ocpiIdSchema });
export type GetLocationRequest = z.infer<typeof getLocationRequestSchema>;

/** Keyset paging for the admin list: locations created after `after` (an opaque cursor from the previous page). */
export const listLocationsRequestSchema = z.object({ ...cpoFields, limit: z.number().int().min(1).max(1000).default(100), after: z.string().optional() });
export type ListLocationsRequest = z.infer<typeof listLocationsRequestSchema>;
export const ownLocationPageSchema = z.object({ items: z.array(ownLocationViewSchema), next: z.string().optional() });
export type OwnLocationPage = z.infer<typeof ownLocationPageSchema>;

/**
 * `find-evse-by-station`: the station identity and the OCPP EVSE id (and connector id, if known)
 * as the gateway's events carry them (1.6 connector N is EVSE N, connector 1).
 */
export const findEvseByStationRequestSchema = z.object({
  stationId: stationIdSchema,
  evseId: z.number().int().min(1),
  connectorId: z.number().int().min(1).optional(),
});
export type FindEvseByStationRequest = z.infer<typeof findEvseByStationRequestSchema>;

/**
 * What a Session or CDR needs about where it happens: the hosted CPO, the OCPI ids, the
 * location's time zone (for tariff restrictions in local time) and the tariffs of the connector
 * (of every connector of the EVSE when no connector is known or the EVSE has several), and the
 * fields of a CdrLocation.
 */
export const evseByStationSchema = z.object({
  cpo: partyRefSchema,
  locationId: z.string(),
  evseUid: z.string(),
  /** The OCPI connector id: the one asked for, or the only connector of the EVSE. */
  connectorId: z.string().optional(),
  timeZone: z.string(),
  tariffIds: z.array(z.string()),
  evseStatus: evseStatusSchema,
  location: z.object({
    name: z.string().optional(),
    address: z.string(),
    city: z.string(),
    postal_code: z.string().optional(),
    state: z.string().optional(),
    country: z.string(),
    coordinates: z.object({ latitude: z.string(), longitude: z.string() }),
  }),
  evse: z.object({ uid: z.string(), evse_id: z.string().optional() }),
  /** The OCPI Connector (standard, format, power_type, ...) when the connector is known. */
  connector: ocpiObjectSchema.optional(),
});
export type EvseByStation = z.infer<typeof evseByStationSchema>;
