import { z } from 'zod';
import { presentKeys } from './primitives';

/* GeoCoordinatesType and its three notations, WGS84 (03_*_Data_Types.asciidoc). */

const DECIMAL_DEGREE = /^-?1?\d{1,2}\.\d{1,6}$/;
const GOOGLE = /^(-?1?\d{1,2}\.\d{1,6})\s*,?\s*(-?1?\d{1,2}\.\d{1,6})$/;
const DEGREE_MINUTE_SECONDS = /^(-?)(1?\d{1,2})°[ ]?(\d{1,2})'[ ]?(\d{1,2}\.\d+)''$/;

/*
 * The patterns admit up to ±199.999999; WGS84 bounds latitude to ±90 and longitude to ±180, and the
 * spec warns "please ensure ... longitude and latitude has not been swapped" (EVSE data best practices).
 */
const within = (limit: number) => (degrees: number) => Math.abs(degrees) <= limit;

const latitudeText = z
  .string()
  .regex(DECIMAL_DEGREE, 'a decimal degree such as "47.662249"')
  .refine((text) => within(90)(Number(text)), 'a latitude between -90 and 90');
const longitudeText = z
  .string()
  .regex(DECIMAL_DEGREE, 'a decimal degree such as "9.360922"')
  .refine((text) => within(180)(Number(text)), 'a longitude between -180 and 180');

/** GeoCoordinatesGoogleFormatType: "latitude and longitude (in this sequence) separated by a space". */
export const googleCoordinatesSchema = z.object({
  Coordinates: z
    .string()
    .regex(GOOGLE, 'latitude and longitude such as "47.662249 9.360922"')
    .refine((text) => {
      const [, latitude, longitude] = GOOGLE.exec(text) ?? [];
      return within(90)(Number(latitude)) && within(180)(Number(longitude));
    }, 'latitude (first) between -90 and 90, longitude (second) between -180 and 180'),
});

/** GeoCoordinatesDecimalDegreeType. */
export const decimalDegreeCoordinatesSchema = z.object({ Longitude: longitudeText, Latitude: latitudeText });

/** GeoCoordinatesDegreeMinuteSecondsFormatType, e.g. `9°21'39.32''`. */
const degreeMinuteSecondsText = z
  .string()
  .regex(DEGREE_MINUTE_SECONDS, `degrees, minutes and seconds such as 9°21'39.32''`);
export const degreeMinuteSecondsCoordinatesSchema = z.object({
  Longitude: degreeMinuteSecondsText,
  Latitude: degreeMinuteSecondsText,
});

const GEO_NOTATIONS = ['Google', 'DecimalDegree', 'DegreeMinuteSeconds'] as const;

/** "One of the following three options MUST be provided" (GeoCoordinatesType). */
export const geoCoordinatesSchema = z
  .object({
    Google: googleCoordinatesSchema.optional(),
    DecimalDegree: decimalDegreeCoordinatesSchema.optional(),
    DegreeMinuteSeconds: degreeMinuteSecondsCoordinatesSchema.optional(),
  })
  .superRefine((value, ctx) => {
    const present = presentKeys(value, GEO_NOTATIONS);
    if (present.length !== 1) {
      const found = present.length === 0 ? 'none' : present.join(' and ');
      ctx.addIssue({ code: 'custom', message: `exactly one geo coordinates notation must be present, found ${found}` });
    }
  });
export type GeoCoordinates = z.infer<typeof geoCoordinatesSchema>;

/** GeoCoordinatesResponseFormatType: the notation a PullEvseData caller wants back. */
export const geoCoordinatesResponseFormatSchema = z.enum(GEO_NOTATIONS);
export type GeoCoordinatesResponseFormat = z.infer<typeof geoCoordinatesResponseFormatSchema>;

export interface LatitudeLongitude {
  latitude: number;
  longitude: number;
}

function degreesOf(text: string): number {
  const [, sign, degrees, minutes, seconds] = DEGREE_MINUTE_SECONDS.exec(text) ?? [];
  const magnitude = Number(degrees) + Number(minutes) / 60 + Number(seconds) / 3600;
  return sign === '-' ? -magnitude : magnitude;
}

/** The position in decimal degrees, whichever notation carries it (for search radius and distance). */
export function toLatitudeLongitude(coordinates: GeoCoordinates): LatitudeLongitude {
  if (coordinates.DecimalDegree) {
    return {
      latitude: Number(coordinates.DecimalDegree.Latitude),
      longitude: Number(coordinates.DecimalDegree.Longitude),
    };
  }
  if (coordinates.Google) {
    const [, latitude, longitude] = GOOGLE.exec(coordinates.Google.Coordinates) ?? [];
    return { latitude: Number(latitude), longitude: Number(longitude) };
  }
  if (coordinates.DegreeMinuteSeconds) {
    return {
      latitude: degreesOf(coordinates.DegreeMinuteSeconds.Latitude),
      longitude: degreesOf(coordinates.DegreeMinuteSeconds.Longitude),
    };
  }
  throw new Error('GeoCoordinates carry no notation; validate them with geoCoordinatesSchema first');
}

/** Renders a position in the notation a PullEvseData caller asked for (GeoCoordinatesResponseFormat). */
export function formatGeoCoordinates(
  position: LatitudeLongitude,
  format: GeoCoordinatesResponseFormat,
): GeoCoordinates {
  const decimal = (degrees: number) => degrees.toFixed(6);
  if (format === 'Google')
    return { Google: { Coordinates: `${decimal(position.latitude)} ${decimal(position.longitude)}` } };
  if (format === 'DecimalDegree') {
    return { DecimalDegree: { Latitude: decimal(position.latitude), Longitude: decimal(position.longitude) } };
  }
  const dms = (degrees: number) => {
    const totalSeconds = Math.round(Math.abs(degrees) * 360000) / 100;
    const whole = Math.floor(totalSeconds / 3600);
    const minutes = Math.floor((totalSeconds - whole * 3600) / 60);
    const seconds = (totalSeconds - whole * 3600 - minutes * 60).toFixed(2);
    return `${degrees < 0 ? '-' : ''}${whole}°${minutes}'${seconds}''`;
  };
  return { DegreeMinuteSeconds: { Latitude: dms(position.latitude), Longitude: dms(position.longitude) } };
}

/** Great-circle distance in km (haversine), for the SearchCenter radius of the pull operations. */
export function distanceInKm(from: LatitudeLongitude, to: LatitudeLongitude): number {
  const radians = (degrees: number) => (degrees * Math.PI) / 180;
  const dLat = radians(to.latitude - from.latitude);
  const dLon = radians(to.longitude - from.longitude);
  const a =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(radians(from.latitude)) * Math.cos(radians(to.latitude)) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(a)));
}
