import { Controller, Delete, Get, Param, UseGuards } from '@nestjs/common';
import { resolveTokenRefRequestSchema } from '@chargemesh/contracts/station';
import { AdminTokenGuard, parseRequest } from '@chargemesh/platform-runtime';
import { PostgresTokenRefs } from '../token-refs';

/** The token values behind the references events carry: read one, or erase it (GDPR) so the reference leads nowhere. */
@Controller('admin/token-refs')
@UseGuards(AdminTokenGuard)
export class TokenRefsHttpController {
  constructor(private readonly tokenRefs: PostgresTokenRefs) {}

  @Get(':ref')
  resolve(@Param('ref') ref: string) {
    return this.tokenRefs.resolve(parseRequest(resolveTokenRefRequestSchema, { ref }).ref);
  }

  @Delete(':ref')
  async erase(@Param('ref') ref: string) {
    return { ref, erased: await this.tokenRefs.erase(parseRequest(resolveTokenRefRequestSchema, { ref }).ref) };
  }
}
