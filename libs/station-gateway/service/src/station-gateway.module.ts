import { type MiddlewareConsumer, Module, type NestModule, RequestMethod } from '@nestjs/common';
import { LocalAuthorizationCommandHandler } from './authorization/set-local-authorization/local-authorization.command-handler';
import { LocalAuthorizationHttpController } from './authorization/set-local-authorization/local-authorization.http.controller';
import { LocalAuthorizationMessageController } from './authorization/set-local-authorization/local-authorization.message.controller';
import { NatsTokenAuthority } from './authorization/token-authority';
import { PostgresTokenRefs } from './authorization/token-refs';
import { TokenRefsHttpController } from './authorization/token-refs-admin/token-refs.http.controller';
import { TokenRefsMessageController } from './authorization/token-refs-admin/token-refs.message.controller';
import { SendStationCommandHttpController } from './commands/send-station-command/send-station-command.http.controller';
import { StationCommandHandler } from './commands/send-station-command/station-command.handler';
import { NatsAuditSink } from './events/audit-sink';
import { JetStreamStationEventSink } from './events/station-event-sink';
import { DrainingReadinessMiddleware } from './gateway/draining-readiness.middleware';
import { OcppEndpoint } from './gateway/ocpp-endpoint';
import { GetStationHttpController } from './queries/get-station/get-station.http.controller';
import { GetStationMessageController } from './queries/get-station/get-station.message.controller';
import { GetStationQueryHandler } from './queries/get-station/get-station.query-handler';
import { ListStationsHttpController } from './queries/list-stations/list-stations.http.controller';
import { ListStationsMessageController } from './queries/list-stations/list-stations.message.controller';
import { ListTransactionsHttpController } from './queries/list-transactions/list-transactions.http.controller';
import { StationReadModel } from './queries/station-read-model';
import { ChangeStationSettingsCommandHandler } from './stations/change-station-settings/change-station-settings.command-handler';
import { ChangeStationSettingsHttpController } from './stations/change-station-settings/change-station-settings.http.controller';
import { ProvisionStationCommandHandler } from './stations/provision-station/provision-station.command-handler';
import { ProvisionStationHttpController } from './stations/provision-station/provision-station.http.controller';
import { ProvisionStationMessageController } from './stations/provision-station/provision-station.message.controller';
import { SetStationPasswordCommandHandler } from './stations/set-station-password/set-station-password.command-handler';
import { SetStationPasswordHttpController } from './stations/set-station-password/set-station-password.http.controller';
import { PostgresStationDirectory } from './stations/station-directory';
import { StationPasswords } from './stations/station-passwords';
import { PostgresTransactionIdIssuer } from './transactions/transaction-id-issuer';

const httpControllers = [
  ProvisionStationHttpController,
  SetStationPasswordHttpController,
  ChangeStationSettingsHttpController,
  GetStationHttpController,
  ListStationsHttpController,
  ListTransactionsHttpController,
  SendStationCommandHttpController,
  LocalAuthorizationHttpController,
  TokenRefsHttpController,
];
const messageControllers = [ProvisionStationMessageController, GetStationMessageController, ListStationsMessageController, LocalAuthorizationMessageController, TokenRefsMessageController];
const handlers = [
  ProvisionStationCommandHandler,
  SetStationPasswordCommandHandler,
  ChangeStationSettingsCommandHandler,
  GetStationQueryHandler,
  LocalAuthorizationCommandHandler,
  StationCommandHandler,
];
/** The OCPP edge's ports and the WebSocket endpoint itself. */
const ocpp = [
  OcppEndpoint,
  PostgresStationDirectory,
  JetStreamStationEventSink,
  NatsAuditSink,
  NatsTokenAuthority,
  PostgresTokenRefs,
  PostgresTransactionIdIssuer,
  StationPasswords,
  StationReadModel,
];

@Module({
  controllers: httpControllers,
  providers: [...handlers, ...messageControllers, ...ocpp],
  exports: [OcppEndpoint],
})
export class StationGatewayModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(DrainingReadinessMiddleware).forRoutes({ path: 'health/ready', method: RequestMethod.GET });
  }
}
