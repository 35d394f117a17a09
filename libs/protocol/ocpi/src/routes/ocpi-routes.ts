import { CHARGING_PROFILES_ROUTES, COMMANDS_ROUTES } from './async-module-routes';
import { CREDENTIALS_ROUTES, HUB_CLIENT_INFO_ROUTES } from './configuration-routes';
import { CDRS_ROUTES, LOCATIONS_ROUTES, SESSIONS_ROUTES, TARIFFS_ROUTES, TOKENS_ROUTES } from './data-module-routes';
import type { OcpiRoute } from './route-types';

/*
 * Every operation of the Sender and Receiver interfaces of OCPI 2.2.1, from the "Interfaces and
 * endpoints" sections of each module. Operations marked n/a in the spec are absent, so a path that
 * matches with another method is a 405.
 */

export const OCPI_ROUTES: readonly OcpiRoute[] = [
  ...CREDENTIALS_ROUTES,
  ...LOCATIONS_ROUTES,
  ...SESSIONS_ROUTES,
  ...CDRS_ROUTES,
  ...TARIFFS_ROUTES,
  ...TOKENS_ROUTES,
  ...COMMANDS_ROUTES,
  ...CHARGING_PROFILES_ROUTES,
  ...HUB_CLIENT_INFO_ROUTES,
];

export const findRoute = (id: string): OcpiRoute | undefined => OCPI_ROUTES.find((route) => route.id === id);
