import { credentialsSchema } from '../schemas/credentials.schemas';
import { clientInfoSchema } from '../schemas/hub-client-info.schemas';
import { list, on } from './define-route';
import type { OcpiRoute } from './route-types';

/* The Configuration Modules with an endpoint: HubClientInfo and Credentials (the versions endpoints have no structure). */

export const HUB_CLIENT_INFO_ROUTES: OcpiRoute[] = [
  on('hubclientinfo', 'SENDER')(
    'getList',
    'GET',
    '',
    list(
      'ClientInfo objects last updated in the date range (not for operational flow)',
      clientInfoSchema,
      'mod_hub_client_info.asciidoc#mod_hub_client_info_hub_get',
    ),
  ),
  on('hubclientinfo', 'RECEIVER')('getClientInfo', 'GET', '/{country_code}/{party_id}', {
    description: 'A ClientInfo as stored by the connected platform',
    responseData: clientInfoSchema,
    spec: 'mod_hub_client_info.asciidoc#mod_hub_client_info_client_get',
  }),
  on('hubclientinfo', 'RECEIVER')('putClientInfo', 'PUT', '/{country_code}/{party_id}', {
    description: 'The Hub pushes a new or changed ClientInfo',
    requestBody: clientInfoSchema,
    identity: { ownerInBody: true },
    spec: 'mod_hub_client_info.asciidoc#mod_hub_client_info_client_put',
  }),
];

/** Credentials is symmetric and its interface role "is not relevant": matching ignores the role. */
const credentials = on('credentials', 'SENDER');
export const CREDENTIALS_ROUTES: OcpiRoute[] = [
  credentials('get', 'GET', '', {
    description: "The server's credentials object",
    responseData: credentialsSchema,
    spec: 'credentials.asciidoc#credentials_get_method',
  }),
  credentials('register', 'POST', '', {
    description: 'Register: 405 when already registered, 3001 when our GETs to the client fail',
    requestBody: credentialsSchema,
    responseData: credentialsSchema,
    spec: 'credentials.asciidoc#credentials_post_method',
  }),
  credentials('update', 'PUT', '', {
    description: 'New token, endpoints or version: 405 when not registered',
    requestBody: credentialsSchema,
    responseData: credentialsSchema,
    spec: 'credentials.asciidoc#credentials_put_method',
  }),
  credentials('unregister', 'DELETE', '', {
    description: 'Unregister: 405 when not registered',
    spec: 'credentials.asciidoc#credentials_delete_method',
  }),
];
