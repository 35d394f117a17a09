import { Injectable } from '@nestjs/common';
import type { HandleOcpiModuleRequest, OcpiExchangeReply } from '@chargemesh/contracts/ocpi';
import { describeParty, notFound, parseOcpi, sameParty } from '@chargemesh/tariff-cdr-domain';
import { chargingPreferencesSchema } from '@chargemesh/protocol-ocpi';
import { ok } from '../../ocpi-modules/ocpi-answers';
import { SessionReadModel } from '../session.read-model';

/**
 * Sender PUT {sessions}/{session_id}/charging_preferences (mod_sessions_cpo_put_method). Our EVSEs
 * do no smart charging (they do not report CHARGING_PREFERENCES_CAPABLE), so a valid request about
 * one of the eMSP's sessions is answered NOT_POSSIBLE; another eMSP's session is unknown to it.
 */
@Injectable()
export class SetChargingPreferencesCommandHandler {
  constructor(private readonly sessions: SessionReadModel) {}

  async execute(request: HandleOcpiModuleRequest): Promise<OcpiExchangeReply> {
    const [sessionId] = request.path;
    parseOcpi(chargingPreferencesSchema, request.body, 'ChargingPreferences');
    const row = await this.sessions.cpoSession(request.to, sessionId);
    if (!row || row.receiver.kind !== 'ocpi' || !sameParty(row.receiver.party, request.from)) {
      throw notFound(`${describeParty(request.to)} has no session ${sessionId} of ${describeParty(request.from)}`);
    }
    return ok('NOT_POSSIBLE');
  }
}
