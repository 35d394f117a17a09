import { PullEvseDataHttpController } from './http/pull-evse-data/pull-evse-data.http.controller';
import { PullEvseDataQueryHandler } from './http/pull-evse-data/pull-evse-data.query-handler';
import { PullEvsePricingHttpController } from './http/pull-evse-pricing/pull-evse-pricing.http.controller';
import { PullEvsePricingQueryHandler } from './http/pull-evse-pricing/pull-evse-pricing.query-handler';
import { PullEvseStatusHttpController } from './http/pull-evse-status/pull-evse-status.http.controller';
import { PullEvseStatusQueryHandler } from './http/pull-evse-status/pull-evse-status.query-handler';
import { PullPricingProductDataHttpController } from './http/pull-pricing-product-data/pull-pricing-product-data.http.controller';
import { PullPricingProductDataQueryHandler } from './http/pull-pricing-product-data/pull-pricing-product-data.query-handler';
import { ReceiveAuthenticationDataCommandHandler } from './http/receive-authentication-data/receive-authentication-data.command-handler';
import { ReceiveAuthenticationDataHttpController } from './http/receive-authentication-data/receive-authentication-data.http.controller';
import { CpoCatalogueReadModel } from './queries/cpo-catalogue.read-model';
import { GetChargeDetailRecordsHttpController } from './http/get-charge-detail-records/get-charge-detail-records.http.controller';
import { GetChargeDetailRecordsQueryHandler } from './http/get-charge-detail-records/get-charge-detail-records.query-handler';
import { RemoteCommandsCommandHandler } from './http/remote-commands/remote-commands.command-handler';
import { RemoteCommandsHttpController } from './http/remote-commands/remote-commands.http.controller';

/** The OICP operations our CPO side serves to EMP peers (Hubject's paths). */
export const CPO_INBOUND = {
  controllers: [
    RemoteCommandsHttpController,
    GetChargeDetailRecordsHttpController,
    PullEvseDataHttpController,
    PullEvseStatusHttpController,
    PullPricingProductDataHttpController,
    PullEvsePricingHttpController,
    ReceiveAuthenticationDataHttpController,
  ],
  providers: [
    RemoteCommandsCommandHandler,
    GetChargeDetailRecordsQueryHandler,
    CpoCatalogueReadModel,
    PullEvseDataQueryHandler,
    PullEvseStatusQueryHandler,
    PullPricingProductDataQueryHandler,
    PullEvsePricingQueryHandler,
    ReceiveAuthenticationDataCommandHandler,
  ],
};
