import { Body, Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import { eraseTokenPersonalDataRequestSchema } from '@chargemesh/contracts/token';
import { AdminTokenGuard, parseRequest } from '@chargemesh/platform-runtime';
import { EraseTokenPersonalDataCommandHandler } from './erase-token-personal-data.command-handler';

@Controller('admin/personal-data')
@UseGuards(AdminTokenGuard)
export class EraseTokenPersonalDataHttpController {
  constructor(private readonly handler: EraseTokenPersonalDataCommandHandler) {}

  /** POST /admin/personal-data/erase `{ owner: {countryCode, partyId}, uid, type? }`. */
  @Post('erase')
  @HttpCode(200)
  erase(@Body() body: unknown) {
    return this.handler.execute(parseRequest(eraseTokenPersonalDataRequestSchema, body));
  }
}
