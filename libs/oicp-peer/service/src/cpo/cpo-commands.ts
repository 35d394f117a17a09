import { PushEvseDataCommandHandler } from './commands/push-evse-data/push-evse-data.command-handler';
import { PushEvseDataHttpController } from './commands/push-evse-data/push-evse-data.http.controller';
import { PushEvseDataMessageController } from './commands/push-evse-data/push-evse-data.message.controller';
import { PushEvsePricingCommandHandler } from './commands/push-evse-pricing/push-evse-pricing.command-handler';
import { PushEvsePricingHttpController } from './commands/push-evse-pricing/push-evse-pricing.http.controller';
import { PushEvsePricingMessageController } from './commands/push-evse-pricing/push-evse-pricing.message.controller';
import { PushEvseStatusCommandHandler } from './commands/push-evse-status/push-evse-status.command-handler';
import { PushEvseStatusHttpController } from './commands/push-evse-status/push-evse-status.http.controller';
import { PushEvseStatusMessageController } from './commands/push-evse-status/push-evse-status.message.controller';
import { PushPricingProductDataCommandHandler } from './commands/push-pricing-product-data/push-pricing-product-data.command-handler';
import { PushPricingProductDataHttpController } from './commands/push-pricing-product-data/push-pricing-product-data.http.controller';
import { PushPricingProductDataMessageController } from './commands/push-pricing-product-data/push-pricing-product-data.message.controller';
import { AuthorizeStartCommandHandler } from './commands/authorize-start/authorize-start.command-handler';
import { AuthorizeStartHttpController } from './commands/authorize-start/authorize-start.http.controller';
import { AuthorizeStartMessageController } from './commands/authorize-start/authorize-start.message.controller';
import { AuthorizeStopCommandHandler } from './commands/authorize-stop/authorize-stop.command-handler';
import { AuthorizeStopHttpController } from './commands/authorize-stop/authorize-stop.http.controller';
import { AuthorizeStopMessageController } from './commands/authorize-stop/authorize-stop.message.controller';
import { SendChargeDetailRecordCommandHandler } from './commands/send-charge-detail-record/send-charge-detail-record.command-handler';
import { SendChargeDetailRecordHttpController } from './commands/send-charge-detail-record/send-charge-detail-record.http.controller';
import { SendChargeDetailRecordMessageController } from './commands/send-charge-detail-record/send-charge-detail-record.message.controller';
import { SendChargingNotificationCommandHandler } from './commands/send-charging-notification/send-charging-notification.command-handler';
import { SendChargingNotificationHttpController } from './commands/send-charging-notification/send-charging-notification.http.controller';
import { SendChargingNotificationMessageController } from './commands/send-charging-notification/send-charging-notification.message.controller';
import { AuthenticationDataReadModel } from './queries/authentication-data.read-model';

/** What the rest of the platform asks our CPO side to do (NATS commands and their admin HTTP twins). */
export const CPO_COMMANDS = {
  controllers: [
    AuthorizeStartHttpController,
    AuthorizeStopHttpController,
    SendChargingNotificationHttpController,
    SendChargeDetailRecordHttpController,
    PushEvseDataHttpController,
    PushEvseStatusHttpController,
    PushPricingProductDataHttpController,
    PushEvsePricingHttpController,
  ],
  providers: [
    AuthenticationDataReadModel,
    AuthorizeStartCommandHandler,
    AuthorizeStartMessageController,
    AuthorizeStopCommandHandler,
    AuthorizeStopMessageController,
    SendChargingNotificationCommandHandler,
    SendChargingNotificationMessageController,
    SendChargeDetailRecordCommandHandler,
    SendChargeDetailRecordMessageController,
    PushEvseDataCommandHandler,
    PushEvseDataMessageController,
    PushEvseStatusCommandHandler,
    PushEvseStatusMessageController,
    PushPricingProductDataCommandHandler,
    PushPricingProductDataMessageController,
    PushEvsePricingCommandHandler,
    PushEvsePricingMessageController,
  ],
};
