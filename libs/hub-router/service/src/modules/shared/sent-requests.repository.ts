import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { DATA_SOURCE } from '@chargemesh/platform-runtime';
import type { PartyRef } from '@chargemesh/protocol-ocpi';

/** A request a hosted eMSP or SCSP sent to a CPO, with the CPO's answer and the asynchronous results. */
export interface SentRequestView {
  id: string;
  module: 'commands' | 'chargingprofiles';
  /** The command (START_SESSION, ...) or the charging profile request (set, get, clear). */
  kind: string;
  sender: PartyRef;
  receiver: PartyRef;
  /** The location or session the request is about. */
  subject: string;
  /** The synchronous answer: the CommandResponse/ChargingProfileResponse, or the OCPI status that refused the request. */
  response?: unknown;
  /** Every result the CPO POSTed, oldest first (a reservation may later be CANCELED_RESERVATION). */
  results: unknown[];
  createdAt: string;
  resultAt?: string;
}

interface Row {
  id: string;
  module: SentRequestView['module'];
  kind: string;
  sender_cc: string;
  sender_pid: string;
  receiver_cc: string;
  receiver_pid: string;
  subject: string;
  response: unknown;
  results: unknown[];
  created_at: Date;
  result_at: Date | null;
}

const toView = (row: Row): SentRequestView => ({
  id: row.id,
  module: row.module,
  kind: row.kind,
  sender: { countryCode: row.sender_cc, partyId: row.sender_pid },
  receiver: { countryCode: row.receiver_cc, partyId: row.receiver_pid },
  subject: row.subject,
  ...(row.response !== null ? { response: row.response } : {}),
  results: row.results,
  createdAt: row.created_at.toISOString(),
  ...(row.result_at ? { resultAt: row.result_at.toISOString() } : {}),
});

/** `ocpi_sent_requests`: written before the request leaves, so a result that overtakes the answer still finds it. */
@Injectable()
export class SentRequestsRepository {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  async create(request: Pick<SentRequestView, 'id' | 'module' | 'kind' | 'sender' | 'receiver' | 'subject'>): Promise<void> {
    await this.dataSource.query('INSERT INTO ocpi_sent_requests (id, module, kind, sender_cc, sender_pid, receiver_cc, receiver_pid, subject) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)', [
      request.id,
      request.module,
      request.kind,
      request.sender.countryCode.toUpperCase(),
      request.sender.partyId.toUpperCase(),
      request.receiver.countryCode.toUpperCase(),
      request.receiver.partyId.toUpperCase(),
      request.subject,
    ]);
  }

  async saveResponse(id: string, response: unknown): Promise<void> {
    await this.dataSource.query('UPDATE ocpi_sent_requests SET response = $2 WHERE id = $1', [id, JSON.stringify(response)]);
  }

  async addResult(id: string, result: unknown): Promise<void> {
    await this.dataSource.query(`UPDATE ocpi_sent_requests SET results = results || jsonb_build_array($2::jsonb), result_at = now() WHERE id = $1`, [id, JSON.stringify(result)]);
  }

  async find(id: string): Promise<SentRequestView | undefined> {
    if (!/^[0-9a-f-]{36}$/i.test(id)) return undefined;
    const [row]: Row[] = await this.dataSource.query('SELECT * FROM ocpi_sent_requests WHERE id = $1', [id]);
    return row && toView(row);
  }
}
