import { LOCATION_ACTIONS } from '@chargemesh/contracts/location';
import { DIRECTORY_ACTIONS, type ResolvedRoute, type RouteView } from '@chargemesh/contracts/party';
import { BenchInstance } from './bench-instance';

async function until(probe: () => Promise<boolean>, what: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** A Location with two EVSEs; `{ts}` placeholders stand for its last_updated values. */
export const benchLocation = (id: string, countryCode: string, partyId: string) => ({
  country_code: countryCode,
  party_id: partyId,
  id,
  publish: true,
  address: 'Stationsplein 1',
  city: 'Utrecht',
  country: 'NLD',
  coordinates: { latitude: '52.089444', longitude: '5.110278' },
  time_zone: 'Europe/Amsterdam',
  evses: [1, 2].map((n) => ({
    uid: `${id}-E${n}`,
    status: 'AVAILABLE',
    connectors: [{ id: '1', standard: 'IEC_62196_T2', format: 'SOCKET', power_type: 'AC_3_PHASE', max_voltage: 230, max_amperage: 32, last_updated: '{ts}' }],
    last_updated: '{ts}',
  })),
  last_updated: '{ts}',
});

export interface BenchNetwork {
  hub: BenchInstance;
  sender: BenchInstance;
  receiver: BenchInstance;
  /** `Authorization` values of S: at R (the direct link) and at the Hub. */
  toReceiver: string;
  toHub: string;
}

/**
 * S (NL*CPA CPO, NL*EMA eMSP) registered with R (DE*EMB eMSP, DE*CPB CPO with `locations`
 * locations) directly, and both with the Hub (NL*HUB). Ready when S routes to R directly, the Hub
 * routes to R, and R has heard of S's parties through the Hub (so it accepts them as FROM there).
 */
export async function startBenchNetwork(locations: number): Promise<BenchNetwork> {
  const [hub, sender, receiver] = await Promise.all([BenchInstance.start('hub'), BenchInstance.start('s'), BenchInstance.start('r')]);
  await hub.addParty('NL', 'HUB', 'HUB');
  await sender.addParty('NL', 'CPA', 'CPO');
  await sender.addParty('NL', 'EMA', 'EMSP');
  await receiver.addParty('DE', 'EMB', 'EMSP');
  await receiver.addParty('DE', 'CPB', 'CPO');
  await hub.invite(sender);
  await hub.invite(receiver);
  await receiver.invite(sender);
  const routeAt = (instance: BenchInstance, party: string) => instance.request<ResolvedRoute>('directory', DIRECTORY_ACTIONS.resolveRoute, { countryCode: party.slice(0, 2), partyId: party.slice(3) });
  const connected = async (instance: BenchInstance, party: string, via: string) => {
    const route = await routeAt(instance, party);
    return route.kind === 'remote' && route.status === 'CONNECTED' && route.via === via;
  };
  await until(() => connected(sender, 'DE*EMB', 'DIRECT'), 'S to route to R directly');
  await until(() => connected(hub, 'DE*EMB', 'DIRECT'), 'the Hub to route to R');
  await until(async () => (await receiver.request<RouteView[]>('directory', DIRECTORY_ACTIONS.listRoutes, {})).filter((route) => route.candidates.some((candidate) => candidate.via === 'HUB')).length >= 2, 'R to hear of S through the Hub');
  for (let n = 0; n < locations; n++) {
    const { country_code: _country, party_id: _party, id: _id, last_updated: _updated, ...fields } = benchLocation(`LOC${n}`, 'DE', 'CPB');
    const location = JSON.parse(JSON.stringify(fields).replace(/"\{ts\}"/g, '"2026-01-01T00:00:00Z"'));
    await receiver.request('directory', LOCATION_ACTIONS.saveLocation, { countryCode: 'DE', partyId: 'CPB', locationId: `LOC${n}`, location });
  }
  const tokenHeader = (route: ResolvedRoute) => (route.kind === 'remote' && route.token ? `Token ${Buffer.from(route.token.value).toString('base64')}` : '');
  return { hub, sender, receiver, toReceiver: tokenHeader(await routeAt(sender, 'DE*EMB')), toHub: tokenHeader(await routeAt(sender, 'NL*HUB')) };
}
