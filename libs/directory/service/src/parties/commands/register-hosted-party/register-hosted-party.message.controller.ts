import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { commandSubject } from '@chargemesh/contracts/envelope';
import { DIRECTORY_ACTIONS, DIRECTORY_SERVICE, registerHostedPartyRequestSchema } from '@chargemesh/contracts/party';
import type { PlatformConfig } from '@chargemesh/platform-config';
import type { NatsResponder } from '@chargemesh/platform-messaging';
import { NATS_RESPONDER, parseRequest, SERVICE_CONFIG } from '@chargemesh/platform-runtime';
import { RegisterHostedPartyCommandHandler } from './register-hosted-party.command-handler';

/** `<ns>.cmd.directory.register-hosted-party` for other services and the CLI. */
@Injectable()
export class RegisterHostedPartyMessageController implements OnApplicationBootstrap {
  constructor(
    @Inject(NATS_RESPONDER) private readonly responder: NatsResponder,
    @Inject(SERVICE_CONFIG) private readonly config: PlatformConfig,
    private readonly handler: RegisterHostedPartyCommandHandler,
  ) {}

  onApplicationBootstrap(): void {
    this.responder.serve(
      commandSubject(this.config.CHARGEMESH_NAMESPACE, DIRECTORY_SERVICE, DIRECTORY_ACTIONS.registerHostedParty),
      (payload) => this.handler.execute(parseRequest(registerHostedPartyRequestSchema, payload)),
      { queue: DIRECTORY_SERVICE },
    );
  }
}
