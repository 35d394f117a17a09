import { Injectable } from '@nestjs/common';
import { CodedError, isCodedError } from '@chargemesh/contracts/envelope';
import { CREDENTIALS_ERRORS, type PartnerToken } from '@chargemesh/contracts/credential';
import { type ResolvedRoute, ROUTING_ERRORS } from '@chargemesh/contracts/party';
import { partyKey } from '@chargemesh/directory-domain';
import { PartnerTokensCache } from '../../partner-tokens.cache';
import { RoutingTableCache } from '../../routing-table.cache';

const GONE = new Set<string>([CREDENTIALS_ERRORS.invalidState, CREDENTIALS_ERRORS.partnerNotFound]);

/**
 * Where a message TO a party goes, answered from memory: a party hosted here, or the next hop
 * with its endpoints and (only while CONNECTED) the token to present. An unknown party is
 * ROUTE.UNKNOWN_PARTY (the hub router answers 4001); a route that is not CONNECTED comes back
 * with its status and no token (4003).
 */
@Injectable()
export class ResolveRouteQueryHandler {
  constructor(
    private readonly table: RoutingTableCache,
    private readonly tokens: PartnerTokensCache,
  ) {}

  async execute(request: { countryCode: string; partyId: string }): Promise<ResolvedRoute> {
    let snapshot = await this.table.current();
    const key = partyKey(request.countryCode, request.partyId);
    if (!snapshot.hosted.has(key) && !snapshot.routes.has(key)) {
      // Unknown here: make sure it is not just applied since the last refresh (one checkpoint query; misses are rare).
      await this.table.refresh();
      snapshot = await this.table.current();
    }
    const hosted = snapshot.hosted.get(key);
    if (hosted) return { kind: 'local', countryCode: hosted.countryCode, partyId: hosted.partyId, roles: hosted.roles.map((entry) => entry.role) };
    const route = snapshot.routes.get(key);
    if (!route?.selected) throw new CodedError(ROUTING_ERRORS.unknownParty, `no route to party ${key}`);
    const { platformId, via, reason } = route.selected;
    let status = route.selected.status;
    const platform = snapshot.platforms.get(platformId);
    let token: PartnerToken | undefined;
    if (status === 'CONNECTED') {
      try {
        token = await this.tokens.get(platformId);
      } catch (error) {
        // The credentials service already ended this link and our projection has not caught up yet:
        // nothing can be sent there (SUSPENDED, as the table will say in a moment).
        if (!isCodedError(error) || !GONE.has(error.code)) throw error;
        status = 'SUSPENDED';
      }
    }
    return {
      kind: 'remote',
      countryCode: route.countryCode,
      partyId: route.partyId,
      roles: route.roles,
      status,
      platformId,
      via,
      reason,
      version: platform?.version ?? '',
      endpoints: platform?.endpoints ?? [],
      ...(token ? { token: { value: token.token, encoding: token.encoding } } : {}),
    };
  }
}
