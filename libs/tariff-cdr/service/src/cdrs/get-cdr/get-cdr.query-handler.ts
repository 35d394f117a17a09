import { Injectable } from '@nestjs/common';
import { CodedError } from '@chargemesh/contracts/envelope';
import type { CdrDeliveryState, CdrView, GetCdrRequest } from '@chargemesh/contracts/cdr';
import { type PartyRef, TARIFF_CDR_ERRORS } from '@chargemesh/contracts/tariff';
import { TokenJoiner } from '../../shared/token-joiner';
import { CdrReadModel, type CpoCdrRow } from '../cdr.read-model';

/** Admin reads of the CDRs of hosted CPOs and where their delivery stands (waiting ones included: they are visible, not lost). */
@Injectable()
export class GetCdrQueryHandler {
  constructor(
    private readonly cdrs: CdrReadModel,
    private readonly tokens: TokenJoiner,
  ) {}

  async one(request: GetCdrRequest): Promise<CdrView> {
    const row = 'cdrId' in request ? await this.cdrs.cpoCdr(request, request.cdrId) : await this.cdrs.byTransaction(request.stationId, request.transactionId);
    if (!row) throw new CodedError(TARIFF_CDR_ERRORS.cdrNotFound, 'no such CDR of a CPO hosted here');
    const [view] = await this.views([row]);
    return view;
  }

  async list(filter: { cpo?: PartyRef; deliveryState?: CdrDeliveryState; limit: number }): Promise<CdrView[]> {
    return this.views(await this.cdrs.list(filter));
  }

  private async views(rows: CpoCdrRow[]): Promise<CdrView[]> {
    const objects = await this.tokens.join(rows, (row) => row.cdr, (row) => row.cdr_token);
    return rows.map((row, index) => ({
      countryCode: row.country_code,
      partyId: row.party_id,
      cdrId: row.cdr_id,
      sessionId: row.session_id,
      stationId: row.station_id,
      transactionId: row.transaction_id,
      receiver: row.receiver,
      cdr: objects[index],
      delivery: {
        state: row.delivery_state,
        attempts: row.attempts ?? 0,
        ...(row.delivery_state === 'pending' && row.next_attempt_at ? { nextAttemptAt: row.next_attempt_at.toISOString() } : {}),
        ...(row.rejection ?? row.last_error ? { lastError: (row.rejection ?? row.last_error) as string } : {}),
        ...(row.location ? { location: row.location } : {}),
        ...(row.delivered_at ? { deliveredAt: row.delivered_at.toISOString() } : {}),
      },
    }));
  }
}
