import { ocpiExamples } from '../examples/ocpi-examples';
import { validateOcpi } from '../schemas/validation';
import { buildRouteUrl, checkPushedObjectIdentity, matchOcpiRoute, pathBelowEndpoint } from './match-route';
import { findRoute, OCPI_ROUTES } from './ocpi-routes';

describe('route table', () => {
  it('should give every operation a unique id and a spec reference', () => {
    const ids = OCPI_ROUTES.map((route) => route.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const route of OCPI_ROUTES) expect(route.spec).toMatch(/^[a-z_]+\.asciidoc#[a-z0-9_]+$/);
  });

  it('should describe the Locations Receiver at every depth for GET, PUT and PATCH', () => {
    const receiver = OCPI_ROUTES.filter((route) => route.module === 'locations' && route.interfaceRole === 'RECEIVER');
    expect(receiver.map((route) => `${route.method} ${route.path}`).sort()).toEqual([
      'GET /{country_code}/{party_id}/{location_id}',
      'GET /{country_code}/{party_id}/{location_id}/{evse_uid}',
      'GET /{country_code}/{party_id}/{location_id}/{evse_uid}/{connector_id}',
      'PATCH /{country_code}/{party_id}/{location_id}',
      'PATCH /{country_code}/{party_id}/{location_id}/{evse_uid}',
      'PATCH /{country_code}/{party_id}/{location_id}/{evse_uid}/{connector_id}',
      'PUT /{country_code}/{party_id}/{location_id}',
      'PUT /{country_code}/{party_id}/{location_id}/{evse_uid}',
      'PUT /{country_code}/{party_id}/{location_id}/{evse_uid}/{connector_id}',
    ]);
  });

  it('should mark the list GETs as paginated, and only those', () => {
    const paginated = OCPI_ROUTES.filter((route) => route.paginated).map((route) => route.id);
    expect(paginated.sort()).toEqual([
      'cdrs.sender.getList',
      'hubclientinfo.sender.getList',
      'locations.sender.getList',
      'sessions.sender.getList',
      'tariffs.sender.getList',
      'tokens.sender.getList',
    ]);
  });
});

describe('matchOcpiRoute', () => {
  it('should match a connector PUT and decode its segments', () => {
    const match = matchOcpiRoute({
      module: 'locations',
      interfaceRole: 'RECEIVER',
      method: 'PUT',
      path: '/DE/CMX/KOELN%20DOM/E1/1',
    });
    expect(match).toMatchObject({
      kind: 'matched',
      route: { id: 'locations.receiver.putConnector' },
      params: { country_code: 'DE', party_id: 'CMX', location_id: 'KOELN DOM', evse_uid: 'E1', connector_id: '1' },
      problems: [],
    });
  });

  it('should tell the Sender and Receiver shapes of the same module apart', () => {
    const sender = matchOcpiRoute({ module: 'locations', interfaceRole: 'SENDER', method: 'GET', path: '/LOC1/E1/1' });
    const receiver = matchOcpiRoute({
      module: 'locations',
      interfaceRole: 'RECEIVER',
      method: 'GET',
      path: '/BE/BEC/LOC1',
    });
    expect(sender).toMatchObject({ route: { id: 'locations.sender.getConnector' } });
    expect(receiver).toMatchObject({ route: { id: 'locations.receiver.getLocation' } });
  });

  it('should accept the endpoint URL itself with or without a trailing slash', () => {
    for (const path of ['', '/']) {
      expect(matchOcpiRoute({ module: 'cdrs', interfaceRole: 'SENDER', method: 'get', path })).toMatchObject({
        route: { id: 'cdrs.sender.getList' },
      });
    }
  });

  it('should answer 405 material for an operation the spec marks n/a', () => {
    expect(
      matchOcpiRoute({ module: 'locations', interfaceRole: 'RECEIVER', method: 'DELETE', path: '/DE/CMX/L1' }),
    ).toEqual({
      kind: 'method-not-allowed',
      allowedMethods: ['GET', 'PUT', 'PATCH'],
    });
    expect(
      matchOcpiRoute({ module: 'credentials', interfaceRole: 'RECEIVER', method: 'PATCH', path: '' }),
    ).toMatchObject({
      kind: 'method-not-allowed',
    });
  });

  it('should report a malformed party id in the URL as a problem of a matched route', () => {
    const match = matchOcpiRoute({ module: 'tokens', interfaceRole: 'RECEIVER', method: 'GET', path: '/NL/EVMX/04A1' });
    expect(match).toMatchObject({
      kind: 'matched',
      problems: ['party_id in the URL must be a 3-character party id (letters and digits, ISO 15118)'],
    });
  });

  it('should find nothing for an unknown command, a wrong depth or a broken encoding', () => {
    expect(matchOcpiRoute({ module: 'commands', interfaceRole: 'RECEIVER', method: 'POST', path: '/START' }).kind).toBe(
      'not-found',
    );
    expect(matchOcpiRoute({ module: 'tariffs', interfaceRole: 'RECEIVER', method: 'GET', path: '/DE/CMX' }).kind).toBe(
      'not-found',
    );
    expect(
      matchOcpiRoute({ module: 'tariffs', interfaceRole: 'RECEIVER', method: 'GET', path: '/DE/CMX/%E0%A4%A' }).kind,
    ).toBe('not-found');
  });

  it('should match the URLs the other party chose (response_url) by method only', () => {
    const match = matchOcpiRoute({
      module: 'commands',
      interfaceRole: 'SENDER',
      method: 'POST',
      path: '/START_SESSION/7f3e2a',
    });
    expect(match).toMatchObject({
      route: { id: 'commands.sender.postResult' },
      params: { path: 'START_SESSION/7f3e2a' },
    });
    const profile = matchOcpiRoute({
      module: 'chargingprofiles',
      interfaceRole: 'SENDER',
      method: 'PUT',
      path: '/SES-1',
    });
    expect(profile).toMatchObject({ route: { id: 'chargingprofiles.sender.putActiveProfile' } });
  });

  it('should carry the schemas to validate a request with', () => {
    const match = matchOcpiRoute({
      module: 'commands',
      interfaceRole: 'RECEIVER',
      method: 'POST',
      path: '/START_SESSION',
    });
    if (match.kind !== 'matched') throw new Error(match.kind);
    expect(validateOcpi(match.route.requestBody!, ocpiExamples.startSession()).success).toBe(true);
    expect(validateOcpi(match.route.requestBody!, ocpiExamples.commandResult()).success).toBe(false);
    expect(validateOcpi(match.route.responseData!, ocpiExamples.commandResponse()).success).toBe(true);
  });

  it('should default the token type query to RFID', () => {
    const route = findRoute('tokens.receiver.getToken')!;
    expect(route.query!.parse({})).toEqual({ type: 'RFID' });
    expect(route.query!.safeParse({ type: 'CARD' }).success).toBe(false);
  });
});

describe('building and reading URLs', () => {
  it('should build a URL that matches back to the same route and parameters', () => {
    const route = findRoute('tokens.receiver.putToken')!;
    const url = buildRouteUrl(
      'https://cpo.example/ocpi/2.2.1/tokens/',
      route,
      { country_code: 'NL', party_id: 'EVM', token_uid: 'A/B 1' },
      { type: 'APP_USER' },
    );
    expect(url).toBe('https://cpo.example/ocpi/2.2.1/tokens/NL/EVM/A%2FB%201?type=APP_USER');
    const path = pathBelowEndpoint('/ocpi/2.2.1/tokens', new URL(url).pathname)!;
    expect(matchOcpiRoute({ module: 'tokens', interfaceRole: 'RECEIVER', method: 'PUT', path })).toMatchObject({
      route: { id: 'tokens.receiver.putToken' },
      params: { token_uid: 'A/B 1' },
    });
  });

  it('should build the real-time authorization URL', () => {
    expect(
      buildRouteUrl('https://emsp.example/ocpi/2.2.1/tokens', findRoute('tokens.sender.authorize')!, {
        token_uid: '04A1',
      }),
    ).toBe('https://emsp.example/ocpi/2.2.1/tokens/04A1/authorize');
  });

  it('should refuse to build a URL with a missing parameter or one the other party chooses', () => {
    expect(() =>
      buildRouteUrl('https://a.example/t', findRoute('tokens.receiver.putToken')!, { country_code: 'NL' }),
    ).toThrow(RangeError);
    expect(() => buildRouteUrl('https://a.example/c', findRoute('commands.sender.postResult')!, {})).toThrow(
      RangeError,
    );
  });

  it('should not treat a sibling path as below the endpoint', () => {
    expect(pathBelowEndpoint('/ocpi/2.2.1/tokens', '/ocpi/2.2.1/tokens2/NL')).toBeUndefined();
    expect(pathBelowEndpoint('/ocpi/2.2.1/tokens/', '/ocpi/2.2.1/tokens')).toBe('/');
  });
});

describe('checkPushedObjectIdentity', () => {
  const putLocation = findRoute('locations.receiver.putLocation')!;
  const params = { country_code: 'de', party_id: 'cmx', location_id: 'koeln-dom-01' };

  it('should accept a body whose owner and id equal the URL, case-insensitively', () => {
    expect(checkPushedObjectIdentity(putLocation, params, ocpiExamples.location())).toEqual([]);
  });

  it('should name each mismatch between URL and body', () => {
    const body = { ...ocpiExamples.location(), party_id: 'XYZ', id: 'OTHER' };
    expect(checkPushedObjectIdentity(putLocation, params, body)).toEqual([
      'party_id in the body (XYZ) differs from party_id in the URL (cmx)',
      'id in the body (OTHER) differs from location_id in the URL (koeln-dom-01)',
    ]);
  });

  it('should skip the fields a PATCH leaves out', () => {
    const patchEvse = findRoute('locations.receiver.patchEvse')!;
    expect(
      checkPushedObjectIdentity(
        patchEvse,
        { evse_uid: 'E1' },
        { status: 'CHARGING', last_updated: '2026-02-12T17:00:00Z' },
      ),
    ).toEqual([]);
  });
});
