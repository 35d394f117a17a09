import { Module } from '@nestjs/common';
import { CPO_COMMANDS } from './cpo/cpo-commands';
import { CPO_INBOUND } from './cpo/cpo-inbound';
import { ListDeliveriesHttpController } from './cpo/queries/list-deliveries/list-deliveries.http.controller';
import { ListDeliveriesMessageController } from './cpo/queries/list-deliveries/list-deliveries.message.controller';
import { DeliveryRepository } from './delivery/delivery.repository';
import { DeliveryWorker } from './delivery/delivery-worker';
import { EMP_COMMANDS } from './emp/emp-commands';
import { EMP_INBOUND } from './emp/emp-inbound';
import { EmpCatalogueReadModel } from './emp/queries/list-received/emp-catalogue.read-model';
import { ListReceivedHttpController } from './emp/queries/list-received/list-received.http.controller';
import { ListReceivedMessageController } from './emp/queries/list-received/list-received.message.controller';
import { OicpBodyParser } from './peer-api/inbound/oicp-body-parser';
import { OicpEndpoint } from './peer-api/inbound/oicp-endpoint';
import { PeerAuthenticator } from './peer-api/inbound/peer-authenticator';
import { UnknownOperationHttpController } from './peer-api/inbound/unknown-operation.http.controller';
import { OicpAudit } from './peer-api/oicp-audit';
import { PeerClient } from './peer-api/peer-client';
import { REGISTRY_USE_CASES } from './registry/registry-use-cases';
import { CommandEndpoint } from './shared/command-endpoint';
import { OwnClientCertificate } from './shared/own-client-certificate';
import { PeerCredentialsRepository } from './shared/peer-credentials.repository';
import { PersonalDataVault } from './shared/personal-data.vault';
import { RegistryReadModel } from './shared/registry.read-model';
import { GetSessionHttpController } from './shared/sessions/get-session.http.controller';
import { GetSessionMessageController } from './shared/sessions/get-session.message.controller';
import { SessionReadModel } from './shared/sessions/session.read-model';
import { SubmissionWriter } from './shared/submission-writer';

const infrastructure = [
  OicpBodyParser,
  OicpEndpoint,
  PeerAuthenticator,
  OicpAudit,
  PeerClient,
  PeerCredentialsRepository,
  OwnClientCertificate,
  PersonalDataVault,
  RegistryReadModel,
  SubmissionWriter,
  CommandEndpoint,
  DeliveryRepository,
  DeliveryWorker,
];

@Module({
  controllers: [
    GetSessionHttpController,
    ...REGISTRY_USE_CASES.controllers,
    ...CPO_COMMANDS.controllers,
    ...CPO_INBOUND.controllers,
    ...EMP_COMMANDS.controllers,
    ...EMP_INBOUND.controllers,
    ListDeliveriesHttpController,
    ListReceivedHttpController,
    // Last: it answers whatever no operation above matched.
    UnknownOperationHttpController,
  ],
  providers: [
    SessionReadModel,
    GetSessionMessageController,
    ...infrastructure,
    ...REGISTRY_USE_CASES.providers,
    ...CPO_COMMANDS.providers,
    ...CPO_INBOUND.providers,
    ...EMP_COMMANDS.providers,
    ...EMP_INBOUND.providers,
    EmpCatalogueReadModel,
    ListDeliveriesMessageController,
    ListReceivedMessageController,
  ],
})
export class OicpPeerModule {}
