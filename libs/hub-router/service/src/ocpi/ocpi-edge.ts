import { applyDecorators, UseFilters, UseGuards, UseInterceptors } from '@nestjs/common';
import type { OcpiModuleName } from './auth/module-access';
import { OcpiAuthGuard } from './auth/ocpi-auth.guard';
import { OcpiModule } from './auth/ocpi-request';
import { OcpiExceptionFilter } from './envelope/ocpi-exception.filter';
import { OcpiMessageIdsInterceptor } from './envelope/ocpi-response.interceptor';

/**
 * Everything an OCPI controller needs, in one decorator: token authentication for `module`, the
 * message-id headers, and errors answered in the OCPI envelope.
 */
export const OcpiEndpoint = (module: OcpiModuleName) =>
  applyDecorators(OcpiModule(module), UseGuards(OcpiAuthGuard), UseInterceptors(OcpiMessageIdsInterceptor), UseFilters(OcpiExceptionFilter));
