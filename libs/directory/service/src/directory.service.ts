import { STREAMS } from '@chargemesh/contracts/envelope';
import { defineService } from '@chargemesh/platform-runtime';
import { DirectoryTables1764000000001 } from './database/1764000000001-directory-tables';
import { directoryConfigSchema } from './directory.config';
import { OcpiPushCursors1766000000001 } from './locations/database/1766000000001-ocpi-push-cursors';
import { ownLocationsProjection } from './locations/projections/own-locations.projection';
import { receivedLocationsProjection } from './locations/projections/received-locations.projection';
import { TokenIdentities1766000000002 } from './tokens/database/1766000000002-token-identities';
import { ownTokensProjection } from './tokens/projections/own-tokens.projection';
import { receivedTokensProjection } from './tokens/projections/received-tokens.projection';
import { DirectoryModule } from './directory.module';
import { partiesProjection } from './parties/projections/parties.projection';
import { remotePlatformsProjection } from './platforms/projections/remote-platforms.projection';
import { remotePartiesProjection } from './routing/projections/remote-parties.projection';

/**
 * The directory: parties hosted here, partner platforms (projected from the CREDENTIAL stream),
 * what Hubs report about the parties behind them, route overrides, the routing table, and the
 * ClientInfo pushes of a Hub. Owns the PARTY stream.
 */
export const directoryService = defineService({
  name: 'directory',
  module: DirectoryModule,
  configSchema: directoryConfigSchema,
  httpPort: (config) => config.DIRECTORY_HTTP_PORT,
  // CREDENTIAL is the credentials service's; listing it here only makes sure it exists, so that our
  // projection of it can start before the credentials service has booted (the all-in-one starts us first).
  // STATION likewise: the locations module follows the stations' connector statuses.
  streams: [STREAMS.PARTY, STREAMS.LOCATION, STREAMS.TOKEN, STREAMS.CREDENTIAL, STREAMS.STATION],
  projections: [partiesProjection, remotePlatformsProjection, remotePartiesProjection, ownLocationsProjection, receivedLocationsProjection, receivedTokensProjection, ownTokensProjection],
  migrations: [DirectoryTables1764000000001, OcpiPushCursors1766000000001, TokenIdentities1766000000002],
});
