import { Injectable } from '@nestjs/common';
import { type PullPricingProductDataRequest, type PullPricingProductDataResponse, statusCode } from '@chargemesh/protocol-oicp';
import type { InboundCall } from '../../../peer-api/inbound/oicp-endpoint';
import { CpoCatalogueReadModel } from '../../queries/cpo-catalogue.read-model';

/** eRoamingPullPricingProductData: the products our operators offer the calling EMP, or all EMPs. */
@Injectable()
export class PullPricingProductDataQueryHandler {
  constructor(private readonly catalogue: CpoCatalogueReadModel) {}

  async execute(call: InboundCall<PullPricingProductDataRequest>): Promise<PullPricingProductDataResponse> {
    const products = await this.catalogue.pricingProducts(call.body.OperatorIDs, call.pathParams.providerID as string, call.body.LastCall);
    return { PricingProductData: products as PullPricingProductDataResponse['PricingProductData'], StatusCode: statusCode('000') };
  }
}
