import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { OcppEndpoint } from './ocpp-endpoint';

/** While the gateway drains at shutdown it must receive no new stations: readiness says so before NATS or Postgres do. */
@Injectable()
export class DrainingReadinessMiddleware implements NestMiddleware {
  constructor(private readonly endpoint: OcppEndpoint) {}

  use(_request: Request, response: Response, next: NextFunction): void {
    if (!this.endpoint.ocpp?.isDraining) return next();
    response.status(503).json({ status: 'error', error: { gateway: { status: 'down', message: 'draining: closing station connections' } } });
  }
}
