import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { OICP_ACTIONS, remoteStartCommandSchema, remoteStopCommandSchema, reservationStartCommandSchema, reservationStopCommandSchema } from '@chargemesh/contracts/oicp';
import { CommandEndpoint } from '../../../shared/command-endpoint';
import { EmpRemoteCommandsCommandHandler } from './remote-commands.command-handler';

@Injectable()
export class EmpRemoteCommandsMessageController implements OnApplicationBootstrap {
  constructor(
    private readonly endpoint: CommandEndpoint,
    private readonly handler: EmpRemoteCommandsCommandHandler,
  ) {}

  onApplicationBootstrap(): void {
    this.endpoint.serve(OICP_ACTIONS.remoteStart, remoteStartCommandSchema, (request) => this.handler.start('remote-start', request));
    this.endpoint.serve(OICP_ACTIONS.remoteStop, remoteStopCommandSchema, (request) => this.handler.stop('remote-stop', request));
    this.endpoint.serve(OICP_ACTIONS.reservationStart, reservationStartCommandSchema, (request) => this.handler.start('reservation-start', request));
    this.endpoint.serve(OICP_ACTIONS.reservationStop, reservationStopCommandSchema, (request) => this.handler.stop('reservation-stop', request));
  }
}
