import { Body, Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import { registerPeerRequestSchema } from '@chargemesh/contracts/oicp';
import { AdminTokenGuard, parseRequest } from '@chargemesh/platform-runtime';
import { RegisterPeerCommandHandler } from './register-peer.command-handler';

@Controller('admin/oicp/peers')
@UseGuards(AdminTokenGuard)
export class RegisterPeerHttpController {
  constructor(private readonly handler: RegisterPeerCommandHandler) {}

  @Post()
  @HttpCode(201)
  execute(@Body() body: unknown) {
    return this.handler.execute(parseRequest(registerPeerRequestSchema, body));
  }
}
