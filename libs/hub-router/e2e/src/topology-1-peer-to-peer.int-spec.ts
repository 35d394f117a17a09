import { roamingScenario } from './support/roaming-scenario';
import { partyOf, TopologyPlatform } from './support/topology-platform';

/**
 * Seed topology 3.1, peer-to-peer: two platforms with one role each, an eMSP and a CPO, linked
 * directly (the eMSP platform registered with the CPO platform).
 */
describe('seed topology: peer-to-peer', () => {
  let cpoPlatform: TopologyPlatform;
  let emspPlatform: TopologyPlatform;
  const cpo = partyOf('NL*CPA', 'CPO');
  const emsp = partyOf('DE*EMB', 'EMSP');

  beforeAll(async () => {
    [cpoPlatform, emspPlatform] = await Promise.all([TopologyPlatform.start('cpo-platform', [cpo]), TopologyPlatform.start('emsp-platform', [emsp])]);
    await cpoPlatform.link(emspPlatform);
  });
  afterAll(async () => {
    await Promise.all([cpoPlatform?.stop(), emspPlatform?.stop()]);
  });

  it('should pull locations page by page, authorise a token in real time, start a session by command with its result back, and push the session and CDR, all directly', async () => {
    await roamingScenario({ platform: emspPlatform, party: emsp }, { platform: cpoPlatform, party: cpo }, 'DIRECT');
  });
});
