import { Inject, Injectable } from '@nestjs/common';
import type { z } from 'zod';
import { DIRECTORY_SERVICE } from '@chargemesh/contracts/party';
import type { PlatformConfig } from '@chargemesh/platform-config';
import type { NatsResponder } from '@chargemesh/platform-messaging';
import { NATS_RESPONDER, SERVICE_CONFIG, serveAction } from '@chargemesh/platform-runtime';

/** Serves one `<ns>.cmd.directory.<action>` subject: the payload is checked with its contract first. */
@Injectable()
export class DirectoryActions {
  constructor(
    @Inject(NATS_RESPONDER) private readonly responder: NatsResponder,
    @Inject(SERVICE_CONFIG) private readonly config: PlatformConfig,
  ) {}

  serve<TSchema extends z.ZodType>(action: string, schema: TSchema, handler: (request: z.output<TSchema>) => Promise<unknown>): void {
    serveAction(this.responder, this.config.CHARGEMESH_NAMESPACE, DIRECTORY_SERVICE, action, schema, handler);
  }
}
