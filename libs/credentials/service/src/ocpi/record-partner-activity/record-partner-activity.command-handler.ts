import { Injectable } from '@nestjs/common';
import { PartnerRepository } from '../../database/partner.repository';
import { PartnerLifecycle } from '../../shared/partner-lifecycle';

/**
 * The OCPI edge reports, in batches, the partners it heard from. That resets their still-alive
 * clock, and a partner we had marked OFFLINE is evidently back.
 */
@Injectable()
export class RecordPartnerActivityCommandHandler {
  constructor(
    private readonly partners: PartnerRepository,
    private readonly lifecycle: PartnerLifecycle,
  ) {}

  async execute(request: { platformIds: string[] }): Promise<null> {
    const platformIds = [...new Set(request.platformIds)];
    await this.partners.touch(platformIds);
    for (const platformId of platformIds) {
      const partner = await this.partners.find(platformId);
      if (partner?.status === 'REGISTERED' && partner.connection === 'OFFLINE') {
        await this.lifecycle.recordReachability(platformId, true, 'the partner sent us a request', false);
      }
    }
    return null;
  }
}
