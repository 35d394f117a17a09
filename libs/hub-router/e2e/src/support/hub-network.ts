import { ChargeMeshInstance } from '@chargemesh/credentials-e2e/chargemesh-instance';
import { eventually } from '@chargemesh/platform-testing';
import { FakePlatform, type FakeRole } from './fake-platform';

type Interface = [string, 'SENDER' | 'RECEIVER'];

export const CPO_INTERFACES: Interface[] = [['locations', 'SENDER'], ['sessions', 'SENDER'], ['cdrs', 'SENDER'], ['tariffs', 'SENDER'], ['tokens', 'RECEIVER'], ['commands', 'RECEIVER'], ['chargingprofiles', 'RECEIVER']];
export const EMSP_INTERFACES: Interface[] = [['locations', 'RECEIVER'], ['sessions', 'RECEIVER'], ['cdrs', 'RECEIVER'], ['tariffs', 'RECEIVER'], ['tokens', 'SENDER'], ['commands', 'SENDER'], ['chargingprofiles', 'SENDER']];

/** The four routing headers, as a requesting party sets them (`NL*CPA`); TO omitted for Open Routing. */
export function routingHeaders(from: string, to?: string, extra: Record<string, string> = {}): Record<string, string> {
  const [fromCountry, fromParty] = from.split('*');
  const headers: Record<string, string> = { 'OCPI-from-country-code': fromCountry, 'OCPI-from-party-id': fromParty, ...extra };
  if (to) {
    const [toCountry, toParty] = to.split('*');
    headers['OCPI-to-country-code'] = toCountry;
    headers['OCPI-to-party-id'] = toParty;
  }
  return headers;
}

/** Registers each fake platform with `instance` and waits until the instance routes to every party of each. */
export async function connectFakes(instance: ChargeMeshInstance, fakes: FakePlatform[]): Promise<Map<FakePlatform, string>> {
  const ids = new Map<FakePlatform, string>();
  for (const fake of fakes) ids.set(fake, (await instance.registerWith({ versionsUrl: fake.versionsUrl, token: fake.tokenA })).platformId);
  const parties = fakes.flatMap((fake) => fake.roles);
  await eventually(
    async () => {
      const routes = await instance.routes();
      return parties.every((party: FakeRole) => routes.some((route) => route.countryCode === party.countryCode && route.partyId === party.partyId && route.status === 'CONNECTED'));
    },
    20_000,
    `${instance.name} to route to ${parties.map((party) => `${party.countryCode}*${party.partyId}`).join(', ')}`,
  );
  return ids;
}

/** A ChargeMesh Hub (hosting NL*HUB only) with two fake CPO platforms and two fake eMSP platforms registered with it. */
export async function startHubWithFakes(extraEnv: Record<string, string> = {}) {
  const [hub, cpa, cpb, emb, emc] = await Promise.all([
    ChargeMeshInstance.start('hub', extraEnv),
    FakePlatform.start('cpo-a', [{ countryCode: 'NL', partyId: 'CPA', role: 'CPO' }], CPO_INTERFACES),
    FakePlatform.start('cpo-b', [{ countryCode: 'BE', partyId: 'CPB', role: 'CPO' }], CPO_INTERFACES),
    FakePlatform.start('emsp-b', [{ countryCode: 'DE', partyId: 'EMB', role: 'EMSP' }], EMSP_INTERFACES),
    FakePlatform.start('emsp-c', [{ countryCode: 'FR', partyId: 'EMC', role: 'EMSP' }], EMSP_INTERFACES),
  ]);
  await hub.addParty('NL', 'HUB', 'HUB');
  const ids = await connectFakes(hub, [cpa, cpb, emb, emc]);
  return {
    hub,
    cpa,
    cpb,
    emb,
    emc,
    ids,
    stop: async () => {
      await Promise.all([cpa, cpb, emb, emc].map((fake) => fake.stop()));
      await hub.stop();
    },
  };
}
