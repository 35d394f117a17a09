import type { ClientInfoView, ConnectionStatus } from '@chargemesh/contracts/party';
import { platformRouteStatus, type PlatformFacts } from './routing-inputs';

/**
 * The ClientInfo objects this platform publishes as a Hub: one per role of every partner that
 * registered, or was invited with planned roles (PLANNED until it registers). Objects are never
 * deleted (mod_hub_client_info): a party that left becomes SUSPENDED. `last_updated` is when the
 * partner's status last changed. A party registered again through a new platform record shows
 * the newest of its entries.
 */
export function hubClientInfos(platforms: readonly PlatformFacts[]): ClientInfoView[] {
  const latest = new Map<string, ClientInfoView>();
  for (const platform of platforms) {
    const status: ConnectionStatus = platformRouteStatus(platform);
    for (const role of platform.roles) {
      const key = `${role.countryCode}*${role.partyId}|${role.role}`;
      const info: ClientInfoView = { country_code: role.countryCode, party_id: role.partyId, role: role.role, status, last_updated: platform.statusChangedAt };
      const existing = latest.get(key);
      if (!existing || existing.last_updated < info.last_updated) latest.set(key, info);
    }
  }
  return [...latest.values()].sort((a, b) => a.last_updated.localeCompare(b.last_updated) || a.country_code.localeCompare(b.country_code) || a.party_id.localeCompare(b.party_id) || a.role.localeCompare(b.role));
}

/** Whether a ClientInfo is about one of the target platform's own parties (a platform is not told about itself). */
export const isAboutPlatform = (info: ClientInfoView, platform: Pick<PlatformFacts, 'roles'>): boolean =>
  platform.roles.some((role) => role.countryCode === info.country_code && role.partyId === info.party_id);

/** Who receives ClientInfo pushes: registered, answering partners with a hubclientinfo receiver endpoint. */
export function clientInfoReceiverUrl(platform: PlatformFacts): string | undefined {
  if (platform.status !== 'REGISTERED' || platform.connection !== 'CONNECTED') return undefined;
  return platform.endpoints.find((endpoint) => endpoint.identifier === 'hubclientinfo' && endpoint.role === 'RECEIVER')?.url;
}
