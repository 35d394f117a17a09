import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import { context, propagation, trace } from '@opentelemetry/api';
import type { NextFunction, Request, Response } from 'express';
import { from, lastValueFrom, type Observable } from 'rxjs';
import { SpanKind, withSpan } from '@chargemesh/platform-observability';

/**
 * Adopts the caller's W3C trace context for the request even when the OpenTelemetry SDK is off
 * (with it on, the http instrumentation has already opened the server span and we keep that).
 */
export function traceContextMiddleware(request: Request, _response: Response, next: NextFunction): void {
  const active = context.active();
  const parent = trace.getSpan(active) ? active : propagation.extract(active, request.headers);
  context.with(parent, next);
}

/** One span per HTTP handler, named by route so traces group by endpoint rather than by URL. */
@Injectable()
export class HttpSpanInterceptor implements NestInterceptor {
  intercept(execution: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (execution.getType() !== 'http') return next.handle();
    const request = execution.switchToHttp().getRequest<Request>();
    const route = (request.route as { path?: string } | undefined)?.path ?? request.path;
    return from(
      withSpan(`${request.method} ${route}`, { kind: SpanKind.SERVER, attributes: { 'http.request.method': request.method, 'http.route': route } }, () =>
        lastValueFrom(next.handle(), { defaultValue: undefined }),
      ),
    );
  }
}
