import { Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { DeleteCredentialsHttpController } from './credentials/delete-credentials/delete-credentials.http.controller';
import { GetCredentialsHttpController } from './credentials/get-credentials/get-credentials.http.controller';
import { RegisterCredentialsHttpController } from './credentials/register-credentials/register-credentials.http.controller';
import { UpdateCredentialsHttpController } from './credentials/update-credentials/update-credentials.http.controller';
import { GetClientInfoHttpController } from './hubclientinfo/get-client-info/get-client-info.http.controller';
import { ListClientInfoHttpController } from './hubclientinfo/list-client-info/list-client-info.http.controller';
import { PutClientInfoHttpController } from './hubclientinfo/put-client-info/put-client-info.http.controller';
import { OcpiAuthGuard } from './ocpi/auth/ocpi-auth.guard';
import { PartnerActivity } from './ocpi/auth/partner-activity';
import { TokenAuthenticator } from './ocpi/auth/token-authenticator';
import { OcpiExceptionFilter } from './ocpi/envelope/ocpi-exception.filter';
import { OcpiMessageIdsInterceptor } from './ocpi/envelope/ocpi-response.interceptor';
import { CredentialsClient } from './ocpi/upstream/credentials.client';
import { DirectoryClient } from './ocpi/upstream/directory.client';
import { GetVersionDetailsHttpController } from './versions/get-version-details/get-version-details.http.controller';
import { GetVersionsHttpController } from './versions/get-versions/get-versions.http.controller';
import { ROUTING_CONTROLLERS, ROUTING_PROVIDERS } from './routing/routing.providers';
import { MODULE_HTTP_CONTROLLERS, MODULE_PROVIDERS } from './modules/modules.providers';

const httpControllers = [
  GetVersionsHttpController,
  GetVersionDetailsHttpController,
  GetCredentialsHttpController,
  RegisterCredentialsHttpController,
  UpdateCredentialsHttpController,
  DeleteCredentialsHttpController,
  PutClientInfoHttpController,
  GetClientInfoHttpController,
  ListClientInfoHttpController,
  ...MODULE_HTTP_CONTROLLERS,
  // Last: its `:iface/:module` pattern would also match the paths above.
  ...ROUTING_CONTROLLERS,
];
/** The reusable OCPI edge: authentication, the envelope for errors, message ids, and the upstream clients. */
const edge = [TokenAuthenticator, PartnerActivity, OcpiAuthGuard, OcpiExceptionFilter, OcpiMessageIdsInterceptor, CredentialsClient, DirectoryClient];

@Module({
  controllers: httpControllers,
  providers: [
    ...edge,
    ...ROUTING_PROVIDERS,
    ...MODULE_PROVIDERS,
    // Global as well, so that what fails before any handler (unparsable JSON, unknown /ocpi paths) is answered in the envelope.
    { provide: APP_FILTER, useExisting: OcpiExceptionFilter },
  ],
})
export class HubRouterModule {}
