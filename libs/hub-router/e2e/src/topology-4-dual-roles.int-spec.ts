import { roamingScenario } from './support/roaming-scenario';
import { partyOf, TopologyPlatform } from './support/topology-platform';

/** Seed topology 3.4, peer-to-peer with dual roles: both platforms host a CPO and an eMSP. */
describe('seed topology: peer-to-peer, dual roles', () => {
  let first: TopologyPlatform;
  let second: TopologyPlatform;
  const emsp1 = partyOf('NL*EM1', 'EMSP');
  const cpo1 = partyOf('NL*CP1', 'CPO');
  const emsp2 = partyOf('DE*EM2', 'EMSP');
  const cpo2 = partyOf('DE*CP2', 'CPO');

  beforeAll(async () => {
    [first, second] = await Promise.all([TopologyPlatform.start('first', [emsp1, cpo1]), TopologyPlatform.start('second', [emsp2, cpo2])]);
    await first.link(second);
  });
  afterAll(async () => {
    await Promise.all([first?.stop(), second?.stop()]);
  });

  it('should carry the roaming exchange in both directions over the one link', async () => {
    await roamingScenario({ platform: first, party: emsp1 }, { platform: second, party: cpo2 }, 'DIRECT');
    await roamingScenario({ platform: second, party: emsp2 }, { platform: first, party: cpo1 }, 'DIRECT');
  });
});
