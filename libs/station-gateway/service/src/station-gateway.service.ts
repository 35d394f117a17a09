import { STREAMS } from '@chargemesh/contracts/envelope';
import { defineService } from '@chargemesh/platform-runtime';
import { StationGatewayTables1764000000000 } from './migrations/1764000000000-station-gateway-tables';
import { localAuthorizationsProjection } from './projections/local-authorizations.projection';
import { stationsProjection } from './projections/stations.projection';
import { stationGatewayConfigSchema } from './station-gateway.config';
import { StationGatewayModule } from './station-gateway.module';

/** The OCPP station gateway: WebSocket endpoint for charging stations, station registry and connection state. Owns the STATION stream and the OCPP audit stream. */
export const stationGatewayService = defineService({
  name: 'station-gateway',
  module: StationGatewayModule,
  configSchema: stationGatewayConfigSchema,
  httpPort: (config) => config.STATION_GATEWAY_HTTP_PORT,
  streams: [STREAMS.STATION, STREAMS.OCPP_AUDIT],
  projections: [stationsProjection, localAuthorizationsProjection],
  migrations: [StationGatewayTables1764000000000],
});
