import { Injectable } from '@nestjs/common';
import type { Credentials } from '@chargemesh/protocol-ocpi';
import { AcceptPartnerCredentials } from '../shared/accept-partner-credentials';

/** A partner's POST on our credentials endpoint: it registers with the token A we issued it. */
@Injectable()
export class AcceptRegistrationCommandHandler {
  constructor(private readonly accept: AcceptPartnerCredentials) {}

  execute(request: { platformId: string; credentials?: unknown; correlationId?: string }): Promise<Credentials> {
    return this.accept.accept(request.platformId, request.credentials, 'POST', request.correlationId);
  }
}
