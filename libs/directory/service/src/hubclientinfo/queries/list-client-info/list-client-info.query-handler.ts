import { Injectable } from '@nestjs/common';
import { CodedError } from '@chargemesh/contracts/envelope';
import { type ClientInfoPage, ROUTING_ERRORS } from '@chargemesh/contracts/party';
import { hubClientInfos } from '@chargemesh/directory-domain';
import { PartyReadModel } from '../../../parties/queries/party-read-model';
import { PlatformReadModel } from '../../../platforms/platform-read-model';

/**
 * Our ClientInfo list as a Hub (sender interface): every connected party's status, oldest change
 * first, `date_from` inclusive and `date_to` exclusive on last_updated. Only a platform that hosts
 * a HUB party publishes it; anyone else's partner list is nobody's business.
 */
@Injectable()
export class ListClientInfoQueryHandler {
  constructor(
    private readonly parties: PartyReadModel,
    private readonly platforms: PlatformReadModel,
  ) {}

  async execute(request: { dateFrom?: string; dateTo?: string; offset: number; limit: number }): Promise<ClientInfoPage> {
    const hosted = await this.parties.list();
    if (!hosted.some((party) => party.roles.some((entry) => entry.role === 'HUB'))) {
      throw new CodedError(ROUTING_ERRORS.noHubHosted, 'this platform is not a Hub: it publishes no ClientInfo');
    }
    const from = request.dateFrom ? Date.parse(request.dateFrom) : -Infinity;
    const to = request.dateTo ? Date.parse(request.dateTo) : Infinity;
    const matching = hubClientInfos(await this.platforms.list()).filter((info) => {
      const at = Date.parse(info.last_updated);
      return at >= from && at < to;
    });
    return { total: matching.length, limit: request.limit, items: matching.slice(request.offset, request.offset + request.limit) };
  }
}
