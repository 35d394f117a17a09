import { CpoPeerCaller } from './commands/cpo-peer-caller';
import { PullEvseDataCommandHandler } from './commands/pull-evse-data/pull-evse-data.command-handler';
import { PullEvseDataHttpController } from './commands/pull-evse-data/pull-evse-data.http.controller';
import { PullEvseDataMessageController } from './commands/pull-evse-data/pull-evse-data.message.controller';
import { PullEvseStatusCommandHandler } from './commands/pull-evse-status/pull-evse-status.command-handler';
import { PullEvseStatusHttpController } from './commands/pull-evse-status/pull-evse-status.http.controller';
import { PullEvseStatusMessageController } from './commands/pull-evse-status/pull-evse-status.message.controller';
import { PullPricingCommandHandler } from './commands/pull-pricing/pull-pricing.command-handler';
import { PullPricingHttpController } from './commands/pull-pricing/pull-pricing.http.controller';
import { PullPricingMessageController } from './commands/pull-pricing/pull-pricing.message.controller';
import { GetChargeDetailRecordsCommandHandler } from './commands/get-charge-detail-records/get-charge-detail-records.command-handler';
import { GetChargeDetailRecordsHttpController } from './commands/get-charge-detail-records/get-charge-detail-records.http.controller';
import { GetChargeDetailRecordsMessageController } from './commands/get-charge-detail-records/get-charge-detail-records.message.controller';
import { PushAuthenticationDataCommandHandler } from './commands/push-authentication-data/push-authentication-data.command-handler';
import { PushAuthenticationDataHttpController } from './commands/push-authentication-data/push-authentication-data.http.controller';
import { PushAuthenticationDataMessageController } from './commands/push-authentication-data/push-authentication-data.message.controller';
import { EmpRemoteCommandsCommandHandler } from './commands/remote-commands/remote-commands.command-handler';
import { EmpRemoteCommandsHttpController } from './commands/remote-commands/remote-commands.http.controller';
import { EmpRemoteCommandsMessageController } from './commands/remote-commands/remote-commands.message.controller';

/** What the rest of the platform asks our EMP side to do with CPO peers. */
export const EMP_COMMANDS = {
  controllers: [
    EmpRemoteCommandsHttpController,
    GetChargeDetailRecordsHttpController,
    PushAuthenticationDataHttpController,
    PullEvseDataHttpController,
    PullEvseStatusHttpController,
    PullPricingHttpController,
  ],
  providers: [
    EmpRemoteCommandsCommandHandler,
    EmpRemoteCommandsMessageController,
    GetChargeDetailRecordsCommandHandler,
    GetChargeDetailRecordsMessageController,
    PushAuthenticationDataCommandHandler,
    PushAuthenticationDataMessageController,
    CpoPeerCaller,
    PullEvseDataCommandHandler,
    PullEvseDataMessageController,
    PullEvseStatusCommandHandler,
    PullEvseStatusMessageController,
    PullPricingCommandHandler,
    PullPricingMessageController,
  ],
};
