import { roamingScenario } from './support/roaming-scenario';
import { partyOf, TopologyPlatform } from './support/topology-platform';

/**
 * Seed topology 3.5, peer-to-peer with mixed roles: one platform hosts eMSP1, eMSP2, CPO1 and CPO2,
 * the other eMSP4, CPO5, CPO6 and CPO7.
 */
describe('seed topology: peer-to-peer, mixed roles', () => {
  let first: TopologyPlatform;
  let second: TopologyPlatform;
  const left = [partyOf('NL*EM1', 'EMSP'), partyOf('NL*EM2', 'EMSP'), partyOf('NL*CP1', 'CPO'), partyOf('NL*CP2', 'CPO')];
  const right = [partyOf('BE*EM4', 'EMSP'), partyOf('BE*CP5', 'CPO'), partyOf('BE*CP6', 'CPO'), partyOf('BE*CP7', 'CPO')];

  beforeAll(async () => {
    [first, second] = await Promise.all([TopologyPlatform.start('first', left), TopologyPlatform.start('second', right)]);
    await second.link(first);
  });
  afterAll(async () => {
    await Promise.all([first?.stop(), second?.stop()]);
  });

  it('should carry the roaming exchange between any eMSP and any CPO across the link', async () => {
    await roamingScenario({ platform: second, party: right[0] }, { platform: first, party: left[3] }, 'DIRECT');
    await roamingScenario({ platform: first, party: left[1] }, { platform: second, party: right[2] }, 'DIRECT');
  });
});
