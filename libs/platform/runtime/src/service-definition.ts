import type { Type } from '@nestjs/common';
import type { HttpsOptions } from '@nestjs/common/interfaces/external/https-options.interface';
import type { z } from 'zod';
import type { StreamDefinition } from '@chargemesh/contracts/envelope';
import type { PlatformConfig } from '@chargemesh/platform-config';
import type { Projection } from '@chargemesh/platform-messaging';

/**
 * Everything the runtime needs to know to run a service, standalone or inside the all-in-one
 * process: its Nest module, its config schema, the streams it owns and the projections it keeps.
 */
export interface ServiceDefinition<TConfig extends PlatformConfig = PlatformConfig> {
  /** Service name: `directory`. Used for the database, consumer names and logs. */
  name: string;
  module: Type<unknown>;
  configSchema: z.ZodType<TConfig>;
  /** The HTTP port from the validated config (each service has its own variable, e.g. DIRECTORY_HTTP_PORT). */
  httpPort(config: TConfig): number;
  /** TLS for the service's own listener (key, cert, client certificates) when its config asks for it; plain HTTP otherwise. */
  httpsOptions?(config: TConfig): HttpsOptions | undefined;
  /** Streams this service writes; created or checked at boot. */
  streams: readonly StreamDefinition[];
  projections?: readonly Projection[];
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations?: Function[];
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities?: Function[];
}

export function defineService<TConfig extends PlatformConfig>(definition: ServiceDefinition<TConfig>): ServiceDefinition<TConfig> {
  return definition;
}
