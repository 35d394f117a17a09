import { Controller, Get, Param, UseGuards } from '@nestjs/common';
import { AdminTokenGuard } from '@chargemesh/platform-runtime';
import { SessionReadModel } from './session.read-model';

/** One session as our CPO side or our EMP side sees it. */
@Controller('admin/oicp')
@UseGuards(AdminTokenGuard)
export class GetSessionHttpController {
  constructor(private readonly sessions: SessionReadModel) {}

  @Get('cpo/sessions/:sessionId')
  cpo(@Param('sessionId') sessionId: string) {
    return this.sessions.get('cpo', sessionId);
  }

  @Get('emp/sessions/:sessionId')
  emp(@Param('sessionId') sessionId: string) {
    return this.sessions.get('emp', sessionId);
  }
}
