import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { getSessionRequestSchema, OICP_ACTIONS } from '@chargemesh/contracts/oicp';
import type { PlatformConfig } from '@chargemesh/platform-config';
import type { NatsResponder } from '@chargemesh/platform-messaging';
import { NATS_RESPONDER, SERVICE_CONFIG } from '@chargemesh/platform-runtime';
import { serveCommand } from '../command-endpoint';
import { SessionReadModel } from './session.read-model';

@Injectable()
export class GetSessionMessageController implements OnApplicationBootstrap {
  constructor(
    @Inject(NATS_RESPONDER) private readonly responder: NatsResponder,
    @Inject(SERVICE_CONFIG) private readonly config: PlatformConfig,
    private readonly sessions: SessionReadModel,
  ) {}

  onApplicationBootstrap(): void {
    const namespace = this.config.CHARGEMESH_NAMESPACE;
    serveCommand(this.responder, namespace, OICP_ACTIONS.getCpoSession, getSessionRequestSchema, (request) => this.sessions.get('cpo', request.sessionId));
    serveCommand(this.responder, namespace, OICP_ACTIONS.getEmpSession, getSessionRequestSchema, (request) => this.sessions.get('emp', request.sessionId));
  }
}
