import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { getSessionRequestSchema, listSessionsRequestSchema } from '@chargemesh/contracts/session';
import { TARIFF_CDR_ACTIONS } from '@chargemesh/contracts/tariff';
import { TariffCdrActions } from '../../shared/tariff-cdr-actions';
import { GetSessionQueryHandler } from './get-session.query-handler';

/** `<ns>.cmd.tariff-cdr.get-session` and `list-sessions`. */
@Injectable()
export class GetSessionMessageController implements OnApplicationBootstrap {
  constructor(
    private readonly actions: TariffCdrActions,
    private readonly handler: GetSessionQueryHandler,
  ) {}

  onApplicationBootstrap(): void {
    this.actions.serve(TARIFF_CDR_ACTIONS.getSession, getSessionRequestSchema, (request) => this.handler.one(request));
    this.actions.serve(TARIFF_CDR_ACTIONS.listSessions, listSessionsRequestSchema, (request) => this.handler.list(request, request.status, request.limit));
  }
}
