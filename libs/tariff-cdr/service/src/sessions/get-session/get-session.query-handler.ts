import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { CodedError } from '@chargemesh/contracts/envelope';
import type { GetSessionRequest, SessionView } from '@chargemesh/contracts/session';
import { type PartyRef, TARIFF_CDR_ERRORS } from '@chargemesh/contracts/tariff';
import { DATA_SOURCE } from '@chargemesh/platform-runtime';
import { TokenJoiner } from '../../shared/token-joiner';
import { type CpoSessionRow, SessionReadModel } from '../session.read-model';

/** Admin reads of the sessions of hosted CPOs, with where their push to the eMSP stands. */
@Injectable()
export class GetSessionQueryHandler {
  constructor(
    private readonly sessions: SessionReadModel,
    private readonly tokens: TokenJoiner,
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
  ) {}

  async one(request: GetSessionRequest): Promise<SessionView> {
    const row = 'sessionId' in request ? await this.sessions.cpoSession(request, request.sessionId) : await this.sessions.byTransaction(request.stationId, request.transactionId);
    if (!row) throw new CodedError(TARIFF_CDR_ERRORS.sessionNotFound, 'no such session of a CPO hosted here');
    const [view] = await this.views([row]);
    return view;
  }

  async list(cpo: PartyRef, status: string | undefined, limit: number): Promise<SessionView[]> {
    return this.views(await this.sessions.listCpo(cpo, status, limit));
  }

  private async views(rows: CpoSessionRow[]): Promise<SessionView[]> {
    const objects = await this.tokens.join(rows, (row) => row.session, (row) => row.cdr_token);
    const pushes: { object_key: string; receiver_key: string; state: 'pending' | 'delivered' | 'failed'; attempts: number; last_error: string | null }[] = rows.length
      ? await this.dataSource.query("SELECT object_key, receiver_key, state, attempts, last_error FROM push_state WHERE kind = 'session' AND object_key = ANY($1)", [rows.map((row) => row.key)])
      : [];
    return rows.map((row, index) => {
      const push = pushes.find((candidate) => candidate.object_key === row.key && row.receiver.kind === 'ocpi' && candidate.receiver_key === `${row.receiver.party.countryCode}*${row.receiver.party.partyId}`.toUpperCase());
      return {
        countryCode: row.country_code,
        partyId: row.party_id,
        sessionId: row.session_id,
        stationId: row.station_id,
        transactionId: row.transaction_id,
        receiver: row.receiver,
        session: objects[index],
        ...(push ? { push: { state: push.state, attempts: push.attempts, ...(push.last_error ? { lastError: push.last_error } : {}) } } : {}),
      };
    });
  }
}
