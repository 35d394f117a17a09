import { Injectable } from '@nestjs/common';
import { assertRegistered } from '@chargemesh/credentials-domain';
import { PartnerLifecycle } from '../../shared/partner-lifecycle';

/** A partner's DELETE on our credentials endpoint: it unregisters, and we stop talking to it too. */
@Injectable()
export class AcceptUnregistrationCommandHandler {
  constructor(private readonly lifecycle: PartnerLifecycle) {}

  async execute(request: { platformId: string; correlationId?: string }): Promise<null> {
    await this.lifecycle.unregister(request.platformId, 'PARTNER', (partner) => assertRegistered(partner, 'DELETE'), request.correlationId);
    return null;
  }
}
