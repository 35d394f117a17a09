import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { commandSubject } from '@chargemesh/contracts/envelope';
import { DIRECTORY_ACTIONS, DIRECTORY_SERVICE, getPartyRequestSchema } from '@chargemesh/contracts/party';
import type { PlatformConfig } from '@chargemesh/platform-config';
import type { NatsResponder } from '@chargemesh/platform-messaging';
import { NATS_RESPONDER, parseRequest, SERVICE_CONFIG } from '@chargemesh/platform-runtime';
import { GetPartyQueryHandler } from './get-party.query-handler';

@Injectable()
export class GetPartyMessageController implements OnApplicationBootstrap {
  constructor(
    @Inject(NATS_RESPONDER) private readonly responder: NatsResponder,
    @Inject(SERVICE_CONFIG) private readonly config: PlatformConfig,
    private readonly handler: GetPartyQueryHandler,
  ) {}

  onApplicationBootstrap(): void {
    this.responder.serve(
      commandSubject(this.config.CHARGEMESH_NAMESPACE, DIRECTORY_SERVICE, DIRECTORY_ACTIONS.getParty),
      (payload) => this.handler.execute(parseRequest(getPartyRequestSchema, payload)),
      { queue: DIRECTORY_SERVICE },
    );
  }
}
