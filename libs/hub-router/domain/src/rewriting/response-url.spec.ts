import { readBodyResponseUrl, responseUrlCarrier, withBodyResponseUrl, withQueryResponseUrl } from './response-url';

describe('the response_url of asynchronous operations', () => {
  it('should find it in command and SetChargingProfile bodies and in the query of the other charging profile calls', () => {
    expect(responseUrlCarrier({ module: 'commands', interfaceRole: 'RECEIVER', method: 'POST' })).toBe('body');
    expect(responseUrlCarrier({ module: 'chargingprofiles', interfaceRole: 'RECEIVER', method: 'PUT' })).toBe('body');
    expect(responseUrlCarrier({ module: 'chargingprofiles', interfaceRole: 'RECEIVER', method: 'GET' })).toBe('query');
    expect(responseUrlCarrier({ module: 'chargingprofiles', interfaceRole: 'SENDER', method: 'PUT' })).toBeUndefined();
    expect(responseUrlCarrier({ module: 'sessions', interfaceRole: 'RECEIVER', method: 'PUT' })).toBeUndefined();
  });

  it('should replace only the URL, leaving every other field and parameter as it was', () => {
    const start = { response_url: 'https://emsp.example.com/cb/1', token: { uid: 'T1', last_updated: '2026-01-01T00:00:00.123Z' }, location_id: 'LOC1' };
    const rewritten = withBodyResponseUrl(start, 'https://hub.example.com/r/1');
    expect(rewritten).toEqual({ ...start, response_url: 'https://hub.example.com/r/1' });
    expect(readBodyResponseUrl(rewritten)).toBe('https://hub.example.com/r/1');
    expect(withQueryResponseUrl('duration=900&response_url=https%3A%2F%2Fa%2Fb', 'https://hub/r/2')).toBe('duration=900&response_url=https%3A%2F%2Fhub%2Fr%2F2');
  });
});
