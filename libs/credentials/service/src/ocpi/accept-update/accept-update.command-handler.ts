import { Injectable } from '@nestjs/common';
import type { Credentials } from '@chargemesh/protocol-ocpi';
import { AcceptPartnerCredentials } from '../shared/accept-partner-credentials';

/** A partner's PUT on our credentials endpoint: new tokens both ways, its endpoints fetched again. */
@Injectable()
export class AcceptUpdateCommandHandler {
  constructor(private readonly accept: AcceptPartnerCredentials) {}

  execute(request: { platformId: string; credentials?: unknown; correlationId?: string }): Promise<Credentials> {
    return this.accept.accept(request.platformId, request.credentials, 'PUT', request.correlationId);
  }
}
