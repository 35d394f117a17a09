import { cdrSchema } from '../schemas/cdrs.schemas';
import { chargingPreferencesResponseSchema } from '../schemas/enums';
import {
  connectorPatchSchema,
  connectorSchema,
  evsePatchSchema,
  evseSchema,
  locationPatchSchema,
  locationSchema,
} from '../schemas/locations.schemas';
import { chargingPreferencesSchema, sessionPatchSchema, sessionSchema } from '../schemas/sessions.schemas';
import { tariffSchema } from '../schemas/tariffs.schemas';
import {
  authorizationInfoSchema,
  locationReferencesSchema,
  tokenPatchSchema,
  tokenSchema,
  tokenTypeQuerySchema,
} from '../schemas/tokens.schemas';
import { list, on } from './define-route';
import type { OcpiRoute } from './route-types';

/* The data modules: Locations, Sessions, CDRs, Tariffs, Tokens ("Interfaces and endpoints" of each). */

const locationsSender = on('locations', 'SENDER');
const locationsReceiver = on('locations', 'RECEIVER');
const LOCATION = '/{country_code}/{party_id}/{location_id}';
const EVSE = `${LOCATION}/{evse_uid}`;
const CONNECTOR = `${EVSE}/{connector_id}`;
const LOCATIONS_RECEIVER_SPEC = 'mod_locations.asciidoc#mod_locations_emsp_interface';
const LOCATIONS_PUT_SPEC = 'mod_locations.asciidoc#mod_locations_put_method';
const LOCATIONS_PATCH_SPEC = 'mod_locations.asciidoc#mod_locations_patch_method';

export const LOCATIONS_ROUTES: OcpiRoute[] = [
  locationsSender(
    'getList',
    'GET',
    '',
    list(
      'Locations last updated in the date range',
      locationSchema,
      'mod_locations.asciidoc#mod_locations_get_list_request_parameters',
    ),
  ),
  locationsSender('getLocation', 'GET', '/{location_id}', {
    description: 'One Location',
    responseData: locationSchema,
    spec: 'mod_locations.asciidoc#mod_locations_get_object_request_parameters',
  }),
  locationsSender('getEvse', 'GET', '/{location_id}/{evse_uid}', {
    description: 'One EVSE',
    responseData: evseSchema,
    spec: 'mod_locations.asciidoc#mod_locations_get_object_request_parameters',
  }),
  locationsSender('getConnector', 'GET', '/{location_id}/{evse_uid}/{connector_id}', {
    description: 'One Connector',
    responseData: connectorSchema,
    spec: 'mod_locations.asciidoc#mod_locations_get_object_request_parameters',
  }),
  locationsReceiver('getLocation', 'GET', LOCATION, {
    description: 'A Location as stored by the receiver',
    responseData: locationSchema,
    spec: LOCATIONS_RECEIVER_SPEC,
  }),
  locationsReceiver('getEvse', 'GET', EVSE, {
    description: 'An EVSE as stored by the receiver',
    responseData: evseSchema,
    spec: LOCATIONS_RECEIVER_SPEC,
  }),
  locationsReceiver('getConnector', 'GET', CONNECTOR, {
    description: 'A Connector as stored by the receiver',
    responseData: connectorSchema,
    spec: LOCATIONS_RECEIVER_SPEC,
  }),
  locationsReceiver('putLocation', 'PUT', LOCATION, {
    description: 'Push a new or replaced Location',
    requestBody: locationSchema,
    identity: { ownerInBody: true, idParam: 'location_id', idField: 'id' },
    spec: LOCATIONS_PUT_SPEC,
  }),
  locationsReceiver('putEvse', 'PUT', EVSE, {
    description: 'Push a new or replaced EVSE',
    requestBody: evseSchema,
    identity: { ownerInBody: false, idParam: 'evse_uid', idField: 'uid' },
    spec: LOCATIONS_PUT_SPEC,
  }),
  locationsReceiver('putConnector', 'PUT', CONNECTOR, {
    description: 'Push a new or replaced Connector',
    requestBody: connectorSchema,
    identity: { ownerInBody: false, idParam: 'connector_id', idField: 'id' },
    spec: LOCATIONS_PUT_SPEC,
  }),
  locationsReceiver('patchLocation', 'PATCH', LOCATION, {
    description: 'Partial update of a Location',
    requestBody: locationPatchSchema,
    identity: { ownerInBody: true, idParam: 'location_id', idField: 'id' },
    spec: LOCATIONS_PATCH_SPEC,
  }),
  locationsReceiver('patchEvse', 'PATCH', EVSE, {
    description: 'Partial update of an EVSE (e.g. its status)',
    requestBody: evsePatchSchema,
    identity: { ownerInBody: false, idParam: 'evse_uid', idField: 'uid' },
    spec: LOCATIONS_PATCH_SPEC,
  }),
  locationsReceiver('patchConnector', 'PATCH', CONNECTOR, {
    description: 'Partial update of a Connector',
    requestBody: connectorPatchSchema,
    identity: { ownerInBody: false, idParam: 'connector_id', idField: 'id' },
    spec: LOCATIONS_PATCH_SPEC,
  }),
];

const sessionsSender = on('sessions', 'SENDER');
const sessionsReceiver = on('sessions', 'RECEIVER');
const SESSION = '/{country_code}/{party_id}/{session_id}';
const SESSION_IDENTITY = { ownerInBody: true, idParam: 'session_id', idField: 'id' } as const;

