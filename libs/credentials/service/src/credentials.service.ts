import { STREAMS } from '@chargemesh/contracts/envelope';
import { defineService } from '@chargemesh/platform-runtime';
import { credentialsConfigSchema } from './credentials.config';
import { CredentialsModule } from './credentials.module';
import { CredentialsTables1764000000000 } from './database/1764000000000-credentials-tables';

/**
 * OCPI versions and credentials handshakes in both directions, tokens A/B/C (accepted ones as
 * digests, sent ones encrypted), the still-alive check of partners. Postgres is its source of
 * truth; non-secret facts reach the CREDENTIAL stream through a transactional outbox.
 */
export const credentialsService = defineService({
  name: 'credentials',
  module: CredentialsModule,
  configSchema: credentialsConfigSchema,
  httpPort: (config) => config.CREDENTIALS_HTTP_PORT,
  streams: [STREAMS.CREDENTIAL],
  migrations: [CredentialsTables1764000000000],
});
