import { ReceiveEvseDataCommandHandler } from './http/receive-evse-data/receive-evse-data.command-handler';
import { ReceiveEvseDataHttpController } from './http/receive-evse-data/receive-evse-data.http.controller';
import { ReceiveEvsePricingCommandHandler } from './http/receive-evse-pricing/receive-evse-pricing.command-handler';
import { ReceiveEvsePricingHttpController } from './http/receive-evse-pricing/receive-evse-pricing.http.controller';
import { ReceiveEvseStatusCommandHandler } from './http/receive-evse-status/receive-evse-status.command-handler';
import { ReceiveEvseStatusHttpController } from './http/receive-evse-status/receive-evse-status.http.controller';
import { ReceivePricingProductDataCommandHandler } from './http/receive-pricing-product-data/receive-pricing-product-data.command-handler';
import { ReceivePricingProductDataHttpController } from './http/receive-pricing-product-data/receive-pricing-product-data.http.controller';
import { EmpAuthorizeStartCommandHandler } from './http/authorize-start/authorize-start.command-handler';
import { EmpAuthorizeStartHttpController } from './http/authorize-start/authorize-start.http.controller';
import { EmpAuthorizeStopCommandHandler } from './http/authorize-stop/authorize-stop.command-handler';
import { EmpAuthorizeStopHttpController } from './http/authorize-stop/authorize-stop.http.controller';
import { CdrReceipts } from './http/receive-charge-detail-record/cdr-receipt';
import { ReceiveChargeDetailRecordCommandHandler } from './http/receive-charge-detail-record/receive-charge-detail-record.command-handler';
import { ReceiveChargeDetailRecordHttpController } from './http/receive-charge-detail-record/receive-charge-detail-record.http.controller';
import { ReceiveChargingNotificationCommandHandler } from './http/receive-charging-notification/receive-charging-notification.command-handler';
import { ReceiveChargingNotificationHttpController } from './http/receive-charging-notification/receive-charging-notification.http.controller';

/** The OICP operations our EMP side serves to CPO peers (Hubject's paths). */
export const EMP_INBOUND = {
  controllers: [
    EmpAuthorizeStartHttpController,
    EmpAuthorizeStopHttpController,
    ReceiveChargingNotificationHttpController,
    ReceiveChargeDetailRecordHttpController,
    ReceiveEvseDataHttpController,
    ReceiveEvseStatusHttpController,
    ReceivePricingProductDataHttpController,
    ReceiveEvsePricingHttpController,
  ],
  providers: [
    CdrReceipts,
    EmpAuthorizeStartCommandHandler,
    EmpAuthorizeStopCommandHandler,
    ReceiveChargingNotificationCommandHandler,
    ReceiveChargeDetailRecordCommandHandler,
    ReceiveEvseDataCommandHandler,
    ReceiveEvseStatusCommandHandler,
    ReceivePricingProductDataCommandHandler,
    ReceiveEvsePricingCommandHandler,
  ],
};
