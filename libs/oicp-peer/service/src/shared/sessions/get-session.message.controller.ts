import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { getSessionRequestSchema, OICP_ACTIONS } from '@chargemesh/contracts/oicp';
import { CommandEndpoint } from '../command-endpoint';
import { SessionReadModel } from './session.read-model';

@Injectable()
export class GetSessionMessageController implements OnApplicationBootstrap {
  constructor(
    private readonly endpoint: CommandEndpoint,
    private readonly sessions: SessionReadModel,
  ) {}

  onApplicationBootstrap(): void {
    this.endpoint.serve(OICP_ACTIONS.getCpoSession, getSessionRequestSchema, (request) => this.sessions.get('cpo', request.sessionId));
    this.endpoint.serve(OICP_ACTIONS.getEmpSession, getSessionRequestSchema, (request) => this.sessions.get('emp', request.sessionId));
  }
}
