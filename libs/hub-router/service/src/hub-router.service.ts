import { STREAMS } from '@chargemesh/contracts/envelope';
import { defineService } from '@chargemesh/platform-runtime';
import { hubRouterConfigSchema } from './hub-router.config';
import { HubRouterModule } from './hub-router.module';
import { ForwardedUrls1765000000001 } from './routing/database/1765000000001-forwarded-urls';
import { MODULE_MIGRATIONS } from './modules/modules.providers';

/** The public OCPI 2.2.1 HTTP surface: authenticates partners and routes OCPI messages to hosted parties or onwards. Owns the OCPI audit stream. */
export const hubRouterService = defineService({
  name: 'hub-router',
  module: HubRouterModule,
  configSchema: hubRouterConfigSchema,
  httpPort: (config) => config.HUB_ROUTER_HTTP_PORT,
  streams: [STREAMS.OCPI_AUDIT],
  migrations: [ForwardedUrls1765000000001, ...MODULE_MIGRATIONS],
});
