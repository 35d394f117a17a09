import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { CodedError } from '@chargemesh/contracts/envelope';
import { type ClientInfoView, ROUTING_ERRORS } from '@chargemesh/contracts/party';
import { DATA_SOURCE } from '@chargemesh/platform-runtime';

/** A Hub reads back a ClientInfo it pushed us (receiver interface GET): the latest we hold from that Hub. */
@Injectable()
export class GetClientInfoQueryHandler {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  async execute(request: { hubPlatformId: string; countryCode: string; partyId: string }): Promise<ClientInfoView> {
    const rows: { country_code: string; party_id: string; role: ClientInfoView['role']; status: ClientInfoView['status']; last_updated: Date }[] = await this.dataSource.query(
      'SELECT * FROM client_infos WHERE reported_by = $1 AND country_code = $2 AND party_id = $3 ORDER BY last_updated DESC LIMIT 1',
      [request.hubPlatformId, request.countryCode.toUpperCase(), request.partyId.toUpperCase()],
    );
    const row = rows[0];
    if (!row) throw new CodedError(ROUTING_ERRORS.clientInfoNotFound, `no ClientInfo for ${request.countryCode.toUpperCase()}*${request.partyId.toUpperCase()} from this Hub`);
    return { country_code: row.country_code, party_id: row.party_id, role: row.role, status: row.status, last_updated: row.last_updated.toISOString() };
  }
}
