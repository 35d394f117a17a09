import { Inject, Injectable } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { ExpressAdapter } from '@nestjs/platform-express';
import { SERVICE_CONFIG } from '@chargemesh/platform-runtime';
import type { HubRouterConfig } from '../hub-router.config';

/**
 * Keeps the bytes of every JSON request body (`request.rawBody`) next to the parsed one, so that a
 * routed request is forwarded exactly as it was sent (never re-serialised: last_updated and every
 * other value stay byte for byte). Installed while the module is built, before Nest adds its own
 * JSON parser, which then sees this one and stays out; the body limit is OCPI_MAX_BODY_BYTES.
 */
@Injectable()
export class RawBodyCapture {
  constructor(adapterHost: HttpAdapterHost, @Inject(SERVICE_CONFIG) config: HubRouterConfig) {
    const adapter = adapterHost.httpAdapter as unknown as Partial<Pick<ExpressAdapter, 'useBodyParser'>> | undefined;
    adapter?.useBodyParser?.('json', true, { limit: config.OCPI_MAX_BODY_BYTES });
  }
}
