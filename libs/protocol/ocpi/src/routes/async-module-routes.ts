import { z } from 'zod';
import {
  activeChargingProfileQuerySchema,
  activeChargingProfileResultSchema,
  activeChargingProfileSchema,
  chargingProfileResponseSchema,
  chargingProfileResultSchema,
  clearProfileQuerySchema,
  clearProfileResultSchema,
  setChargingProfileSchema,
} from '../schemas/charging-profiles.schemas';
import { commandRequestSchemas, commandResponseSchema, commandResultSchema } from '../schemas/commands.schemas';
import { commandTypeSchema } from '../schemas/enums';
import { on } from './define-route';
import type { OcpiRoute } from './route-types';

/* The asynchronous modules: Commands and ChargingProfiles answer at once and POST the result to response_url. */

export const COMMANDS_ROUTES: OcpiRoute[] = [
  ...commandTypeSchema.options.map((command) =>
    on('commands', 'RECEIVER')(command, 'POST', `/${command}`, {
      description: `Ask the CPO to send ${command} to the Charge Point; the result follows on response_url`,
      requestBody: commandRequestSchemas[command],
      responseData: commandResponseSchema,
      spec: 'mod_commands.asciidoc#mod_commands_cpo_post_method',
    }),
  ),
  on('commands', 'SENDER')('postResult', 'POST', '*', {
    description: 'The asynchronous CommandResult, POSTed to response_url',
    requestBody: commandResultSchema,
    spec: 'mod_commands.asciidoc#mod_commands_msp_post_method',
  }),
];

const profilesReceiver = on('chargingprofiles', 'RECEIVER');
const profilesSender = on('chargingprofiles', 'SENDER');

export const CHARGING_PROFILES_ROUTES: OcpiRoute[] = [
  profilesReceiver('getActiveProfile', 'GET', '/{session_id}', {
    description: 'Ask for the ActiveChargingProfile; the result follows on response_url',
    query: activeChargingProfileQuerySchema,
    responseData: chargingProfileResponseSchema,
    spec: 'mod_charging_profiles.asciidoc#mod_charging_profiles_cpo_get_method',
  }),
  profilesReceiver('putProfile', 'PUT', '/{session_id}', {
    description: 'Set or replace the ChargingProfile of a session',
    requestBody: setChargingProfileSchema,
    responseData: chargingProfileResponseSchema,
    spec: 'mod_charging_profiles.asciidoc#mod_charging_profiles_cpo_put_method',
  }),
  profilesReceiver('deleteProfile', 'DELETE', '/{session_id}', {
    description: 'Clear the ChargingProfile of a session',
    query: clearProfileQuerySchema,
    responseData: chargingProfileResponseSchema,
    spec: 'mod_charging_profiles.asciidoc#mod_charging_profiles_cpo_delete_method',
  }),
  profilesSender('postResult', 'POST', '*', {
    description: 'An asynchronous result POSTed to response_url; the URL tells which of the three',
    requestBody: z.union([activeChargingProfileResultSchema, chargingProfileResultSchema, clearProfileResultSchema]),
    spec: 'mod_charging_profiles.asciidoc#mod_charging_profiles_msp_post_method',
  }),
  profilesSender('putActiveProfile', 'PUT', '/{session_id}', {
    description: 'The CPO pushes a changed ActiveChargingProfile',
    requestBody: activeChargingProfileSchema,
    spec: 'mod_charging_profiles.asciidoc#mod_charging_profiles_msp_put_method',
  }),
];