export const SESSIONS_ROUTES: OcpiRoute[] = [
  sessionsSender('getList', 'GET', '', {
    ...list(
      'Sessions last updated in the date range',
      sessionSchema,
      'mod_sessions.asciidoc#mod_sessions_cpo_get_request_parameters',
    ),
    requiresDateFrom: true,
  }),
  sessionsSender('putChargingPreferences', 'PUT', '/{session_id}/charging_preferences', {
    description: "Set the driver's Charging Preferences",
    requestBody: chargingPreferencesSchema,
    responseData: chargingPreferencesResponseSchema,
    spec: 'mod_sessions.asciidoc#mod_sessions_cpo_put_method',
  }),
  sessionsReceiver('getSession', 'GET', SESSION, {
    description: 'A Session as stored by the receiver',
    responseData: sessionSchema,
    spec: 'mod_sessions.asciidoc#mod_sessions_msp_get_method',
  }),
  sessionsReceiver('putSession', 'PUT', SESSION, {
    description: 'Push a new or replaced Session',
    requestBody: sessionSchema,
    identity: SESSION_IDENTITY,
    spec: 'mod_sessions.asciidoc#mod_sessions_msp_put_method',
  }),
  sessionsReceiver('patchSession', 'PATCH', SESSION, {
    description: 'Partial update of a Session; charging_periods are appended',
    requestBody: sessionPatchSchema,
    identity: SESSION_IDENTITY,
    spec: 'mod_sessions.asciidoc#mod_sessions_patch_method',
  }),
];

export const CDRS_ROUTES: OcpiRoute[] = [
  on('cdrs', 'SENDER')(
    'getList',
    'GET',
    '',
    list('CDRs created in the date range', cdrSchema, 'mod_cdrs.asciidoc#mod_cdrs_cpo_get_method'),
  ),
  on('cdrs', 'RECEIVER')('postCdr', 'POST', '', {
    description: 'Send a new CDR; the answer carries its URL in the Location header',
    requestBody: cdrSchema,
    spec: 'mod_cdrs.asciidoc#mod_cdrs_post_method',
  }),
  on('cdrs', 'RECEIVER')('getCdr', 'GET', '*', {
    description: 'A stored CDR, at the URL the receiver returned in Location',
    responseData: cdrSchema,
    spec: 'mod_cdrs.asciidoc#mod_cdrs_msp_get_method',
  }),
];

const tariffsReceiver = on('tariffs', 'RECEIVER');
const TARIFF = '/{country_code}/{party_id}/{tariff_id}';

export const TARIFFS_ROUTES: OcpiRoute[] = [
  on('tariffs', 'SENDER')(
    'getList',
    'GET',
    '',
    list('Tariffs last updated in the date range', tariffSchema, 'mod_tariffs.asciidoc#mod_tariffs_cpo_get_method'),
  ),
  tariffsReceiver('getTariff', 'GET', TARIFF, {
    description: 'A Tariff as stored by the receiver',
    responseData: tariffSchema,
    spec: 'mod_tariffs.asciidoc#mod_tariffs_msp_get_method',
  }),
  tariffsReceiver('putTariff', 'PUT', TARIFF, {
    description: 'Push a new or replaced Tariff',
    requestBody: tariffSchema,
    identity: { ownerInBody: true, idParam: 'tariff_id', idField: 'id' },
    spec: 'mod_tariffs.asciidoc#mod_tariffs_put_method',
  }),
  tariffsReceiver('deleteTariff', 'DELETE', TARIFF, {
    description: 'Remove a Tariff that is no longer used',
    spec: 'mod_tariffs.asciidoc#mod_tariffs_delete_method',
  }),
];

const tokensReceiver = on('tokens', 'RECEIVER');
const TOKEN = '/{country_code}/{party_id}/{token_uid}';
const TOKEN_IDENTITY = { ownerInBody: true, idParam: 'token_uid', idField: 'uid' } as const;

export const TOKENS_ROUTES: OcpiRoute[] = [
  on('tokens', 'SENDER')(
    'getList',
    'GET',
    '',
    list('Tokens last updated in the date range', tokenSchema, 'mod_tokens.asciidoc#mod_tokens_msp_get_method'),
  ),
  on('tokens', 'SENDER')('authorize', 'POST', '/{token_uid}/authorize', {
    description: 'Real-time authorization of a Token; 404 with 2004 when unknown',
    query: tokenTypeQuerySchema,
    requestBody: locationReferencesSchema.optional(),
    responseData: authorizationInfoSchema,
    spec: 'mod_tokens.asciidoc#mod_tokens_post_method',
  }),
  tokensReceiver('getToken', 'GET', TOKEN, {
    description: 'A Token as stored by the receiver',
    query: tokenTypeQuerySchema,
    responseData: tokenSchema,
    spec: 'mod_tokens.asciidoc#mod_tokens_cpo_get_method',
  }),
  tokensReceiver('putToken', 'PUT', TOKEN, {
    description: 'Push a new or replaced Token',
    query: tokenTypeQuerySchema,
    requestBody: tokenSchema,
    identity: TOKEN_IDENTITY,
    spec: 'mod_tokens.asciidoc#mod_tokens_put_method',
  }),
  tokensReceiver('patchToken', 'PATCH', TOKEN, {
    description: 'Partial update of a Token',
    query: tokenTypeQuerySchema,
    requestBody: tokenPatchSchema,
    identity: TOKEN_IDENTITY,
    spec: 'mod_tokens.asciidoc#mod_tokens_patch_method',
  }),
];
