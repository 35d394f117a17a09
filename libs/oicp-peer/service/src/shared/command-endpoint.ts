import { Inject, Injectable } from '@nestjs/common';
import type { z } from 'zod';
import { commandSubject } from '@chargemesh/contracts/envelope';
import { OICP_SERVICE } from '@chargemesh/contracts/oicp';
import type { PlatformConfig } from '@chargemesh/platform-config';
import type { NatsResponder } from '@chargemesh/platform-messaging';
import { NATS_RESPONDER, parseRequest, SERVICE_CONFIG } from '@chargemesh/platform-runtime';

/**
 * Serves the `<ns>.cmd.oicp-peer.<action>` subjects: the payload is checked with its contract and handed
 * to the use case; coded errors travel back to the caller as they are. An answer that would not fit one
 * NATS message (a large pulled page, a long list) comes back as NATS.REPLY_TOO_LARGE from the responder.
 */
@Injectable()
export class CommandEndpoint {
  constructor(
    @Inject(NATS_RESPONDER) private readonly responder: NatsResponder,
    @Inject(SERVICE_CONFIG) private readonly config: PlatformConfig,
  ) {}

  serve<TSchema extends z.ZodType>(action: string, schema: TSchema, handle: (request: z.output<TSchema>) => Promise<unknown>): void {
    this.responder.serve(commandSubject(this.config.CHARGEMESH_NAMESPACE, OICP_SERVICE, action), async (payload) => handle(parseRequest(schema, payload)), {
      queue: OICP_SERVICE,
    });
  }
}
