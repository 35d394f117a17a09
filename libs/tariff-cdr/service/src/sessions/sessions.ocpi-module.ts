import { Injectable } from '@nestjs/common';
import type { HandleOcpiModuleRequest, OcpiExchangeReply } from '@chargemesh/contracts/ocpi';
import { notAllowed, type OcpiModuleHandler } from '../ocpi-modules/ocpi-module';
import { GetReceivedSessionQueryHandler } from './get-received-session/get-received-session.query-handler';
import { ListCpoSessionsQueryHandler } from './list-cpo-sessions/list-cpo-sessions.query-handler';
import { ReceiveSessionCommandHandler } from './receive-session/receive-session.command-handler';
import { SetChargingPreferencesCommandHandler } from './set-charging-preferences/set-charging-preferences.command-handler';

/** mod_sessions: Sender (hosted CPOs) GET list and PUT charging preferences; Receiver (hosted eMSPs) GET, PUT, PATCH. */
@Injectable()
export class SessionsOcpiModule implements OcpiModuleHandler {
  readonly module = 'sessions' as const;

  constructor(
    private readonly receive: ReceiveSessionCommandHandler,
    private readonly getReceived: GetReceivedSessionQueryHandler,
    private readonly listCpo: ListCpoSessionsQueryHandler,
    private readonly preferences: SetChargingPreferencesCommandHandler,
  ) {}

  handle(request: HandleOcpiModuleRequest): Promise<OcpiExchangeReply> {
    if (request.interface === 'SENDER') {
      if (request.method === 'GET' && request.path.length === 0) return this.listCpo.execute(request);
      if (request.method === 'PUT' && request.path.length === 2 && request.path[1] === 'charging_preferences') return this.preferences.execute(request);
      return notAllowed(request);
    }
    if (request.method === 'PUT') return this.receive.put(request);
    if (request.method === 'PATCH') return this.receive.patch(request);
    if (request.method === 'GET') return this.getReceived.execute(request);
    return notAllowed(request);
  }
}
