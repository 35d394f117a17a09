import { Injectable } from '@nestjs/common';
import type { PartnerView } from '@chargemesh/contracts/credential';
import { PartnerRepository, partnerView } from '../../database/partner.repository';

@Injectable()
export class ListPartnersQueryHandler {
  constructor(private readonly partners: PartnerRepository) {}

  async list(): Promise<PartnerView[]> {
    return (await this.partners.list()).map(partnerView);
  }

  async get(platformId: string): Promise<PartnerView> {
    return partnerView(await this.partners.get(platformId));
  }
}
