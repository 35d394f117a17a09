import { Inject, Injectable } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { json, type NextFunction, type Request, type Response } from 'express';
import { statusCode } from '@chargemesh/protocol-oicp';
import { SERVICE_CONFIG } from '@chargemesh/platform-runtime';
import type { OicpPeerConfig } from '../../oicp-peer.config';

/**
 * Installs this service's JSON body parser before Nest installs its default one (Nest skips its own
 * when a parser named `jsonParser` is present). Two reasons: a fullLoad of EVSE data is far larger than
 * the default 100 kB limit, and a body that is not JSON must get OICP's answer (022, HTTP 400) on the
 * OICP paths rather than a framework error page. A body over the limit gets HTTP 413 with 022 on the OICP
 * paths and REQUEST.TOO_LARGE on the admin API.
 */
@Injectable()
export class OicpBodyParser {
  constructor(adapterHost: HttpAdapterHost, @Inject(SERVICE_CONFIG) config: OicpPeerConfig) {
    const parse = json({ limit: config.OICP_MAX_BODY_BYTES });
    // The name is what Nest looks for (ExpressAdapter.isMiddlewareApplied).
    const jsonParser = (request: Request, response: Response, next: NextFunction) =>
      parse(request, response, (error?: unknown) => {
        if (!error) return next();
        const tooLarge = (error as { type?: string }).type === 'entity.too.large';
        const message = tooLarge ? `the body is larger than ${config.OICP_MAX_BODY_BYTES} bytes (OICP_MAX_BODY_BYTES)` : 'the body is not JSON';
        if (!request.path.startsWith('/api/oicp/')) {
          // The admin API answers with a coded error like its other refusals, not a framework error page.
          if (tooLarge) return void response.status(413).json({ code: 'REQUEST.TOO_LARGE', message });
          return next(error);
        }
        response.status(tooLarge ? 413 : 400).json({
          message: 'Error parsing/validating JSON.',
          validationErrors: [{ fieldReference: '(body)', errorMessage: message }],
          StatusCode: statusCode('022', message),
        });
      });
    adapterHost.httpAdapter.use(jsonParser);
  }
}
