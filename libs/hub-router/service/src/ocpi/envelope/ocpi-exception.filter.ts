import { type ArgumentsHost, Catch, type ExceptionFilter, Inject, Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import { ocpiError, OcpiStatus } from '@chargemesh/protocol-ocpi';
import { CodedErrorFilter, LOGGER } from '@chargemesh/platform-runtime';
import { echoMessageIds } from './message-ids';
import { ocpiErrorAnswer } from './ocpi-errors';

/** Whether a request is for the OCPI surface (the hub-router also serves health probes). */
export const isOcpiPath = (path: string): boolean => path === '/ocpi' || path.startsWith('/ocpi/');

/**
 * Answers every error on /ocpi/* in the OCPI envelope {status_code, status_message, timestamp}
 * with the HTTP status the spec wants (see OCPI_ERROR_MAP); unexpected errors are logged and
 * answered 3000 without details. Registered globally, so it also covers what fails before a
 * handler (unparsable JSON, unknown paths); other paths get the platform's coded-error answer.
 */
@Catch()
@Injectable()
export class OcpiExceptionFilter implements ExceptionFilter {
  private readonly fallback: CodedErrorFilter;

  constructor(@Inject(LOGGER) private readonly logger: Logger) {
    this.fallback = new CodedErrorFilter(logger);
  }

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    if (!isOcpiPath(request.path)) return this.fallback.catch(error, host);
    let answer = ocpiErrorAnswer(error);
    if (!answer) {
      this.logger.error({ err: error, path: request.path }, 'unhandled error on the OCPI surface');
      answer = { httpStatus: 500, statusCode: OcpiStatus.SERVER_ERROR, message: 'internal server error' };
    }
    echoMessageIds(request, response);
    response.status(answer.httpStatus).json(ocpiError(answer.statusCode, answer.message));
  }
}
