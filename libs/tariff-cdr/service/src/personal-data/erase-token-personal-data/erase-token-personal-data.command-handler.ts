import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import type { z } from 'zod';
import type { eraseTokenPersonalDataRequestSchema } from '@chargemesh/contracts/token';
import { DATA_SOURCE } from '@chargemesh/platform-runtime';

/**
 * GDPR erasure of a driver's token in the sessions and CDRs held here (ours and those pushed to the
 * eMSPs hosted here): the vault rows with its uid and contract id are deleted. The events, which the
 * streams keep, only ever had the reference; reads show `#NA` from then on.
 */
@Injectable()
export class EraseTokenPersonalDataCommandHandler {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  async execute(request: z.infer<typeof eraseTokenPersonalDataRequestSchema>): Promise<{ erased: number }> {
    const refs = ['cpo_sessions', 'received_sessions', 'cpo_cdrs', 'received_cdrs'].map((table) => `SELECT cdr_token FROM ${table} WHERE cdr_token IS NOT NULL`).join(' UNION ALL ');
    // A SELECT around the DELETE: TypeORM answers a bare DELETE with [rows, count].
    const [{ erased }]: { erased: number }[] = await this.dataSource.query(
      `WITH deleted AS (
         DELETE FROM personal_data p USING (${refs}) AS r
          WHERE p.ref = (r.cdr_token->>'personalRef')::uuid
            AND upper(r.cdr_token->>'country_code') = upper($1) AND upper(r.cdr_token->>'party_id') = upper($2)
            AND ($4::text IS NULL OR r.cdr_token->>'type' = $4) AND upper(p.data->>'uid') = upper($3)
          RETURNING p.ref)
       SELECT count(*)::int AS erased FROM deleted`,
      [request.owner.countryCode, request.owner.partyId, request.uid, request.type ?? null],
    );
    return { erased };
  }
}
