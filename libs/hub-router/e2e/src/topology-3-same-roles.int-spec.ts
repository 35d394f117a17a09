import { roamingScenario } from './support/roaming-scenario';
import { partyOf, TopologyPlatform } from './support/topology-platform';

/**
 * Seed topology 3.3, peer-to-peer with several parties of the same role on one platform: one
 * platform hosts three eMSPs, the other two CPOs; one link between the platforms serves them all,
 * the routing headers tell the parties apart.
 */
describe('seed topology: peer-to-peer, several parties of the same role on one platform', () => {
  let emspPlatform: TopologyPlatform;
  let cpoPlatform: TopologyPlatform;
  const emsps = [partyOf('DE*EM1', 'EMSP'), partyOf('DE*EM2', 'EMSP'), partyOf('DE*EM3', 'EMSP')];
  const cpos = [partyOf('NL*CP1', 'CPO'), partyOf('NL*CP2', 'CPO')];

  beforeAll(async () => {
    [emspPlatform, cpoPlatform] = await Promise.all([TopologyPlatform.start('emsps', emsps), TopologyPlatform.start('cpos', cpos)]);
    await cpoPlatform.link(emspPlatform);
  });
  afterAll(async () => {
    await Promise.all([emspPlatform?.stop(), cpoPlatform?.stop()]);
  });

  it('should carry the roaming exchange between parties that are not the first of their platforms, each seeing only its own', async () => {
    await roamingScenario({ platform: emspPlatform, party: emsps[1] }, { platform: cpoPlatform, party: cpos[1] }, 'DIRECT');
    await roamingScenario({ platform: emspPlatform, party: emsps[2] }, { platform: cpoPlatform, party: cpos[0] }, 'DIRECT');
  });
});
