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
  streams: [STREAMS.OICP, STREAMS.OICP_AUDIT],
  projections: [registryProjection, cpoCatalogueProjection, empCatalogueProjection, authenticationDataProjection, sessionsProjection, deliveriesProjection],
  migrations: [OicpPeerTables1764100000000],
});
