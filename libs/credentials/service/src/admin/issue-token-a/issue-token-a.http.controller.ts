import { Body, Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import { issueTokenARequestSchema } from '@chargemesh/contracts/credential';
import { AdminTokenGuard, parseRequest } from '@chargemesh/platform-runtime';
import { IssueTokenACommandHandler } from './issue-token-a.command-handler';

/** Issues a token A for a partner that will register with us. */
@Controller('admin/partners')
@UseGuards(AdminTokenGuard)
export class IssueTokenAHttpController {
  constructor(private readonly handler: IssueTokenACommandHandler) {}

  @Post('token-a')
  @HttpCode(201)
  handle(@Body() body: unknown) {
    return this.handler.execute(parseRequest(issueTokenARequestSchema, body ?? {}));
  }
}
