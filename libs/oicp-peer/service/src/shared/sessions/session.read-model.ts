import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { CodedError } from '@chargemesh/contracts/envelope';
import { OICP_ERRORS } from '@chargemesh/contracts/oicp';
import { DATA_SOURCE } from '@chargemesh/platform-runtime';

interface Row {
  session_id: string;
  peer_id: string | null;
  provider_id: string | null;
  operator_id: string | null;
  evse_id: string | null;
  origin: string;
  remote: Record<string, unknown>;
  stop_authorized: boolean;
  notifications: { type: string; at: string }[];
  cdr: Record<string, unknown> | null;
  cdr_via: string | null;
  cdr_delivered: boolean;
  opened_at: Date;
  updated_at: Date;
}

/** A session as either side sees it, from the `sessions` projection; the CDR is shown without its identification. */
@Injectable()
export class SessionReadModel {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  async get(side: 'cpo' | 'emp', sessionId: string) {
    const rows = await this.dataSource.query<Row[]>(`SELECT * FROM ${side}_sessions WHERE session_id = $1`, [sessionId]);
    const row = rows[0];
    if (!row) throw new CodedError(OICP_ERRORS.sessionUnknown, `no session ${sessionId}`);
    return {
      sessionId: row.session_id,
      ...(row.peer_id ? { peerId: row.peer_id } : {}),
      ...(row.provider_id ? { providerId: row.provider_id } : {}),
      ...(row.operator_id ? { operatorId: row.operator_id } : {}),
      ...(row.evse_id ? { evseId: row.evse_id } : {}),
      origin: row.origin,
      remote: row.remote,
      stopAuthorized: row.stop_authorized,
      notifications: row.notifications.map(({ type, at }) => ({ type, at })),
      ...(row.cdr ? { cdr: row.cdr, ...(side === 'cpo' ? { cdrDelivered: row.cdr_delivered } : { cdrVia: row.cdr_via }) } : {}),
      openedAt: row.opened_at.toISOString(),
      updatedAt: row.updated_at.toISOString(),
    };
  }
}
