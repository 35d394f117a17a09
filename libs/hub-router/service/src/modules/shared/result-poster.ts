import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import { callOcpiUrlSubject, type OcpiModule, ocpiExchangeReplySchema } from '@chargemesh/contracts/ocpi';
import type { NatsRequester } from '@chargemesh/platform-messaging';
import { LOGGER, NATS_REQUESTER, SERVICE_CONFIG } from '@chargemesh/platform-runtime';
import { isOcpiSuccess, type PartyRef } from '@chargemesh/protocol-ocpi';
import type { HubRouterConfig } from '../../hub-router.config';

/**
 * POSTs an asynchronous result to the response_url a sender gave, FROM the hosted CPO TO that
 * sender, through `call-ocpi-url` (which follows a URL a Hub rewrote back the way the request
 * came). OCPI neither requires nor allows retries: the sender relies on the announced timeout.
 */
@Injectable()
export class ResultPoster {
  constructor(
    @Inject(NATS_REQUESTER) private readonly requester: NatsRequester,
    @Inject(SERVICE_CONFIG) private readonly config: HubRouterConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async post(module: OcpiModule, url: string, body: unknown, from: PartyRef, to: PartyRef, correlationId?: string): Promise<boolean> {
    try {
      const answer = ocpiExchangeReplySchema.parse(
        await this.requester.request(callOcpiUrlSubject(this.config.CHARGEMESH_NAMESPACE), { url, method: 'POST', body, from, to, module, ...(correlationId ? { correlationId } : {}) }, { timeoutMs: this.config.OCPI_OUTBOUND_TIMEOUT_MS + 2_000 }),
      );
      if (isOcpiSuccess(answer.statusCode)) return true;
      this.logger.warn({ module, statusCode: answer.statusCode, httpStatus: answer.httpStatus, statusMessage: answer.statusMessage }, 'the sender refused an asynchronous result');
    } catch (error) {
      this.logger.warn({ module, err: error }, 'an asynchronous result could not be delivered');
    }
    return false;
  }
}
