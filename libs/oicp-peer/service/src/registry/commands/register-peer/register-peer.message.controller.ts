import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { registerPeerRequestSchema, OICP_ACTIONS } from '@chargemesh/contracts/oicp';
import { CommandEndpoint } from '../../../shared/command-endpoint';
import { RegisterPeerCommandHandler } from './register-peer.command-handler';

@Injectable()
export class RegisterPeerMessageController implements OnApplicationBootstrap {
  constructor(
    private readonly endpoint: CommandEndpoint,
    private readonly handler: RegisterPeerCommandHandler,
  ) {}

  onApplicationBootstrap(): void {
    this.endpoint.serve(OICP_ACTIONS.registerPeer, registerPeerRequestSchema, (request) => this.handler.execute(request));
  }
}
