import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Observable } from 'rxjs';
import { echoMessageIds } from './message-ids';

/** Sets X-Request-ID and X-Correlation-ID on successful OCPI responses (the exception filter does it for errors). */
@Injectable()
export class OcpiMessageIdsInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const http = context.switchToHttp();
    echoMessageIds(http.getRequest<Request>(), http.getResponse<Response>());
    return next.handle();
  }
}
