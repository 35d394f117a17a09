import { Inject, Injectable } from '@nestjs/common';
import type { NatsConnection } from '@nats-io/transport-node';
import type { z } from 'zod';
import { CodedError, commandSubject } from '@chargemesh/contracts/envelope';
import { OICP_ERRORS, OICP_SERVICE } from '@chargemesh/contracts/oicp';
import { jsonBytes } from '@chargemesh/oicp-peer-domain';
import type { PlatformConfig } from '@chargemesh/platform-config';
import type { NatsResponder } from '@chargemesh/platform-messaging';
import { NATS_CONNECTION, NATS_RESPONDER, parseRequest, SERVICE_CONFIG } from '@chargemesh/platform-runtime';

/** Room for the reply envelope (`{"ok":true,"data":...}`) and headers. */
const REPLY_HEADROOM_BYTES = 4 * 1024;

/**
 * Serves the `<ns>.cmd.oicp-peer.<action>` subjects: the payload is checked with its contract and handed
 * to the use case; coded errors travel back to the caller as they are. An answer that would not fit one
 * NATS message (a large pulled page, a long list) is refused with a stable code instead: publishing it
 * would throw outside any handler and take the process down.
 */
@Injectable()
export class CommandEndpoint {
  constructor(
    @Inject(NATS_RESPONDER) private readonly responder: NatsResponder,
    @Inject(NATS_CONNECTION) private readonly nc: NatsConnection,
    @Inject(SERVICE_CONFIG) private readonly config: PlatformConfig,
  ) {}

  serve<TSchema extends z.ZodType>(action: string, schema: TSchema, handle: (request: z.output<TSchema>) => Promise<unknown>): void {
    this.responder.serve(
      commandSubject(this.config.CHARGEMESH_NAMESPACE, OICP_SERVICE, action),
      async (payload) => {
        const answer = await handle(parseRequest(schema, payload));
        const limit = (this.nc.info?.max_payload ?? 1024 * 1024) - REPLY_HEADROOM_BYTES;
        const size = jsonBytes(answer ?? null);
        if (size > limit) {
          throw new CodedError(OICP_ERRORS.replyTooLarge, `the answer to ${action} (${size} bytes) does not fit a NATS reply (max_payload); the request was carried out: ask for less (a smaller page) or use the admin HTTP API`);
        }
        return answer;
      },
      { queue: OICP_SERVICE },
    );
  }
}
