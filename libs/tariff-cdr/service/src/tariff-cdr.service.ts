import { STREAMS } from '@chargemesh/contracts/envelope';
import { defineService } from '@chargemesh/platform-runtime';
import { cdrsProjection } from './cdrs/projections/cdrs.projection';
import { TariffCdrTables1765000000000 } from './database/1765000000000-tariff-cdr-tables';
import { stationTransactionsProjection } from './pipeline/projections/station-transactions.projection';
import { sessionsProjection } from './sessions/projections/sessions.projection';
import { tariffCdrConfigSchema } from './tariff-cdr.config';
import { TariffCdrModule } from './tariff-cdr.module';
import { tariffsProjection } from './tariffs/projections/tariffs.projection';

/**
 * Tariffs, sessions and CDRs with their pricing and their OCPI modules. Owns the TARIFF, SESSION and
 * CDR streams; reads STATION (listed so that the stream exists before the gateway has booted: the
 * all-in-one process starts us first).
 */
export const tariffCdrService = defineService({
  name: 'tariff-cdr',
  module: TariffCdrModule,
  configSchema: tariffCdrConfigSchema,
  httpPort: (config) => config.TARIFF_CDR_HTTP_PORT,
  streams: [STREAMS.TARIFF, STREAMS.SESSION, STREAMS.CDR, STREAMS.STATION],
  projections: [tariffsProjection, sessionsProjection, cdrsProjection, stationTransactionsProjection],
  migrations: [TariffCdrTables1765000000000],
});
