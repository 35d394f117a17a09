import { EraseTokenPersonalDataCommandHandler } from './personal-data/erase-token-personal-data/erase-token-personal-data.command-handler';
import { EraseTokenPersonalDataHttpController } from './personal-data/erase-token-personal-data/erase-token-personal-data.http.controller';
import { EraseTokenPersonalDataMessageController } from './personal-data/erase-token-personal-data/erase-token-personal-data.message.controller';
import { LinkTariffCommandHandler } from './tariffs/link-tariff/link-tariff.command-handler';
import { LinkTariffHttpController } from './tariffs/link-tariff/link-tariff.http.controller';
import { LinkTariffMessageController } from './tariffs/link-tariff/link-tariff.message.controller';
import { AssignCdrReceiverCommandHandler } from './cdrs/assign-cdr-receiver/assign-cdr-receiver.command-handler';
import { AssignCdrReceiverHttpController } from './cdrs/assign-cdr-receiver/assign-cdr-receiver.http.controller';
import { AssignCdrReceiverMessageController } from './cdrs/assign-cdr-receiver/assign-cdr-receiver.message.controller';
import { CdrDeliveryWorker } from './cdrs/delivery/cdr-delivery.worker';
import { OicpCdrSender } from './cdrs/delivery/oicp-cdr.sender';
import { GetCdrHttpController } from './cdrs/get-cdr/get-cdr.http.controller';
import { GetCdrMessageController } from './cdrs/get-cdr/get-cdr.message.controller';
import { GetCdrQueryHandler } from './cdrs/get-cdr/get-cdr.query-handler';
import { RetryCdrDeliveryCommandHandler } from './cdrs/retry-cdr-delivery/retry-cdr-delivery.command-handler';
import { RetryCdrDeliveryHttpController } from './cdrs/retry-cdr-delivery/retry-cdr-delivery.http.controller';
import { RetryCdrDeliveryMessageController } from './cdrs/retry-cdr-delivery/retry-cdr-delivery.message.controller';
import { ListTransactionsHttpController } from './pipeline/list-transactions/list-transactions.http.controller';
import { ListTransactionsMessageController } from './pipeline/list-transactions/list-transactions.message.controller';
import { ListTransactionsQueryHandler } from './pipeline/list-transactions/list-transactions.query-handler';
import { EvseCatalogue } from './pipeline/lookups/evse-catalogue';
import { TokenOwners } from './pipeline/lookups/token-owners';
import { ReconcileTransactionCommandHandler } from './pipeline/reconcile-transaction/reconcile-transaction.command-handler';
import { SessionStartResolver } from './pipeline/reconcile-transaction/session-start.resolver';
import { TransactionPipelineWorker } from './pipeline/reconcile-transaction/transaction-pipeline.worker';
import { TransactionProgressRepository } from './pipeline/transaction-progress.repository';
import { TransactionReadModel } from './pipeline/transaction.read-model';
import { GetSessionHttpController } from './sessions/get-session/get-session.http.controller';
import { GetSessionMessageController } from './sessions/get-session/get-session.message.controller';
import { GetSessionQueryHandler } from './sessions/get-session/get-session.query-handler';
import { SessionPushWorker } from './sessions/push/session-push.worker';
import { Module } from '@nestjs/common';
import { CdrReadModel } from './cdrs/cdr.read-model';
import { CdrsOcpiModule } from './cdrs/cdrs.ocpi-module';
import { GetReceivedCdrQueryHandler } from './cdrs/get-received-cdr/get-received-cdr.query-handler';
import { ListCpoCdrsQueryHandler } from './cdrs/list-cpo-cdrs/list-cpo-cdrs.query-handler';
import { ReceiveCdrCommandHandler } from './cdrs/receive-cdr/receive-cdr.command-handler';
import { OCPI_MODULE_HANDLERS } from './ocpi-modules/ocpi-module';
import { OcpiModuleMessageController } from './ocpi-modules/ocpi-module.message.controller';
import { GetReceivedSessionQueryHandler } from './sessions/get-received-session/get-received-session.query-handler';
import { ListCpoSessionsQueryHandler } from './sessions/list-cpo-sessions/list-cpo-sessions.query-handler';
import { ReceiveSessionCommandHandler } from './sessions/receive-session/receive-session.command-handler';
import { SessionReadModel } from './sessions/session.read-model';
import { SessionsOcpiModule } from './sessions/sessions.ocpi-module';
import { SetChargingPreferencesCommandHandler } from './sessions/set-charging-preferences/set-charging-preferences.command-handler';
import { ConnectedEmsps } from './shared/connected-emsps';
import { HostedParties } from './shared/hosted-parties';
import { OcpiSender } from './shared/ocpi-sender';
import { PersonalDataVault } from './shared/personal-data.vault';
import { PersonalRefs } from './shared/personal-refs';
import { PushStateRepository } from './shared/push-state.repository';
import { TariffCdrActions } from './shared/tariff-cdr-actions';
import { TokenJoiner } from './shared/token-joiner';
import { DeleteTariffCommandHandler } from './tariffs/delete-tariff/delete-tariff.command-handler';
import { DeleteTariffHttpController } from './tariffs/delete-tariff/delete-tariff.http.controller';
import { DeleteTariffMessageController } from './tariffs/delete-tariff/delete-tariff.message.controller';
import { GetReceivedTariffQueryHandler } from './tariffs/get-received-tariff/get-received-tariff.query-handler';
import { GetTariffHttpController } from './tariffs/get-tariff/get-tariff.http.controller';
import { GetTariffMessageController } from './tariffs/get-tariff/get-tariff.message.controller';
import { GetTariffQueryHandler } from './tariffs/get-tariff/get-tariff.query-handler';
import { ListOwnTariffsQueryHandler } from './tariffs/list-own-tariffs/list-own-tariffs.query-handler';
import { TariffPushWorker } from './tariffs/push/tariff-push.worker';
import { ReceiveTariffCommandHandler } from './tariffs/receive-tariff/receive-tariff.command-handler';
import { PutTariffCommandHandler } from './tariffs/put-tariff/put-tariff.command-handler';
import { PutTariffHttpController } from './tariffs/put-tariff/put-tariff.http.controller';
import { PutTariffMessageController } from './tariffs/put-tariff/put-tariff.message.controller';
import { TariffReadModel } from './tariffs/tariff.read-model';
import { TariffViews } from './tariffs/tariff-views';
import { TariffsOcpiModule } from './tariffs/tariffs.ocpi-module';

