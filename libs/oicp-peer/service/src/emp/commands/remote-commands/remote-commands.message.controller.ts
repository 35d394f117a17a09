import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { OICP_ACTIONS, remoteStartCommandSchema, remoteStopCommandSchema, reservationStartCommandSchema, reservationStopCommandSchema } from '@chargemesh/contracts/oicp';
import type { PlatformConfig } from '@chargemesh/platform-config';
import type { NatsResponder } from '@chargemesh/platform-messaging';
import { NATS_RESPONDER, SERVICE_CONFIG } from '@chargemesh/platform-runtime';
import { serveCommand } from '../../../shared/command-endpoint';
import { EmpRemoteCommandsCommandHandler } from './remote-commands.command-handler';

@Injectable()
export class EmpRemoteCommandsMessageController implements OnApplicationBootstrap {
  constructor(
    @Inject(NATS_RESPONDER) private readonly responder: NatsResponder,
    @Inject(SERVICE_CONFIG) private readonly config: PlatformConfig,
    private readonly handler: EmpRemoteCommandsCommandHandler,
  ) {}

  onApplicationBootstrap(): void {
    const namespace = this.config.CHARGEMESH_NAMESPACE;
    serveCommand(this.responder, namespace, OICP_ACTIONS.remoteStart, remoteStartCommandSchema, (request) => this.handler.start('remote-start', request));
    serveCommand(this.responder, namespace, OICP_ACTIONS.remoteStop, remoteStopCommandSchema, (request) => this.handler.stop('remote-stop', request));
    serveCommand(this.responder, namespace, OICP_ACTIONS.reservationStart, reservationStartCommandSchema, (request) => this.handler.start('reservation-start', request));
    serveCommand(this.responder, namespace, OICP_ACTIONS.reservationStop, reservationStopCommandSchema, (request) => this.handler.stop('reservation-stop', request));
  }
}
