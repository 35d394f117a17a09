import { auditRecords, roamingScenario } from './support/roaming-scenario';
import { partyOf, TopologyPlatform } from './support/topology-platform';

/**
 * Seed topology 3.8, platforms via a Hub and direct: all platforms are linked to the Hub, and the
 * CPO platform also directly to one eMSP platform. That eMSP goes direct (a direct route is
 * preferred), the other one through the Hub.
 */
describe('seed topology: platforms via a Hub and direct', () => {
  let hub: TopologyPlatform;
  let cpoPlatform: TopologyPlatform;
  let directEmsp: TopologyPlatform;
  let hubEmsp: TopologyPlatform;
  const cpo = partyOf('NL*CP1', 'CPO');
  const emsp2 = partyOf('DE*EM2', 'EMSP');
  const emsp3 = partyOf('FR*EM3', 'EMSP');

  beforeAll(async () => {
    [hub, cpoPlatform, directEmsp, hubEmsp] = await Promise.all([
      TopologyPlatform.start('hub', [partyOf('NL*HUB', 'HUB')]),
      TopologyPlatform.start('cpo-platform', [cpo]),
      TopologyPlatform.start('direct-emsp', [emsp2]),
      TopologyPlatform.start('hub-emsp', [emsp3]),
    ]);
    for (const platform of [cpoPlatform, directEmsp, hubEmsp]) await hub.link(platform);
    await cpoPlatform.link(directEmsp);
  });
  afterAll(async () => {
    await Promise.all([hub, cpoPlatform, directEmsp, hubEmsp].map((platform) => platform?.stop()));
  });

  it('should carry one eMSP\'s roaming exchange directly and the other\'s through the Hub', async () => {
    await roamingScenario({ platform: directEmsp, party: emsp2 }, { platform: cpoPlatform, party: cpo }, 'DIRECT');
    await roamingScenario({ platform: hubEmsp, party: emsp3 }, { platform: cpoPlatform, party: cpo }, 'HUB');
    // The Hub relayed only the second pair's exchanges.
    const relayed = await auditRecords(hub, (record) => record.origin.kind === 'partner' && record.route?.kind === 'direct');
    const parties = new Set(relayed.flatMap((record) => [record.from?.partyId, record.to?.partyId]));
    expect(parties.has('EM3')).toBe(true);
    expect(parties.has('EM2')).toBe(false);
  });
});
