import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import type { Logger } from 'pino';
import { handleOcpiModuleRequestSchema, type OcpiExchangeReply, ocpiModuleHandlerSubject } from '@chargemesh/contracts/ocpi';
import { TARIFF_CDR_SERVICE } from '@chargemesh/contracts/tariff';
import type { NatsResponder } from '@chargemesh/platform-messaging';
import { LOGGER, NATS_RESPONDER, parseRequest, SERVICE_CONFIG } from '@chargemesh/platform-runtime';
import type { TariffCdrConfig } from '../tariff-cdr.config';
import { errorReply, serverErrorReply } from './ocpi-answers';
import { OCPI_MODULE_HANDLERS, type OcpiModuleHandler } from './ocpi-module';

/**
 * `<ns>.cmd.ocpi-{tariffs,sessions,cdrs}.handle`: the hub router hands us every request addressed
 * to a party hosted here for these modules. Refusals are replies with their OCPI status, never NATS
 * errors; only a request that breaks the contract itself is a coded error.
 */
@Injectable()
export class OcpiModuleMessageController implements OnApplicationBootstrap {
  constructor(
    @Inject(NATS_RESPONDER) private readonly responder: NatsResponder,
    @Inject(SERVICE_CONFIG) private readonly config: TariffCdrConfig,
    @Inject(OCPI_MODULE_HANDLERS) private readonly handlers: OcpiModuleHandler[],
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onApplicationBootstrap(): void {
    for (const handler of this.handlers) {
      this.responder.serve(ocpiModuleHandlerSubject(this.config.CHARGEMESH_NAMESPACE, handler.module), (payload) => this.handle(handler, payload), { queue: TARIFF_CDR_SERVICE });
    }
  }

  private async handle(handler: OcpiModuleHandler, payload: unknown): Promise<OcpiExchangeReply> {
    const request = parseRequest(handleOcpiModuleRequestSchema, payload);
    try {
      return await handler.handle(request);
    } catch (error) {
      const reply = errorReply(error);
      if (reply) return reply;
      this.logger.error({ err: error, module: request.module, method: request.method, interface: request.interface }, 'an OCPI module request failed');
      return serverErrorReply();
    }
  }
}
