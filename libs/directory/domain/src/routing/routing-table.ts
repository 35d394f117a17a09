import type { ConnectionStatus, PartyRole, RouteCandidate, RouteView } from '@chargemesh/contracts/party';
import { partyKey, platformRouteStatus, type PlatformFacts, type RoutingInputs } from './routing-inputs';

interface Entry {
  countryCode: string;
  partyId: string;
  roles: Set<PartyRole>;
  direct: RouteCandidate[];
  hub: (RouteCandidate & { lastUpdated: string })[];
  override?: string;
}

const byPlatform = (a: RouteCandidate, b: RouteCandidate) => a.platformId.localeCompare(b.platformId);
const connectedFirst = <T extends RouteCandidate>(candidates: T[]): T | undefined => candidates.find((c) => c.status === 'CONNECTED') ?? candidates[0];

/** A Hub's report about a party holds only while the Hub itself answers. */
function throughHub(reported: ConnectionStatus, hub: ConnectionStatus): ConnectionStatus {
  return hub === 'CONNECTED' ? reported : hub;
}

/**
 * The routing table: every remote party, each way to reach it, and the one to use. A party
 * hosted here is never routed away. Candidates are the party's own registered platform (DIRECT)
 * and every registered Hub that reported it through hubclientinfo (HUB). The choice: an admin's
 * override first (even towards a Hub that never reported the party: some Hubs have no
 * hubclientinfo); then a CONNECTED direct route; then a CONNECTED Hub; then, when nothing is
 * connected, the direct route or the Hub whose status the caller must honour (4003).
 */
export function buildRoutingTable(inputs: RoutingInputs): RouteView[] {
  const hosted = new Set(inputs.hosted.map((party) => partyKey(party.countryCode, party.partyId)));
  const platforms = new Map(inputs.platforms.map((platform) => [platform.platformId, platform]));
  const entries = new Map<string, Entry>();
  const entry = (countryCode: string, partyId: string): Entry | undefined => {
    const key = partyKey(countryCode, partyId);
    if (hosted.has(key)) return undefined;
    let found = entries.get(key);
    if (!found) entries.set(key, (found = { countryCode: countryCode.toUpperCase(), partyId: partyId.toUpperCase(), roles: new Set(), direct: [], hub: [] }));
    return found;
  };

  for (const platform of inputs.platforms) {
    if (platform.status !== 'REGISTERED') continue;
    for (const role of platform.roles) {
      const target = entry(role.countryCode, role.partyId);
      if (!target) continue;
      target.roles.add(role.role);
      if (!target.direct.some((c) => c.platformId === platform.platformId)) target.direct.push({ platformId: platform.platformId, via: 'DIRECT', status: platformRouteStatus(platform) });
    }
  }
  for (const info of inputs.clientInfos) {
    const hub = platforms.get(info.reportedBy);
    if (!hub || hub.status !== 'REGISTERED') continue;
    const target = entry(info.countryCode, info.partyId);
    if (!target) continue;
    target.roles.add(info.role);
    const status = throughHub(info.status, platformRouteStatus(hub));
    const existing = target.hub.find((c) => c.platformId === hub.platformId);
    // One candidate per Hub: a party with several roles behind one Hub is CONNECTED if any role is.
    if (!existing) target.hub.push({ platformId: hub.platformId, via: 'HUB', status, lastUpdated: info.lastUpdated });
    else if (existing.status !== 'CONNECTED' && status === 'CONNECTED') existing.status = status;
  }
  for (const override of inputs.overrides) {
    const target = entry(override.countryCode, override.partyId);
    if (target) target.override = override.platformId;
  }

  return [...entries.values()]
    .filter((route) => route.direct.length || route.hub.length || route.override)
    .map((route) => toView(route, platforms))
    .sort((a, b) => a.countryCode.localeCompare(b.countryCode) || a.partyId.localeCompare(b.partyId));
}

function toView(route: Entry, platforms: Map<string, PlatformFacts>): RouteView {
  const direct = [...route.direct].sort(byPlatform);
  const hub = [...route.hub].sort((a, b) => b.lastUpdated.localeCompare(a.lastUpdated) || byPlatform(a, b));
  const candidates: RouteCandidate[] = [...direct, ...hub.map(({ platformId, via, status }) => ({ platformId, via, status }))];
  let selected: RouteView['selected'];
  if (route.override) {
    const pinned = candidates.find((c) => c.platformId === route.override) ?? pinnedCandidate(platforms.get(route.override), route.override);
    selected = { ...pinned, reason: 'OVERRIDE' };
  } else {
    const directConnected = direct.find((c) => c.status === 'CONNECTED');
    const hubConnected = hub.find((c) => c.status === 'CONNECTED');
    const chosen = directConnected ?? hubConnected ?? connectedFirst(direct) ?? connectedFirst(hub);
    if (chosen) selected = { platformId: chosen.platformId, via: chosen.via, status: chosen.status, reason: chosen.via === 'DIRECT' ? 'DIRECT' : 'HUB' };
  }
  return {
    countryCode: route.countryCode,
    partyId: route.partyId,
    roles: [...route.roles].sort(),
    candidates,
    ...(selected ? { selected } : {}),
    status: selected?.status ?? 'SUSPENDED',
    ...(route.override ? { override: route.override } : {}),
  };
}

/** A route through an overridden platform that did not report the party: a Hub forwards, another platform is asked directly. */
function pinnedCandidate(platform: PlatformFacts | undefined, platformId: string): RouteCandidate {
  if (!platform) return { platformId, via: 'DIRECT', status: 'SUSPENDED' };
  const isHub = platform.roles.some((role) => role.role === 'HUB');
  return { platformId, via: isHub ? 'HUB' : 'DIRECT', status: platformRouteStatus(platform) };
}
