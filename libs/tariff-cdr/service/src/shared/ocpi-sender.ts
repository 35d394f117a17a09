import { Inject, Injectable } from '@nestjs/common';
import { isCodedError } from '@chargemesh/contracts/envelope';
import { ocpiExchangeReplySchema, type SendOcpiRequest, sendOcpiSubject } from '@chargemesh/contracts/ocpi';
import { type AttemptOutcome, outcomeOfReply } from '@chargemesh/tariff-cdr-domain';
import { type NatsRequester, NoRespondersError, RequestTimeoutError } from '@chargemesh/platform-messaging';
import { NATS_REQUESTER, SERVICE_CONFIG } from '@chargemesh/platform-runtime';
import type { TariffCdrConfig } from '../tariff-cdr.config';

/**
 * Sends an OCPI request from a party hosted here through the hub router (`send-ocpi`), which routes
 * it to a party hosted here or over the party's route, and says what the attempt came to.
 */
@Injectable()
export class OcpiSender {
  constructor(
    @Inject(NATS_REQUESTER) private readonly requester: NatsRequester,
    @Inject(SERVICE_CONFIG) private readonly config: TariffCdrConfig,
  ) {}

  async send(request: SendOcpiRequest): Promise<AttemptOutcome> {
    const timeoutMs = this.config.TARIFF_CDR_SEND_TIMEOUT_MS;
    let answer: unknown;
    try {
      // The router gets our time-out for the forwarded request, and NATS a little more so that its 4002 reaches us.
      answer = await this.requester.request(sendOcpiSubject(this.config.CHARGEMESH_NAMESPACE), { ...request, timeoutMs }, { timeoutMs: timeoutMs + 2_000 });
    } catch (error) {
      if (error instanceof NoRespondersError) return { kind: 'retry', reason: 'the hub router is not running' };
      if (error instanceof RequestTimeoutError) return { kind: 'retry', reason: `no answer from the hub router within ${timeoutMs + 2_000} ms` };
      if (isCodedError(error)) return { kind: 'retry', reason: `the hub router refused the request: ${error.code}: ${error.message}` };
      throw error;
    }
    const reply = ocpiExchangeReplySchema.safeParse(answer);
    if (!reply.success) return { kind: 'retry', reason: 'the hub router answered something that is not an OCPI exchange reply' };
    return outcomeOfReply(reply.data);
  }
}
