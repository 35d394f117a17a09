import { ChargingProfilesOcpiMessageController } from './chargingprofiles/chargingprofiles-ocpi.message.controller';
import { AcceptProfileRequestCommandHandler } from './chargingprofiles/receiver/accept-profile-request.command-handler';
import { ProfilePlanner } from './chargingprofiles/receiver/profile-planner';
import { ActiveProfilesRepository } from './chargingprofiles/sender/active-profile/active-profiles.repository';
import { GetActiveProfileMessageController } from './chargingprofiles/sender/active-profile/get-active-profile.message.controller';
import { GetActiveProfileQueryHandler } from './chargingprofiles/sender/active-profile/get-active-profile.query-handler';
import { ReceiveActiveProfileCommandHandler } from './chargingprofiles/sender/active-profile/receive-active-profile.command-handler';
import { ReceiveProfileResultCommandHandler } from './chargingprofiles/sender/receive-profile-result/receive-profile-result.command-handler';
import { SendProfileRequestCommandHandler } from './chargingprofiles/sender/send-profile-request/send-profile-request.command-handler';
import { SendProfileRequestHttpController } from './chargingprofiles/sender/send-profile-request/send-profile-request.http.controller';
import { SendProfileRequestMessageController } from './chargingprofiles/sender/send-profile-request/send-profile-request.message.controller';
import { CommandsOcpiMessageController } from './commands/commands-ocpi.message.controller';
import { AcceptCommandCommandHandler } from './commands/receiver/accept-command.command-handler';
import { CommandPlanner } from './commands/receiver/command-planner';
import { GetCommandHttpController } from './commands/sender/get-command/get-command.http.controller';
import { GetCommandMessageController } from './commands/sender/get-command/get-command.message.controller';
import { ReceiveCommandResultCommandHandler } from './commands/sender/receive-command-result/receive-command-result.command-handler';
import { SendCommandCommandHandler } from './commands/sender/send-command/send-command.command-handler';
import { SendCommandHttpController } from './commands/sender/send-command/send-command.http.controller';
import { SendCommandMessageController } from './commands/sender/send-command/send-command.message.controller';
import { AsyncJobs } from './shared/async-jobs';
import { OcpiAsyncModules1767000000001 } from './shared/database/1767000000001-ocpi-async-modules';
import { GetSentRequestQueryHandler } from './shared/get-sent-request.query-handler';
import { ModuleLookups } from './shared/lookups.client';
import { OcpiSender } from './shared/ocpi-sender';
import { OcppIdsRepository } from './shared/ocpp-ids.repository';
import { ResultPoster } from './shared/result-poster';
import { SentRequestsRepository } from './shared/sent-requests.repository';
import { StationCommandsClient } from './shared/station-commands.client';

/** The commands and chargingprofiles modules of the parties hosted here (registered by the hub-router module). */
export const MODULE_HTTP_CONTROLLERS = [SendCommandHttpController, GetCommandHttpController, SendProfileRequestHttpController];

export const MODULE_PROVIDERS = [
  ModuleLookups,
  StationCommandsClient,
  ResultPoster,
  AsyncJobs,
  OcppIdsRepository,
  SentRequestsRepository,
  OcpiSender,
  GetSentRequestQueryHandler,
  CommandPlanner,
  AcceptCommandCommandHandler,
  ReceiveCommandResultCommandHandler,
  SendCommandCommandHandler,
  CommandsOcpiMessageController,
  SendCommandMessageController,
  GetCommandMessageController,
  ProfilePlanner,
  AcceptProfileRequestCommandHandler,
  ReceiveProfileResultCommandHandler,
  ActiveProfilesRepository,
  ReceiveActiveProfileCommandHandler,
  GetActiveProfileQueryHandler,
  SendProfileRequestCommandHandler,
  ChargingProfilesOcpiMessageController,
  SendProfileRequestMessageController,
  GetActiveProfileMessageController,
];

export const MODULE_MIGRATIONS = [OcpiAsyncModules1767000000001];
