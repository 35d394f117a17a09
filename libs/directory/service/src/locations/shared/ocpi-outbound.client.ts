import { Inject, Injectable } from '@nestjs/common';
import { type OcpiExchangeReply, ocpiExchangeReplySchema, type SendOcpiRequest, sendOcpiSubject } from '@chargemesh/contracts/ocpi';
import type { NatsRequester } from '@chargemesh/platform-messaging';
import { NATS_REQUESTER, SERVICE_CONFIG } from '@chargemesh/platform-runtime';
import type { DirectoryConfig } from '../../directory.config';

/**
 * OCPI requests from a party hosted here to any party, through the hub router
 * (`<ns>.cmd.hub-router.send-ocpi`): it resolves the route, adds the routing headers and token,
 * and answers the receiver's reply or its own 4001/4002/4003. NATS failures (no router running,
 * a time-out) are thrown as they are.
 */
@Injectable()
export class OcpiOutboundClient {
  constructor(
    @Inject(NATS_REQUESTER) private readonly requester: NatsRequester,
    @Inject(SERVICE_CONFIG) private readonly config: DirectoryConfig,
  ) {}

  async send(request: SendOcpiRequest): Promise<OcpiExchangeReply> {
    const timeoutMs = request.timeoutMs ?? this.config.OCPI_OUTBOUND_TIMEOUT_MS;
    // The router's own deadline is timeoutMs; ours leaves it room to answer 4002 itself.
    const answer = await this.requester.request(sendOcpiSubject(this.config.CHARGEMESH_NAMESPACE), { ...request, timeoutMs }, { timeoutMs: timeoutMs + 2_000 });
    return ocpiExchangeReplySchema.parse(answer);
  }
}
