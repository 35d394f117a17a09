import { eventually } from '@chargemesh/platform-testing';
import { ChargeMeshInstance } from './support/chargemesh-instance';
import { streamTexts, tableTexts } from './support/inspect';
import type { Json } from './support/ocpi-http';

/**
 * Two ChargeMesh instances on one machine, each its own namespace: A hosts one CPO; B hosts an
 * eMSP and two CPOs on two parties. Real HTTP between their hub-routers in both directions.
 */
describe('OCPI 2.2.1 registration between two ChargeMesh instances', () => {
  let a: ChargeMeshInstance;
  let b: ChargeMeshInstance;
  /** Each side's id for the other. */
  const ids = { bAtA: '', aAtB: '' };

  /** The token `from` presents to the platform of a party, as route resolution hands it out (once the directory knows the route). */
  const tokenTo = (from: ChargeMeshInstance, countryCode: string, partyId: string): Promise<string> =>
    eventually(async () => (await from.request('directory', 'resolve-route', { countryCode, partyId })).token?.value, 10_000, `${from.name} to route to ${countryCode}*${partyId}`);

  beforeAll(async () => {
    [a, b] = await Promise.all([ChargeMeshInstance.start('platform-a'), ChargeMeshInstance.start('platform-b')]);
    await a.addParty('NL', 'CPA', 'CPO');
    await b.addParty('DE', 'EMB', 'EMSP', 'CPO');
    await b.addParty('DE', 'CPB', 'CPO');
  });
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
  });

  it('should list every module and interface role of the hosted roles in the versions and version details', async () => {
    const { token } = await b.issueTokenA('prospect');
    const versions = await b.ocpi('GET', '/versions', { token, headers: { 'X-Request-ID': 'req-1', 'X-Correlation-ID': 'corr-1' } });
    expect(versions).toMatchObject({ status: 200, body: { status_code: 1000, data: [{ version: '2.2.1', url: `${b.ocpiBase}/2.2.1` }] } });
    expect(versions.headers.get('x-request-id')).toBe('req-1');
    expect(versions.headers.get('x-correlation-id')).toBe('corr-1');
    const details = await b.ocpi('GET', '/2.2.1', { token });
    expect(details.body.data.version).toBe('2.2.1');
    const listed = details.body.data.endpoints.map((endpoint: Json) => `${endpoint.identifier} ${endpoint.role} ${endpoint.url.replace(b.ocpiBase, '')}`);
    expect(listed).toEqual(
      expect.arrayContaining([
        'credentials SENDER /2.2.1/credentials',
        'hubclientinfo RECEIVER /2.2.1/receiver/hubclientinfo',
        'locations SENDER /2.2.1/sender/locations',
        'locations RECEIVER /2.2.1/receiver/locations',
        'tokens SENDER /2.2.1/sender/tokens',
        'tokens RECEIVER /2.2.1/receiver/tokens',
        'commands RECEIVER /2.2.1/receiver/commands',
        'commands SENDER /2.2.1/sender/commands',
      ]),
    );
    // A CPO-only platform does not offer the eMSP interfaces.
    const aDetails = await a.ocpi('GET', '/2.2.1', { token: (await a.issueTokenA()).token });
    expect(aDetails.body.data.endpoints.map((endpoint: Json) => `${endpoint.identifier} ${endpoint.role}`)).not.toContain('locations RECEIVER');
  });

  it('should register A with B using token A, exchange tokens B and C, and stop accepting token A', async () => {
    const issued = await b.issueTokenA('platform-a');
    const registered = await a.registerWith({ versionsUrl: issued.versionsUrl, token: issued.token });
    ids.bAtA = registered.platformId;
    ids.aAtB = issued.platformId;
    expect(registered).toMatchObject({ status: 'REGISTERED', direction: 'OUTBOUND', version: '2.2.1', connection: 'CONNECTED' });
    expect(registered.roles.map((role: Json) => `${role.countryCode}*${role.partyId} ${role.role}`)).toEqual(['DE*CPB CPO', 'DE*EMB EMSP', 'DE*EMB CPO']);
    expect(registered.endpoints).toContainEqual({ identifier: 'credentials', role: 'SENDER', url: `${b.ocpiBase}/2.2.1/credentials` });
    expect(await b.partner(ids.aAtB)).toMatchObject({ status: 'REGISTERED', direction: 'INBOUND', roles: [{ countryCode: 'NL', partyId: 'CPA', role: 'CPO' }] });

    expect((await b.ocpi('GET', '/versions', { token: issued.token })).status).toBe(401);
    expect((await b.ocpi('GET', '/2.2.1/credentials', { token: issued.token })).status).toBe(401);

    // The token each side now holds for the other works there, and only there.
    const aToB = await tokenTo(a, 'DE', 'EMB');
    const bToA = await tokenTo(b, 'NL', 'CPA');
    expect((await b.ocpi('GET', '/versions', { token: aToB })).status).toBe(200);
    expect((await a.ocpi('GET', '/versions', { token: bToA })).status).toBe(200);
    expect((await a.ocpi('GET', '/versions', { token: aToB })).status).toBe(401);
    const credentials = await b.ocpi('GET', '/2.2.1/credentials', { token: aToB });
    expect(credentials.body).toMatchObject({ status_code: 1000, data: { token: aToB, url: b.versionsUrl } });
    expect(credentials.body.data.roles.map((role: Json) => `${role.country_code}*${role.party_id} ${role.role}`)).toEqual(['DE*CPB CPO', 'DE*EMB EMSP', 'DE*EMB CPO']);
  });

  it('should keep tokens out of events, logs of state and readable storage', async () => {
    const secrets = [await tokenTo(a, 'DE', 'EMB'), await tokenTo(b, 'NL', 'CPA')];
    for (const instance of [a, b]) {
      const events = await streamTexts(instance.namespace, 'CREDENTIAL');
      expect(events.some((text) => text.includes('PartnerRegistered.v1'))).toBe(true);
      const stored = [...events, ...(await tableTexts(instance.namespace, 'credentials', 'partners')), ...(await tableTexts(instance.namespace, 'credentials', 'accepted_tokens'))];
      for (const secret of secrets) expect(stored.filter((text) => text.includes(secret))).toEqual([]);
    }
  });

  it('should show the partner platform, its roles and DIRECT routes in both directories, and resolve routes over NATS', async () => {
    const platforms = await eventually(async () => {
      const list = await a.platforms();
      return list.some((platform: Json) => platform.platformId === ids.bAtA && platform.status === 'REGISTERED') ? list : undefined;
    });
    expect(platforms.find((platform: Json) => platform.platformId === ids.bAtA)).toMatchObject({ direction: 'OUTBOUND', connection: 'CONNECTED', version: '2.2.1' });
    expect(await a.route('DE', 'EMB')).toMatchObject({ roles: ['CPO', 'EMSP'], status: 'CONNECTED', selected: { platformId: ids.bAtA, via: 'DIRECT', reason: 'DIRECT' } });
    expect(await eventually(() => b.route('NL', 'CPA'))).toMatchObject({ selected: { platformId: ids.aAtB, via: 'DIRECT' } });

    const route = await a.request('directory', 'resolve-route', { countryCode: 'de', partyId: 'cpb' });
    expect(route).toMatchObject({ kind: 'remote', countryCode: 'DE', partyId: 'CPB', status: 'CONNECTED', platformId: ids.bAtA, via: 'DIRECT', version: '2.2.1', token: { encoding: 'base64' } });
    expect(route.endpoints).toContainEqual({ identifier: 'locations', role: 'SENDER', url: `${b.ocpiBase}/2.2.1/sender/locations` });
    expect(await a.request('directory', 'resolve-route', { countryCode: 'NL', partyId: 'CPA' })).toEqual({ kind: 'local', countryCode: 'NL', partyId: 'CPA', roles: ['CPO'] });
    await expect(a.request('directory', 'resolve-route', { countryCode: 'FR', partyId: 'XXX' })).rejects.toMatchObject({ code: 'ROUTE.UNKNOWN_PARTY' });

    const connected = await a.request('directory', 'list-connected-parties', {});
    expect(connected.map((party: Json) => `${party.kind} ${party.countryCode}*${party.partyId} ${party.role}`).sort()).toEqual(['local NL*CPA CPO', 'remote DE*CPB CPO', 'remote DE*EMB CPO', 'remote DE*EMB EMSP']);
    expect(await a.request('directory', 'list-connected-parties', { role: 'EMSP' })).toEqual([{ countryCode: 'DE', partyId: 'EMB', role: 'EMSP', kind: 'remote', platformId: ids.bAtA, via: 'DIRECT' }]);
  });

  it('should rotate the tokens from either side and leave both sides consistent', async () => {
    type Party = readonly [string, string];
    const rounds: [ChargeMeshInstance, ChargeMeshInstance, string, Party, Party][] = [
      [a, b, ids.bAtA, ['DE', 'EMB'], ['NL', 'CPA']],
      [b, a, ids.aAtB, ['NL', 'CPA'], ['DE', 'EMB']],
    ];
    for (const [initiator, other, initiatorId, towardsOther, towardsInitiator] of rounds) {
      const before = { out: await tokenTo(initiator, ...towardsOther), back: await tokenTo(other, ...towardsInitiator) };
      const rotated = await initiator.rotate(initiatorId);
      expect(rotated).toMatchObject({ status: 'REGISTERED', version: '2.2.1' });
      const after = {
        out: await eventually(async () => ((await tokenTo(initiator, ...towardsOther)) !== before.out ? tokenTo(initiator, ...towardsOther) : undefined)),
        back: await eventually(async () => ((await tokenTo(other, ...towardsInitiator)) !== before.back ? tokenTo(other, ...towardsInitiator) : undefined)),
      };
      expect((await other.ocpi('GET', '/versions', { token: before.out })).status).toBe(401);
      expect((await initiator.ocpi('GET', '/versions', { token: before.back })).status).toBe(401);
      expect((await other.ocpi('GET', '/versions', { token: after.out })).status).toBe(200);
      expect((await initiator.ocpi('GET', '/versions', { token: after.back })).status).toBe(200);
      const events = await streamTexts(initiator.namespace, 'CREDENTIAL');
      expect(events.filter((text) => text.includes('PartnerCredentialsUpdated.v1')).length).toBeGreaterThan(0);
    }
  });

  it('should unregister from either side: DELETE ends the link on both, and tokens and routes go', async () => {
    const aToB = await tokenTo(a, 'DE', 'EMB');
    const bToA = await tokenTo(b, 'NL', 'CPA');
    const result = await a.unregister(ids.bAtA);
    expect(result).toMatchObject({ partnerNotified: true, partner: { status: 'UNREGISTERED' } });
    expect(await b.partner(ids.aAtB)).toMatchObject({ status: 'UNREGISTERED' });
    expect((await b.ocpi('GET', '/versions', { token: aToB })).status).toBe(401);
    expect((await a.ocpi('GET', '/versions', { token: bToA })).status).toBe(401);
    await eventually(async () => (await a.route('DE', 'EMB')) === undefined && (await b.route('NL', 'CPA')) === undefined, 10_000, 'routes to disappear');
    await expect(a.request('directory', 'resolve-route', { countryCode: 'DE', partyId: 'EMB' })).rejects.toMatchObject({ code: 'ROUTE.UNKNOWN_PARTY' });
    // A second unregister is refused: there is nothing left to end.
    await expect(a.unregister(ids.bAtA)).rejects.toMatchObject({ status: 409 });

    // The other way round: B registers with A, then B's admin unregisters and A receives the DELETE.
    const { here: bAtA, there: aAtB } = await a.invite(b);
    expect(await a.partner(bAtA)).toMatchObject({ status: 'REGISTERED', direction: 'INBOUND' });
    expect(await b.unregister(aAtB)).toMatchObject({ partnerNotified: true });
    expect(await a.partner(bAtA)).toMatchObject({ status: 'UNREGISTERED' });
  });
});
