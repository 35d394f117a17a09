import { roamingScenario } from './support/roaming-scenario';
import { partyOf, TopologyPlatform } from './support/topology-platform';

/**
 * Seed topology 3.6, multiple peer-to-peer: four platforms, each with an eMSP and a CPO, every
 * platform linked with every other one (six links), no Hub.
 */
describe('seed topology: a mesh of platforms', () => {
  let platforms: TopologyPlatform[] = [];
  const emsps = ['NL*EM1', 'DE*EM2', 'BE*EM3', 'FR*EM4'].map((key) => partyOf(key, 'EMSP'));
  const cpos = ['NL*CP1', 'DE*CP2', 'BE*CP3', 'FR*CP4'].map((key) => partyOf(key, 'CPO'));

  beforeAll(async () => {
    platforms = await Promise.all(emsps.map((emsp, index) => TopologyPlatform.start(`platform${index + 1}`, [emsp, cpos[index]])));
    for (let i = 0; i < platforms.length; i++) for (let j = i + 1; j < platforms.length; j++) await platforms[i].link(platforms[j]);
  });
  afterAll(async () => {
    await Promise.all(platforms.map((platform) => platform.stop()));
  });

  it('should carry the roaming exchange over the direct link of each pair', async () => {
    await roamingScenario({ platform: platforms[0], party: emsps[0] }, { platform: platforms[3], party: cpos[3] }, 'DIRECT');
    await roamingScenario({ platform: platforms[2], party: emsps[2] }, { platform: platforms[1], party: cpos[1] }, 'DIRECT');
  });
});
