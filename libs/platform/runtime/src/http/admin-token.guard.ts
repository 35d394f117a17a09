import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Request } from 'express';
import { CodedError } from '@chargemesh/contracts/envelope';
import type { PlatformConfig } from '@chargemesh/platform-config';
import { SERVICE_CONFIG } from '../tokens';

const digest = (value: string) => createHash('sha256').update(value).digest();

/** Admin APIs take `Authorization: Bearer <ADMIN_TOKEN>`; they are off until a token is configured. */
@Injectable()
export class AdminTokenGuard implements CanActivate {
  private readonly expected?: Buffer;

  constructor(@Inject(SERVICE_CONFIG) config: PlatformConfig) {
    this.expected = config.ADMIN_TOKEN ? digest(config.ADMIN_TOKEN) : undefined;
  }

  canActivate(context: ExecutionContext): boolean {
    if (!this.expected) throw new CodedError('ADMIN.DISABLED', 'the admin API is disabled: set ADMIN_TOKEN to enable it');
    const header = context.switchToHttp().getRequest<Request>().headers.authorization ?? '';
    const match = /^Bearer (.+)$/.exec(header);
    // Comparing digests keeps the comparison constant-time whatever the length of the offered token.
    if (!match || !timingSafeEqual(digest(match[1]), this.expected)) throw new CodedError('ADMIN.UNAUTHORIZED', 'a valid admin token is required');
    return true;
  }
}
