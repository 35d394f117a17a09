import { Inject, Injectable } from '@nestjs/common';
import { CodedError, isCodedError } from '@chargemesh/contracts/envelope';
import { type HandleOcpiModuleRequest, type OcpiExchangeReply, ocpiExchangeReplySchema, ocpiModuleHandlerSubject } from '@chargemesh/contracts/ocpi';
import { ROUTING_REFUSALS } from '@chargemesh/hub-router-domain';
import { type NatsRequester, NoRespondersError, RequestTimeoutError } from '@chargemesh/platform-messaging';
import { NATS_REQUESTER, SERVICE_CONFIG } from '@chargemesh/platform-runtime';
import { OcpiStatus } from '@chargemesh/protocol-ocpi';
import type { HubRouterConfig } from '../hub-router.config';
import { refusalReply } from './routing-answers';

/**
 * Hands a request for a party hosted here to the service that implements the module
 * (`<ns>.cmd.ocpi-<module>.handle`), with `baseUrl` = OCPI_BASE_URL. The trace context travels in
 * the NATS headers. A time-out is 4002; a module service that is not running is a server error
 * (3000, HTTP 503); anything it answers is its reply, passed on as it is.
 */
@Injectable()
export class ModuleHandlerClient {
  constructor(
    @Inject(NATS_REQUESTER) private readonly requester: NatsRequester,
    @Inject(SERVICE_CONFIG) private readonly config: HubRouterConfig,
  ) {}

  async handle(request: Omit<HandleOcpiModuleRequest, 'baseUrl'>, timeoutMs = this.config.OCPI_MODULE_TIMEOUT_MS): Promise<OcpiExchangeReply> {
    const subject = ocpiModuleHandlerSubject(this.config.CHARGEMESH_NAMESPACE, request.module);
    let answer: unknown;
    try {
      answer = await this.requester.request(subject, { ...request, baseUrl: this.config.OCPI_BASE_URL }, { timeoutMs });
    } catch (error) {
      if (error instanceof RequestTimeoutError) return refusalReply({ code: ROUTING_REFUSALS.timeout, message: `the ${request.module} module did not answer in time` });
      if (error instanceof NoRespondersError) return { httpStatus: 503, statusCode: OcpiStatus.SERVER_ERROR, statusMessage: `the ${request.module} module is not available; try again later`, headers: {} };
      if (isCodedError(error)) return { httpStatus: 200, statusCode: OcpiStatus.SERVER_ERROR, statusMessage: `the ${request.module} module failed (${error.code})`, headers: {} };
      throw error;
    }
    const reply = ocpiExchangeReplySchema.safeParse(answer);
    if (!reply.success) throw new CodedError('ROUTING.INVALID_MODULE_REPLY', `the ${request.module} module answered something that is not an OcpiExchangeReply`);
    return reply.data;
  }
}
