import { Body, Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import { remoteStartCommandSchema, remoteStopCommandSchema, reservationStartCommandSchema, reservationStopCommandSchema } from '@chargemesh/contracts/oicp';
import { AdminTokenGuard, parseRequest } from '@chargemesh/platform-runtime';
import { EmpRemoteCommandsCommandHandler } from './remote-commands.command-handler';

@Controller('admin/oicp/emp')
@UseGuards(AdminTokenGuard)
export class EmpRemoteCommandsHttpController {
  constructor(private readonly handler: EmpRemoteCommandsCommandHandler) {}

  @Post('remote-start')
  @HttpCode(200)
  start(@Body() body: unknown) {
    return this.handler.start('remote-start', parseRequest(remoteStartCommandSchema, body));
  }

  @Post('remote-stop')
  @HttpCode(200)
  stop(@Body() body: unknown) {
    return this.handler.stop('remote-stop', parseRequest(remoteStopCommandSchema, body));
  }

  @Post('reservation-start')
  @HttpCode(200)
  reserve(@Body() body: unknown) {
    return this.handler.start('reservation-start', parseRequest(reservationStartCommandSchema, body));
  }

  @Post('reservation-stop')
  @HttpCode(200)
  cancel(@Body() body: unknown) {
    return this.handler.stop('reservation-stop', parseRequest(reservationStopCommandSchema, body));
  }
}
