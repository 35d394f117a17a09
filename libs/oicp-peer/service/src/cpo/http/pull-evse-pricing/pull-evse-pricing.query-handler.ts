import { Injectable } from '@nestjs/common';
import { type PullEvsePricingRequest, type PullEvsePricingResponse, sameOperatorId, statusCode } from '@chargemesh/protocol-oicp';
import type { InboundCall } from '../../../peer-api/inbound/oicp-endpoint';
import { CpoCatalogueReadModel } from '../../queries/cpo-catalogue.read-model';

/** eRoamingPullEVSEPricing: per operator, the products that apply at each EVSE for the calling EMP. */
@Injectable()
export class PullEvsePricingQueryHandler {
  constructor(private readonly catalogue: CpoCatalogueReadModel) {}

  async execute(call: InboundCall<PullEvsePricingRequest>): Promise<PullEvsePricingResponse> {
    const rows = await this.catalogue.evsePricing(call.body.OperatorIDs, call.body.ProviderID, call.body.LastCall);
    const byOperator = new Map<string, Record<string, unknown>[]>();
    for (const row of rows) byOperator.set(row.operator_id, [...(byOperator.get(row.operator_id) ?? []), row.pricing]);
    const operatorName = (operatorId: string) => call.registry.identities.find((identity) => identity.operatorId && sameOperatorId(identity.operatorId, operatorId))?.operatorName;
    return {
      OperatorEVSEPricing: [...byOperator].map(([operatorId, pricing]) => ({
        OperatorID: operatorId,
        ...(operatorName(operatorId) ? { OperatorName: operatorName(operatorId) } : {}),
        EVSEPricing: pricing as PullEvsePricingResponse['OperatorEVSEPricing'][number]['EVSEPricing'],
      })),
      StatusCode: statusCode('000'),
    };
  }
}
