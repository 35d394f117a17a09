import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { commandSubject } from '@chargemesh/contracts/envelope';
import { DIRECTORY_SERVICE } from '@chargemesh/contracts/party';
import { TOKEN_AUTHORITY_ACTIONS, TOKEN_AUTHORITY_SERVICE, tokenAuthorityRequestSchema } from '@chargemesh/contracts/station';
import type { NatsResponder } from '@chargemesh/platform-messaging';
import { NATS_RESPONDER, parseRequest, SERVICE_CONFIG } from '@chargemesh/platform-runtime';
import type { DirectoryConfig } from '../../directory.config';
import { AuthorizeAtStationCommandHandler } from './authorize-at-station.command-handler';

/** `<ns>.cmd.token-authority.authorize`: the station gateway asks before its local list. */
@Injectable()
export class TokenAuthorityMessageController implements OnApplicationBootstrap {
  constructor(
    @Inject(NATS_RESPONDER) private readonly responder: NatsResponder,
    @Inject(SERVICE_CONFIG) private readonly config: DirectoryConfig,
    private readonly handler: AuthorizeAtStationCommandHandler,
  ) {}

  onApplicationBootstrap(): void {
    this.responder.serve(commandSubject(this.config.CHARGEMESH_NAMESPACE, TOKEN_AUTHORITY_SERVICE, TOKEN_AUTHORITY_ACTIONS.authorize), (payload) => this.handler.execute(parseRequest(tokenAuthorityRequestSchema, payload)), {
      queue: DIRECTORY_SERVICE,
    });
  }
}
