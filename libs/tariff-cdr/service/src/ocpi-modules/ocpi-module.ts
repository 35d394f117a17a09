import { CodedError } from '@chargemesh/contracts/envelope';
import type { HandleOcpiModuleRequest, OcpiExchangeReply } from '@chargemesh/contracts/ocpi';
import { TARIFF_CDR_ERRORS } from '@chargemesh/contracts/tariff';

/** The operations of one module for the parties hosted here, by interface and method. */
export interface OcpiModuleHandler {
  readonly module: 'tariffs' | 'sessions' | 'cdrs';
  handle(request: HandleOcpiModuleRequest): Promise<OcpiExchangeReply>;
}

export const OCPI_MODULE_HANDLERS = Symbol('OCPI_MODULE_HANDLERS');

export const notAllowed = (request: HandleOcpiModuleRequest): never => {
  throw new CodedError(TARIFF_CDR_ERRORS.methodNotAllowed, `${request.method} is not part of the ${request.module} ${request.interface.toLowerCase()} interface at this path`);
};
