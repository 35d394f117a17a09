import { Module } from '@nestjs/common';
import { RecordClientInfoCommandHandler } from './hubclientinfo/commands/record-client-info/record-client-info.command-handler';
import { RecordClientInfoMessageController } from './hubclientinfo/commands/record-client-info/record-client-info.message.controller';
import { ClientInfoPublisher } from './hubclientinfo/publisher/client-info-publisher';
import { ClientInfoSender } from './hubclientinfo/publisher/client-info.sender';
import { GetClientInfoMessageController } from './hubclientinfo/queries/get-client-info/get-client-info.message.controller';
import { GetClientInfoQueryHandler } from './hubclientinfo/queries/get-client-info/get-client-info.query-handler';
import { ListClientInfoMessageController } from './hubclientinfo/queries/list-client-info/list-client-info.message.controller';
import { ListClientInfoQueryHandler } from './hubclientinfo/queries/list-client-info/list-client-info.query-handler';
import { locationHttpControllers, locationProviders } from './locations/locations.providers';
import { tokenHttpControllers, tokenProviders } from './tokens/tokens.providers';
import { RegisterHostedPartyCommandHandler } from './parties/commands/register-hosted-party/register-hosted-party.command-handler';
import { RegisterHostedPartyHttpController } from './parties/commands/register-hosted-party/register-hosted-party.http.controller';
import { RegisterHostedPartyMessageController } from './parties/commands/register-hosted-party/register-hosted-party.message.controller';
import { UpdateHostedPartyDetailsCommandHandler } from './parties/commands/update-hosted-party-details/update-hosted-party-details.command-handler';
import { UpdateHostedPartyDetailsHttpController } from './parties/commands/update-hosted-party-details/update-hosted-party-details.http.controller';
import { UpdateHostedPartyDetailsMessageController } from './parties/commands/update-hosted-party-details/update-hosted-party-details.message.controller';
import { GetPartyHttpController } from './parties/queries/get-party/get-party.http.controller';
import { GetPartyMessageController } from './parties/queries/get-party/get-party.message.controller';
import { GetPartyQueryHandler } from './parties/queries/get-party/get-party.query-handler';
import { ListPartiesHttpController } from './parties/queries/list-parties/list-parties.http.controller';
import { ListPartiesMessageController } from './parties/queries/list-parties/list-parties.message.controller';
import { PartyReadModel } from './parties/queries/party-read-model';
import { PlatformReadModel } from './platforms/platform-read-model';
import { ListPlatformsHttpController } from './platforms/queries/list-platforms/list-platforms.http.controller';
import { ListPlatformsMessageController } from './platforms/queries/list-platforms/list-platforms.message.controller';
import { ClearRouteOverrideHttpController } from './routing/commands/clear-route-override/clear-route-override.http.controller';
import { ClearRouteOverrideMessageController } from './routing/commands/clear-route-override/clear-route-override.message.controller';
import { SetRouteOverrideCommandHandler } from './routing/commands/set-route-override/set-route-override.command-handler';
import { SetRouteOverrideHttpController } from './routing/commands/set-route-override/set-route-override.http.controller';
import { SetRouteOverrideMessageController } from './routing/commands/set-route-override/set-route-override.message.controller';
import { PartnerTokensCache } from './routing/partner-tokens.cache';
import { ListConnectedPartiesMessageController } from './routing/queries/list-connected-parties/list-connected-parties.message.controller';
import { ListConnectedPartiesQueryHandler } from './routing/queries/list-connected-parties/list-connected-parties.query-handler';
import { ListRoutesHttpController } from './routing/queries/list-routes/list-routes.http.controller';
import { ListRoutesMessageController } from './routing/queries/list-routes/list-routes.message.controller';
import { ListRoutesQueryHandler } from './routing/queries/list-routes/list-routes.query-handler';
import { ResolveRouteMessageController } from './routing/queries/resolve-route/resolve-route.message.controller';
import { ResolveRouteQueryHandler } from './routing/queries/resolve-route/resolve-route.query-handler';
import { RoutingReadModel } from './routing/routing-read-model';
import { RoutingTableCache } from './routing/routing-table.cache';
import { DirectoryActions } from './shared/directory-actions';

const httpControllers = [
  RegisterHostedPartyHttpController,
  UpdateHostedPartyDetailsHttpController,
  GetPartyHttpController,
  ListPartiesHttpController,
  ListPlatformsHttpController,
  ListRoutesHttpController,
  SetRouteOverrideHttpController,
  ClearRouteOverrideHttpController,
];
const messageControllers = [
  RegisterHostedPartyMessageController,
  UpdateHostedPartyDetailsMessageController,
  GetPartyMessageController,
  ListPartiesMessageController,
  ListPlatformsMessageController,
  ResolveRouteMessageController,
  ListConnectedPartiesMessageController,
  ListRoutesMessageController,
  SetRouteOverrideMessageController,
  ClearRouteOverrideMessageController,
  RecordClientInfoMessageController,
  GetClientInfoMessageController,
  ListClientInfoMessageController,
];
const handlers = [
  RegisterHostedPartyCommandHandler,
  UpdateHostedPartyDetailsCommandHandler,
  GetPartyQueryHandler,
  ResolveRouteQueryHandler,
  ListConnectedPartiesQueryHandler,
  ListRoutesQueryHandler,
  SetRouteOverrideCommandHandler,
  RecordClientInfoCommandHandler,
  GetClientInfoQueryHandler,
  ListClientInfoQueryHandler,
];
const collaborators = [PartyReadModel, PlatformReadModel, RoutingReadModel, RoutingTableCache, PartnerTokensCache, DirectoryActions, ClientInfoSender, ClientInfoPublisher];

@Module({
  controllers: [...httpControllers, ...locationHttpControllers, ...tokenHttpControllers],
  providers: [...collaborators, ...handlers, ...messageControllers, ...locationProviders, ...tokenProviders],
})
export class DirectoryModule {}
