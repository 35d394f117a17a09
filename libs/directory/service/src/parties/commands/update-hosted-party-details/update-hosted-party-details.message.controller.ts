import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { commandSubject } from '@chargemesh/contracts/envelope';
import { DIRECTORY_ACTIONS, DIRECTORY_SERVICE, updateHostedPartyDetailsRequestSchema } from '@chargemesh/contracts/party';
import type { PlatformConfig } from '@chargemesh/platform-config';
import type { NatsResponder } from '@chargemesh/platform-messaging';
import { NATS_RESPONDER, parseRequest, SERVICE_CONFIG } from '@chargemesh/platform-runtime';
import { UpdateHostedPartyDetailsCommandHandler } from './update-hosted-party-details.command-handler';

@Injectable()
export class UpdateHostedPartyDetailsMessageController implements OnApplicationBootstrap {
  constructor(
    @Inject(NATS_RESPONDER) private readonly responder: NatsResponder,
    @Inject(SERVICE_CONFIG) private readonly config: PlatformConfig,
    private readonly handler: UpdateHostedPartyDetailsCommandHandler,
  ) {}

  onApplicationBootstrap(): void {
    this.responder.serve(
      commandSubject(this.config.CHARGEMESH_NAMESPACE, DIRECTORY_SERVICE, DIRECTORY_ACTIONS.updateHostedPartyDetails),
      (payload) => this.handler.execute(parseRequest(updateHostedPartyDetailsRequestSchema, payload)),
      { queue: DIRECTORY_SERVICE },
    );
  }
}
