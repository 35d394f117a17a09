import { roamingScenario } from './support/roaming-scenario';
import { partyOf, TopologyPlatform } from './support/topology-platform';

/**
 * Seed topology 3.2, multiple peer-to-peer connections: four platforms with one role each; not
 * every eMSP is linked with every CPO (eMSP1–CPO1, eMSP1–CPO2, eMSP2–CPO2).
 */
describe('seed topology: multiple peer-to-peer connections', () => {
  let platforms: Record<'e1' | 'e2' | 'c1' | 'c2', TopologyPlatform>;
  const emsp1 = partyOf('DE*EM1', 'EMSP');
  const emsp2 = partyOf('FR*EM2', 'EMSP');
  const cpo1 = partyOf('NL*CP1', 'CPO');
  const cpo2 = partyOf('BE*CP2', 'CPO');

  beforeAll(async () => {
    const [e1, e2, c1, c2] = await Promise.all([
      TopologyPlatform.start('emsp1', [emsp1]),
      TopologyPlatform.start('emsp2', [emsp2]),
      TopologyPlatform.start('cpo1', [cpo1]),
      TopologyPlatform.start('cpo2', [cpo2]),
    ]);
    platforms = { e1, e2, c1, c2 };
    await c1.link(e1);
    await c2.link(e1);
    await c2.link(e2);
  });
  afterAll(async () => {
    await Promise.all(Object.values(platforms ?? {}).map((platform) => platform.stop()));
  });

  it('should carry the roaming exchange over each link', async () => {
    await roamingScenario({ platform: platforms.e1, party: emsp1 }, { platform: platforms.c1, party: cpo1 }, 'DIRECT');
    await roamingScenario({ platform: platforms.e2, party: emsp2 }, { platform: platforms.c2, party: cpo2 }, 'DIRECT');
  });

  it('should not reach a CPO the eMSP has no link with (4001)', async () => {
    const reply = await platforms.e2.sendOcpi({ module: 'locations', interface: 'SENDER', method: 'GET', path: [], from: { countryCode: 'FR', partyId: 'EM2' }, to: { countryCode: 'NL', partyId: 'CP1' } });
    expect(reply).toMatchObject({ httpStatus: 200, statusCode: 4001 });
  });
});
