import { auditRecords, roamingScenario } from './support/roaming-scenario';
import { partyOf, TopologyPlatform } from './support/topology-platform';

/**
 * Seed topology 3.7, platforms via a Hub: every platform is linked to the Hub only, and all their
 * communication goes through it. A ChargeMesh Hub (hosting only NL*HUB), a CPO platform, an eMSP
 * platform and a platform with both roles.
 */
describe('seed topology: platforms via a Hub', () => {
  let hub: TopologyPlatform;
  let cpoPlatform: TopologyPlatform;
  let emspPlatform: TopologyPlatform;
  let dualPlatform: TopologyPlatform;
  const cpo1 = partyOf('NL*CP1', 'CPO');
  const emsp2 = partyOf('DE*EM2', 'EMSP');
  const cpo3 = partyOf('BE*CP3', 'CPO');
  const emsp3 = partyOf('BE*EM3', 'EMSP');

  beforeAll(async () => {
    [hub, cpoPlatform, emspPlatform, dualPlatform] = await Promise.all([
      TopologyPlatform.start('hub', [partyOf('NL*HUB', 'HUB')]),
      TopologyPlatform.start('cpo-platform', [cpo1]),
      TopologyPlatform.start('emsp-platform', [emsp2]),
      TopologyPlatform.start('dual-platform', [cpo3, emsp3]),
    ]);
    for (const platform of [cpoPlatform, emspPlatform, dualPlatform]) await hub.link(platform);
  });
  afterAll(async () => {
    await Promise.all([hub, cpoPlatform, emspPlatform, dualPlatform].map((platform) => platform?.stop()));
  });

  it('should carry the whole roaming exchange between an eMSP and a CPO through the Hub', async () => {
    await roamingScenario({ platform: emspPlatform, party: emsp2 }, { platform: cpoPlatform, party: cpo1 }, 'HUB');
    // The Hub relayed each of them: forwarded requests, and the callbacks and CDR read on its rewritten URLs.
    const relayed = await auditRecords(hub, (record) => record.origin.kind === 'partner' && record.route?.kind === 'direct');
    expect(new Set(relayed.map((record) => record.module))).toEqual(new Set(['locations', 'tokens', 'commands', 'sessions', 'cdrs']));
    expect(relayed.some((record) => record.scenario === 'forwarded-url' && record.module === 'commands')).toBe(true);
  });

  it('should do the same for a platform with both roles, in both directions', async () => {
    await roamingScenario({ platform: dualPlatform, party: emsp3 }, { platform: cpoPlatform, party: cpo1 }, 'HUB');
    await roamingScenario({ platform: emspPlatform, party: emsp2 }, { platform: dualPlatform, party: cpo3 }, 'HUB');
  });
});
