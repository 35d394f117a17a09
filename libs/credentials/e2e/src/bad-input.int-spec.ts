import { eventually, freePort } from '@chargemesh/platform-testing';
import { ADMIN_TOKEN, ChargeMeshInstance } from './support/chargemesh-instance';
import { FakePartner } from './support/fake-partner';
import { streamTexts } from './support/inspect';
import { type HttpAnswer, type Json, tokenHeader } from './support/ocpi-http';

const emsp = { role: 'EMSP', business_details: { name: 'Fake eMSP' }, party_id: 'FKE', country_code: 'NL' };
const credentialsOf = (partner: FakePartner, token = 'token-b-of-the-fake-partner', roles: unknown = [emsp]) => ({ token, url: partner.versionsUrl, roles });
/** Everything but the timestamp: two refusals must be indistinguishable. */
const withoutTimestamp = (answer: HttpAnswer) => ({ status: answer.status, body: { ...answer.body, timestamp: undefined } });

/**
 * Bad input at our credentials endpoint, from an independent client (the test) and a fake peer
 * (a bare Node HTTP server): every refusal gets the spec's status and changes nothing accepted.
 */
describe('OCPI credentials endpoint: bad input gets the protocol error and changes nothing', () => {
  let platform: ChargeMeshInstance;
  let partner: FakePartner;

  beforeAll(async () => {
    platform = await ChargeMeshInstance.start('platform');
    await platform.addParty('DE', 'CPB', 'CPO');
    partner = await FakePartner.start();
  });
  afterAll(async () => {
    await Promise.all([platform?.stop(), partner?.stop()]);
  });

  it('should answer a missing, malformed, unknown or misplaced token with the same 401 that reveals nothing', async () => {
    const { token } = await platform.issueTokenA();
    const refusals = await Promise.all([
      platform.ocpi('GET', '/versions'),
      platform.ocpi('GET', '/versions', { authorization: 'Bearer something' }),
      platform.ocpi('GET', '/versions', { authorization: 'Token !!not-base64!!' }),
      platform.ocpi('GET', '/versions', { token: 'an-unknown-token' }),
      platform.ocpi('GET', '/versions', { authorization: `Token ${token}` }), // unencoded: only behind OCPI_ACCEPT_PLAIN_TOKENS
      platform.ocpi('PUT', '/2.2.1/receiver/hubclientinfo/NL/ABC', { token, body: {} }), // token A outside versions and credentials
      platform.ocpi('GET', '/2.2.1/credentials', { token: ADMIN_TOKEN }), // the admin token opens only the versions endpoints
    ]);
    const first = withoutTimestamp(refusals[0]);
    expect(first).toEqual({ status: 401, body: { status_code: 2000, status_message: expect.stringMatching(/^Unauthorized/), timestamp: undefined } });
    for (const refusal of refusals) expect(withoutTimestamp(refusal)).toEqual(first);
    expect((await platform.ocpi('GET', '/versions', { token })).status).toBe(200);
    expect((await platform.ocpi('GET', '/versions', { token: ADMIN_TOKEN })).status).toBe(200);
  });

  it('should answer an unparsable body with HTTP 400 and a malformed one with 2001 naming each field, and keep token A usable', async () => {
    const { token } = await platform.issueTokenA();
    const unparsable = await platform.ocpi('POST', '/2.2.1/credentials', { token, rawBody: '{"token": ' });
    expect(unparsable).toMatchObject({ status: 400, body: { status_code: 2001 } });
    expect(unparsable.headers.get('x-request-id')).toBeTruthy();

    const malformed = await platform.ocpi('POST', '/2.2.1/credentials', { token, body: { token: 'has a space', url: '/relative', roles: [{ ...emsp, party_id: 'TOOLONG' }] } });
    expect(malformed).toMatchObject({ status: 200, body: { status_code: 2001 } });
    for (const field of ['token', 'url', 'roles[0].party_id']) expect(malformed.body.status_message).toContain(field);
    expect(malformed.body.data).toBeUndefined();

    for (const roles of [undefined, []]) {
      const missingRoles = await platform.ocpi('POST', '/2.2.1/credentials', { token, body: { ...credentialsOf(partner), roles } });
      expect(missingRoles.body).toMatchObject({ status_code: 2001, status_message: expect.stringContaining('roles') });
    }
    const claimsOurParty = await platform.ocpi('POST', '/2.2.1/credentials', { token, body: credentialsOf(partner, 'token-b', [{ ...emsp, country_code: 'de', party_id: 'cpb' }]) });
    expect(claimsOurParty.body).toMatchObject({ status_code: 2001, status_message: expect.stringContaining('DE*CPB is a party hosted on this platform') });
    expect((await platform.ocpi('GET', '/versions', { token })).status).toBe(200);
  });

  it('should answer 3003 when the partner has no version in common or no credentials endpoint', async () => {
    for (const options of [{ versions: ['2.1.1'] }, { credentialsEndpoint: false }]) {
      const peer = await FakePartner.start(options);
      try {
        const { token, platformId } = await platform.issueTokenA();
        const answer = await platform.ocpi('POST', '/2.2.1/credentials', { token, body: credentialsOf(peer) });
        expect(answer).toMatchObject({ status: 200, body: { status_code: 3003 } });
        expect(await platform.partner(platformId)).toMatchObject({ status: 'PENDING' });
      } finally {
        await peer.stop();
      }
    }
  });

  it("should answer 3001 when the partner's API cannot be reached or refuses our token", async () => {
    const closed = await freePort();
    const refusing = await FakePartner.start({ failWith: 401 });
    try {
      for (const url of [`http://127.0.0.1:${closed}/versions`, refusing.versionsUrl]) {
        const { token, platformId } = await platform.issueTokenA();
        const answer = await platform.ocpi('POST', '/2.2.1/credentials', { token, body: { ...credentialsOf(partner), url } });
        expect(answer).toMatchObject({ status: 200, body: { status_code: 3001, status_message: expect.stringContaining(url) } });
        expect(await platform.partner(platformId)).toMatchObject({ status: 'PENDING' });
        expect((await platform.ocpi('GET', '/versions', { token })).status).toBe(200);
      }
    } finally {
      await refusing.stop();
    }
  });

  it('should register a peer that reads versions first, then answer a second POST with 405 and PUT or DELETE before registering with 405', async () => {
    const { token } = await platform.issueTokenA();
    expect((await platform.ocpi('PUT', '/2.2.1/credentials', { token, body: credentialsOf(partner) })).status).toBe(405);
    expect((await platform.ocpi('DELETE', '/2.2.1/credentials', { token })).status).toBe(405);

    partner.authorizations.length = 0;
    const registered = await platform.ocpi('POST', '/2.2.1/credentials', { token, body: credentialsOf(partner, 'token-b-of-the-fake-partner'), headers: { 'X-Correlation-ID': 'corr-fake-registration' } });
    expect(registered).toMatchObject({ status: 200, body: { status_code: 1000, data: { url: platform.versionsUrl, roles: [{ role: 'CPO', party_id: 'CPB', country_code: 'DE' }] } } });
    // We called its versions and details with its token B, Base64-encoded as 2.2.1 requires.
    expect(partner.authorizations).toEqual([tokenHeader('token-b-of-the-fake-partner'), tokenHeader('token-b-of-the-fake-partner')]);
    const tokenC: string = registered.body.data.token;
    expect(tokenC).toMatch(/^[\x21-\x7e]{32,64}$/);
    // The fact reaches the CREDENTIAL stream with the partner's correlation id, and without either token.
    const fact = await eventually(async () => (await streamTexts(platform.namespace, 'CREDENTIAL')).find((text) => text.includes('corr-fake-registration')));
    expect(JSON.parse(fact)).toMatchObject({ type: 'PartnerRegistered.v1', correlationId: 'corr-fake-registration', data: { direction: 'INBOUND', roles: [{ countryCode: 'NL', partyId: 'FKE', role: 'EMSP' }] } });
    expect(fact).not.toContain(tokenC);
    expect(fact).not.toContain('token-b-of-the-fake-partner');

    const again = await platform.ocpi('POST', '/2.2.1/credentials', { token: tokenC, body: credentialsOf(partner) });
    expect(again).toMatchObject({ status: 405, body: { status_code: 2000 } });
    expect((await platform.ocpi('POST', '/2.2.1/credentials', { token, body: credentialsOf(partner) })).status).toBe(401);
    const got: Json = await platform.ocpi('GET', '/2.2.1/credentials', { token: tokenC });
    expect(got.body.data).toMatchObject({ token: tokenC, url: platform.versionsUrl });
  });

  it('should answer an unknown OCPI path with 404 in the envelope', async () => {
    const { token } = await platform.issueTokenA();
    expect(await platform.ocpi('GET', '/2.2.1/nothing-here', { token })).toMatchObject({ status: 404, body: { status_code: 2000 } });
  });
});

describe('OCPI authorization with OCPI_ACCEPT_PLAIN_TOKENS for 2.1.1-era partners', () => {
  let platform: ChargeMeshInstance;

  beforeAll(async () => {
    platform = await ChargeMeshInstance.start('lenient', { OCPI_ACCEPT_PLAIN_TOKENS: 'true' });
    await platform.addParty('DE', 'CPB', 'CPO');
  });
  afterAll(async () => {
    await platform?.stop();
  });

  it('should accept the unencoded token as well as the Base64 one, and still refuse an unknown one', async () => {
    const { token } = await platform.issueTokenA();
    expect((await platform.ocpi('GET', '/versions', { authorization: `Token ${token}` })).status).toBe(200);
    expect((await platform.ocpi('GET', '/versions', { token })).status).toBe(200);
    expect((await platform.ocpi('GET', '/versions', { authorization: 'Token not-a-token-we-know' })).status).toBe(401);
  });
});
