import { z } from 'zod';
import { stationIdSchema } from '../station/station.schemas';

/**
 * An OCPI object (Location, EVSE, Connector, or a PATCH of one) as JSON. Contracts cannot depend on
 * the protocol library: the directory validates these with the OCPI 2.2.1 schemas before it
 * appends them, and readers may do the same.
 */
export const ocpiObjectSchema = z.record(z.string(), z.unknown());
export type OcpiObject = z.infer<typeof ocpiObjectSchema>;

/** OCPI 2.2.1 EVSE Status (mod_locations_status_enum). */
export const evseStatusSchema = z.enum(['AVAILABLE', 'BLOCKED', 'CHARGING', 'INOPERATIVE', 'OUTOFORDER', 'PLANNED', 'REMOVED', 'RESERVED', 'UNKNOWN']);
export type OcpiEvseStatus = z.infer<typeof evseStatusSchema>;

/** OCPI ids of locations, EVSE uids and connector ids: CiString(36). */
export const ocpiIdSchema = z.string().min(1).max(36);

/**
 * Which station EVSE an OCPI EVSE is (internal: never sent over OCPI). `evseId` is the OCPP EVSE
 * id as the gateway's events carry it (for OCPP 1.6, connector N is EVSE N). `connectors` maps each
 * OCPI connector id to its OCPP connector id; without it, connector ids that are whole numbers are
 * taken as they are and any other connector is numbered by its position (1, 2, ...).
 */
export const stationLinkSchema = z.object({
  stationId: stationIdSchema,
  evseId: z.number().int().min(1),
  connectors: z.record(ocpiIdSchema, z.number().int().min(1)).optional(),
});
export type StationLink = z.infer<typeof stationLinkSchema>;

export const evseStationLinkSchema = stationLinkSchema.extend({ evseUid: ocpiIdSchema });
export type EvseStationLink = z.infer<typeof evseStationLinkSchema>;

/** A location of a CPO hosted here as the admin API and `get-location` show it: the OCPI Location and its station links. */
export const ownLocationViewSchema = z.object({
  location: ocpiObjectSchema,
  stationLinks: z.array(evseStationLinkSchema),
});
export type OwnLocationView = z.infer<typeof ownLocationViewSchema>;
