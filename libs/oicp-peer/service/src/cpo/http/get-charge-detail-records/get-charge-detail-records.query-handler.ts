import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { DATA_SOURCE } from '@chargemesh/platform-runtime';
import {
  type ChargeDetailRecord,
  type GetChargeDetailRecordsRequest,
  type GetChargeDetailRecordsResponse,
  normaliseOperatorId,
  normaliseProviderId,
  OICP_OPERATIONS,
  pageOf,
  pageQuerySchema,
  statusCode,
} from '@chargemesh/protocol-oicp';
import type { InboundCall } from '../../../peer-api/inbound/oicp-endpoint';
import { OicpStatusError } from '../../../shared/oicp-status';

interface Row {
  cdr: Record<string, unknown>;
  identification: unknown;
}

const MATCHING = `FROM cpo_sessions s JOIN personal_data p ON p.ref = s.cdr_identification_ref
  WHERE s.cdr IS NOT NULL AND (s.provider_id = $1 OR (s.provider_id IS NULL AND s.peer_id = $2))
    AND s.cdr_session_end >= $3 AND s.cdr_session_end <= $4
    AND ($5::text[] IS NULL OR s.session_id = ANY($5)) AND ($6::text[] IS NULL OR s.operator_id = ANY($6))
    AND ($7::boolean IS NULL OR s.cdr_delivered = $7)`;

/**
 * eRoamingGetChargeDetailRecords served by our CPO side (peer to peer the CPO's own store replaces
 * Hubject's): the caller's CDRs whose session ended in [From, To], optionally by SessionID, operator and
 * whether they were already delivered (CDRForwarded). A CDR whose identification was erased is left out.
 */
@Injectable()
export class GetChargeDetailRecordsQueryHandler {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  async execute(call: InboundCall<GetChargeDetailRecordsRequest>): Promise<GetChargeDetailRecordsResponse> {
    const query = pageQuerySchema(OICP_OPERATIONS.GetChargeDetailRecords.pagination as { defaultSize: number; maxSize: number }).safeParse(call.query);
    if (!query.success) throw new OicpStatusError('022', 'page must be 0 or more, size from 1 to 2000');
    const { From, To, SessionID, OperatorID, CDRForwarded } = call.body;
    const operators = OperatorID === undefined ? null : (Array.isArray(OperatorID) ? OperatorID : [OperatorID]).map((id) => normaliseOperatorId(id) ?? id);
    const filter = [normaliseProviderId(call.pathParams.providerID as string), call.peer.peerId, From, To, SessionID ?? null, operators, CDRForwarded ?? null];
    const [rows, [{ total }]] = await Promise.all([
      this.dataSource.query<Row[]>(`SELECT s.cdr, p.data AS identification ${MATCHING} ORDER BY s.cdr_session_end, s.session_id LIMIT $8 OFFSET $9`, [...filter, query.data.size, query.data.page * query.data.size]),
      this.dataSource.query<{ total: number }[]>(`SELECT count(*)::int AS total ${MATCHING}`, filter),
    ]);
    const content = rows.map((row) => ({ ...row.cdr, Identification: row.identification }) as unknown as ChargeDetailRecord);
    return pageOf(content, query.data, total, statusCode('000'));
  }
}