const httpControllers = [PutTariffHttpController, DeleteTariffHttpController, GetTariffHttpController, LinkTariffHttpController, GetSessionHttpController, GetCdrHttpController, RetryCdrDeliveryHttpController, AssignCdrReceiverHttpController, ListTransactionsHttpController, EraseTokenPersonalDataHttpController];
const messageControllers = [
  OcpiModuleMessageController,
  PutTariffMessageController,
  DeleteTariffMessageController,
  GetTariffMessageController,
  LinkTariffMessageController,
  GetSessionMessageController,
  GetCdrMessageController,
  RetryCdrDeliveryMessageController,
  AssignCdrReceiverMessageController,
  ListTransactionsMessageController,
  EraseTokenPersonalDataMessageController,
];
const ocpiModules = [TariffsOcpiModule, SessionsOcpiModule, CdrsOcpiModule];
const handlers = [
  ReceiveTariffCommandHandler,
  GetReceivedTariffQueryHandler,
  ListOwnTariffsQueryHandler,
  PutTariffCommandHandler,
  DeleteTariffCommandHandler,
  GetTariffQueryHandler,
  LinkTariffCommandHandler,
  ReceiveSessionCommandHandler,
  GetReceivedSessionQueryHandler,
  ListCpoSessionsQueryHandler,
  SetChargingPreferencesCommandHandler,
  ReceiveCdrCommandHandler,
  GetReceivedCdrQueryHandler,
  ListCpoCdrsQueryHandler,
  GetSessionQueryHandler,
  GetCdrQueryHandler,
  RetryCdrDeliveryCommandHandler,
  AssignCdrReceiverCommandHandler,
  ListTransactionsQueryHandler,
  ReconcileTransactionCommandHandler,
  EraseTokenPersonalDataCommandHandler,
];
const collaborators = [
  PersonalDataVault,
  PersonalRefs,
  TokenJoiner,
  TariffCdrActions,
  HostedParties,
  ConnectedEmsps,
  OcpiSender,
  PushStateRepository,
  TariffReadModel,
  TariffViews,
  SessionReadModel,
  CdrReadModel,
  TransactionReadModel,
  TransactionProgressRepository,
  EvseCatalogue,
  TokenOwners,
  SessionStartResolver,
  OicpCdrSender,
];
const workers = [TariffPushWorker, SessionPushWorker, CdrDeliveryWorker, TransactionPipelineWorker];

@Module({
  controllers: httpControllers,
  providers: [
    ...collaborators,
    ...handlers,
    ...ocpiModules,
    { provide: OCPI_MODULE_HANDLERS, useFactory: (...modules: unknown[]) => modules, inject: ocpiModules },
    ...messageControllers,
    ...workers,
  ],
})
export class TariffCdrModule {}
