import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Inject } from '@nestjs/common';
import type { Response } from 'express';
import type { Logger } from 'pino';
import { isCodedError } from '@chargemesh/contracts/envelope';
import { LOGGER } from '../tokens';

/**
 * Maps coded errors to HTTP at the edge: the code's reason decides the status; the body carries
 * the code and message so clients can act on it. Protocol edges (OCPI, OICP) install their own
 * filters that answer in their protocol's envelope instead.
 */
export function httpStatusOf(code: string): number {
  const reason = code.slice(code.indexOf('.') + 1);
  if (code === 'REQUEST.INVALID' || code === 'REQUEST.MALFORMED' || reason.startsWith('INVALID')) return 400;
  if (reason === 'UNAUTHORIZED') return 401;
  if (reason === 'FORBIDDEN') return 403;
  if (reason.startsWith('NOT_FOUND') || reason.startsWith('UNKNOWN')) return 404;
  if (reason.startsWith('ALREADY') || reason === 'CONCURRENCY_CONFLICT' || reason.startsWith('CONFLICT')) return 409;
  if (reason.startsWith('TOO_LARGE') || reason.endsWith('TOO_LARGE')) return 413;
  if (code === 'NATS.NO_RESPONDERS' || reason.startsWith('UNAVAILABLE') || reason === 'DISABLED') return 503;
  if (code === 'NATS.TIMEOUT' || reason === 'TIMEOUT') return 504;
  return 422;
}

@Catch()
export class CodedErrorFilter implements ExceptionFilter {
  constructor(@Inject(LOGGER) private readonly logger: Logger) {}

  catch(error: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    if (error instanceof HttpException) {
      response.status(error.getStatus()).json(error.getResponse());
      return;
    }
    if (isCodedError(error)) {
      response.status(httpStatusOf(error.code)).json({ code: error.code, message: error.message });
      return;
    }
    this.logger.error({ err: error }, 'unhandled error in an HTTP handler');
    response.status(500).json({ code: 'INTERNAL', message: 'internal error' });
  }
}
