import { Body, Controller, Delete, Put, UseGuards } from '@nestjs/common';
import { removeLocalAuthorizationRequestSchema, setLocalAuthorizationRequestSchema } from '@chargemesh/contracts/station';
import { AdminTokenGuard, parseRequest } from '@chargemesh/platform-runtime';
import { LocalAuthorizationCommandHandler } from './local-authorization.command-handler';

@Controller('admin/local-authorizations')
@UseGuards(AdminTokenGuard)
export class LocalAuthorizationHttpController {
  constructor(private readonly handler: LocalAuthorizationCommandHandler) {}

  /** `{ idToken: { value, type? }, status, expiresAt?, groupIdToken? }` */
  @Put()
  set(@Body() body: unknown) {
    return this.handler.set(parseRequest(setLocalAuthorizationRequestSchema, body));
  }

  /** `{ idToken: { value, type? } }` */
  @Delete()
  remove(@Body() body: unknown) {
    return this.handler.remove(parseRequest(removeLocalAuthorizationRequestSchema, body).idToken);
  }
}
