import { Body, Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import { eraseTokenPersonalDataRequestSchema } from '@chargemesh/contracts/token';
import { AdminTokenGuard, parseRequest } from '@chargemesh/platform-runtime';
import { EraseTokenCommandHandler } from './erase-token.command-handler';

@Controller('admin/token-erasures')
@UseGuards(AdminTokenGuard)
export class EraseTokenHttpController {
  constructor(private readonly handler: EraseTokenCommandHandler) {}

  /** `{owner: {countryCode, partyId}, uid, type?}`: erases every copy of the token held here. */
  @Post()
  @HttpCode(200)
  erase(@Body() body: unknown) {
    return this.handler.execute(parseRequest(eraseTokenPersonalDataRequestSchema, body));
  }
}
