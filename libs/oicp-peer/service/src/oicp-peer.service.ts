import { readFileSync } from 'node:fs';
import { STREAMS } from '@chargemesh/contracts/envelope';
import { defineService } from '@chargemesh/platform-runtime';
import { OicpPeerTables1764100000000 } from './database/1764100000000-oicp-peer-tables';
import { oicpPeerConfigSchema } from './oicp-peer.config';
import { OicpPeerModule } from './oicp-peer.module';
import { authenticationDataProjection } from './projections/authentication-data.projection';
import { cpoCatalogueProjection } from './projections/cpo-catalogue.projection';
import { deliveriesProjection } from './projections/deliveries.projection';
import { empCatalogueProjection } from './projections/emp-catalogue.projection';
import { sessionsProjection } from './projections/sessions.projection';
import { registryProjection } from './projections/registry.projection';

/** OICP 2.3 CPO and EMP endpoints and clients with the provider and operator registries. Owns the OICP stream and the OICP audit stream. */
export const oicpPeerService = defineService({
  name: 'oicp-peer',
  module: OicpPeerModule,
  configSchema: oicpPeerConfigSchema,
  httpPort: (config) => config.OICP_PEER_HTTP_PORT,
  // Client certificates are asked for but not required at the handshake: peers with a token only still
  // connect, and the authenticator decides per peer (a certificate pinned by fingerprint, signed by the CA if one is set).
  httpsOptions: (config) =>
    config.OICP_TLS_CERT_FILE && config.OICP_TLS_KEY_FILE
      ? {
          cert: readFileSync(config.OICP_TLS_CERT_FILE),
          key: readFileSync(config.OICP_TLS_KEY_FILE),
          ...(config.OICP_TLS_CLIENT_CA_FILE ? { ca: readFileSync(config.OICP_TLS_CLIENT_CA_FILE) } : {}),
          requestCert: true,
          rejectUnauthorized: false,
        }
      : undefined,
  streams: [STREAMS.OICP, STREAMS.OICP_AUDIT],
  projections: [registryProjection, cpoCatalogueProjection, empCatalogueProjection, authenticationDataProjection, sessionsProjection, deliveriesProjection],
  migrations: [OicpPeerTables1764100000000],
});
