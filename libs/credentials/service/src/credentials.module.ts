import { Module } from '@nestjs/common';
import { GetPartnerTokenMessageController } from './admin/get-partner-token/get-partner-token.message.controller';
import { GetPartnerTokenQueryHandler } from './admin/get-partner-token/get-partner-token.query-handler';
import { IssueTokenACommandHandler } from './admin/issue-token-a/issue-token-a.command-handler';
import { IssueTokenAHttpController } from './admin/issue-token-a/issue-token-a.http.controller';
import { IssueTokenAMessageController } from './admin/issue-token-a/issue-token-a.message.controller';
import { ListPartnersHttpController } from './admin/list-partners/list-partners.http.controller';
import { ListPartnersMessageController } from './admin/list-partners/list-partners.message.controller';
import { ListPartnersQueryHandler } from './admin/list-partners/list-partners.query-handler';
import { RegisterWithPartnerCommandHandler } from './admin/register-with-partner/register-with-partner.command-handler';
import { RegisterWithPartnerHttpController } from './admin/register-with-partner/register-with-partner.http.controller';
import { RegisterWithPartnerMessageController } from './admin/register-with-partner/register-with-partner.message.controller';
import { RotatePartnerCredentialsCommandHandler } from './admin/rotate-partner-credentials/rotate-partner-credentials.command-handler';
import { RotatePartnerCredentialsHttpController } from './admin/rotate-partner-credentials/rotate-partner-credentials.http.controller';
import { RotatePartnerCredentialsMessageController } from './admin/rotate-partner-credentials/rotate-partner-credentials.message.controller';
import { SuspendPartnerCommandHandler } from './admin/suspend-partner/suspend-partner.command-handler';
import { SuspendPartnerHttpController } from './admin/suspend-partner/suspend-partner.http.controller';
import { SuspendPartnerMessageController } from './admin/suspend-partner/suspend-partner.message.controller';
import { UnregisterPartnerCommandHandler } from './admin/unregister-partner/unregister-partner.command-handler';
import { UnregisterPartnerHttpController } from './admin/unregister-partner/unregister-partner.http.controller';
import { UnregisterPartnerMessageController } from './admin/unregister-partner/unregister-partner.message.controller';
import { PartnerRepository } from './database/partner.repository';
import { LivenessMonitor } from './liveness/liveness-monitor';
import { AcceptRegistrationCommandHandler } from './ocpi/accept-registration/accept-registration.command-handler';
import { AcceptRegistrationMessageController } from './ocpi/accept-registration/accept-registration.message.controller';
import { AcceptUnregistrationCommandHandler } from './ocpi/accept-unregistration/accept-unregistration.command-handler';
import { AcceptUnregistrationMessageController } from './ocpi/accept-unregistration/accept-unregistration.message.controller';
import { AcceptUpdateCommandHandler } from './ocpi/accept-update/accept-update.command-handler';
import { AcceptUpdateMessageController } from './ocpi/accept-update/accept-update.message.controller';
import { AuthenticateMessageController } from './ocpi/authenticate/authenticate.message.controller';
import { AuthenticateQueryHandler } from './ocpi/authenticate/authenticate.query-handler';
import { GetOwnCredentialsMessageController } from './ocpi/get-own-credentials/get-own-credentials.message.controller';
import { GetOwnCredentialsQueryHandler } from './ocpi/get-own-credentials/get-own-credentials.query-handler';
import { GetVersionsMessageController } from './ocpi/get-versions/get-versions.message.controller';
import { GetVersionsQueryHandler } from './ocpi/get-versions/get-versions.query-handler';
import { RecordPartnerActivityCommandHandler } from './ocpi/record-partner-activity/record-partner-activity.command-handler';
import { RecordPartnerActivityMessageController } from './ocpi/record-partner-activity/record-partner-activity.message.controller';
import { AcceptPartnerCredentials } from './ocpi/shared/accept-partner-credentials';
import { OutboxRelay } from './outbox/outbox-relay';
import { PartnerApiClient } from './partner-api/partner-api.client';
import { PartnerDiscovery } from './partner-api/partner-discovery';
import { TokenVault } from './secrets/token-secrets';
import { CredentialsActions } from './shared/credentials-actions';
import { HostedPartiesClient } from './shared/hosted-parties.client';
import { OwnCredentials } from './shared/own-credentials';
import { PartnerChanges } from './shared/partner-changes';
import { PartnerLifecycle } from './shared/partner-lifecycle';

const httpControllers = [
  IssueTokenAHttpController,
  RegisterWithPartnerHttpController,
  RotatePartnerCredentialsHttpController,
  UnregisterPartnerHttpController,
  SuspendPartnerHttpController,
  ListPartnersHttpController,
];
const messageControllers = [
  AuthenticateMessageController,
  GetVersionsMessageController,
  GetOwnCredentialsMessageController,
  AcceptRegistrationMessageController,
  AcceptUpdateMessageController,
  AcceptUnregistrationMessageController,
  RecordPartnerActivityMessageController,
  IssueTokenAMessageController,
  RegisterWithPartnerMessageController,
  RotatePartnerCredentialsMessageController,
  UnregisterPartnerMessageController,
  SuspendPartnerMessageController,
  ListPartnersMessageController,
  GetPartnerTokenMessageController,
];
const handlers = [
  AuthenticateQueryHandler,
  GetVersionsQueryHandler,
  GetOwnCredentialsQueryHandler,
  AcceptRegistrationCommandHandler,
  AcceptUpdateCommandHandler,
  AcceptUnregistrationCommandHandler,
  RecordPartnerActivityCommandHandler,
  IssueTokenACommandHandler,
  RegisterWithPartnerCommandHandler,
  RotatePartnerCredentialsCommandHandler,
  UnregisterPartnerCommandHandler,
  SuspendPartnerCommandHandler,
  ListPartnersQueryHandler,
  GetPartnerTokenQueryHandler,
];
const collaborators = [
  PartnerRepository,
  TokenVault,
  PartnerApiClient,
  PartnerDiscovery,
  HostedPartiesClient,
  OwnCredentials,
  CredentialsActions,
  PartnerChanges,
  PartnerLifecycle,
  AcceptPartnerCredentials,
  OutboxRelay,
  LivenessMonitor,
];

@Module({
  controllers: httpControllers,
  providers: [...collaborators, ...handlers, ...messageControllers],
})
export class CredentialsModule {}
