import { z } from 'zod';
import { defineEvent } from '../envelope';
import { partyRefSchema } from '../party/routing.commands';
import { stationIdSchema } from '../station/station.schemas';
import { evseStationLinkSchema, evseStatusSchema, ocpiIdSchema, ocpiObjectSchema, stationLinkSchema } from './location.schemas';

/*
 * Events of the LOCATION stream (owned by the directory). Subjects:
 * `<ns>.location.location.<CC*PID*LOCID>` for the locations of CPOs hosted here and
 * `<ns>.location.received-location.<RCC*RPID*CC*PID*LOCID>` for locations pushed to eMSPs hosted
 * here. OCPI objects are stored as the OCPI 2.2.1 JSON the directory validated, with their
 * last_updated values; station links are internal and never sent over OCPI.
 */

const iso = z.iso.datetime({ offset: true });

/** An admin created or replaced a location of a hosted CPO: the whole Location, EVSEs included, and the station of each linked EVSE. */
export const LocationSavedV1 = defineEvent(
  'LocationSaved',
  1,
  z.object({ countryCode: z.string(), partyId: z.string(), location: ocpiObjectSchema, stationLinks: z.array(evseStationLinkSchema) }),
);

/** An admin created or replaced one EVSE of a hosted CPO's location (the Location's last_updated follows). No link: the EVSE is linked to no station. */
export const EvseSavedV1 = defineEvent(
  'EvseSaved',
  1,
  z.object({ countryCode: z.string(), partyId: z.string(), locationId: ocpiIdSchema, evse: ocpiObjectSchema, stationLink: stationLinkSchema.optional() }),
);

/** The status of a linked EVSE follows its station's connectors (STATION stream ConnectorStatusChanged). */
export const EvseStatusChangedV1 = defineEvent(
  'EvseStatusChanged',
  1,
  z.object({
    countryCode: z.string(),
    partyId: z.string(),
    locationId: ocpiIdSchema,
    evseUid: ocpiIdSchema,
    status: evseStatusSchema,
    lastUpdated: iso,
    /** The station event that caused it (its STATION stream sequence). */
    station: z.object({ stationId: stationIdSchema, evseId: z.number().int().nonnegative(), seq: z.number().int().positive() }),
  }),
);

/**
 * A CPO pushed (Receiver PUT or PATCH) a Location, EVSE or Connector to an eMSP hosted here.
 * `object` is the body as validated (a whole object for PUT, the changed fields for PATCH).
 * Parents take the new last_updated, as mod_locations_put_method / _patch_method require.
 */
export const LocationUpdateReceivedV1 = defineEvent(
  'LocationUpdateReceived',
  1,
  z.object({
    receiver: partyRefSchema,
    owner: partyRefSchema,
    locationId: ocpiIdSchema,
    evseUid: ocpiIdSchema.optional(),
    connectorId: ocpiIdSchema.optional(),
    method: z.enum(['PUT', 'PATCH']),
    object: ocpiObjectSchema,
  }),
);
