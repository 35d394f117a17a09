import { classifyHubRequest, type HubRequestDescription } from './routing-scenario';

const hub = { countryCode: 'DE', partyId: 'HUB' };
const cpo = { countryCode: 'DE', partyId: 'CMX' };
const emsp = { countryCode: 'NL', partyId: 'EVM' };

const request = (overrides: Partial<HubRequestDescription>): HubRequestDescription => ({
  method: 'PUT',
  interfaceRole: 'RECEIVER',
  isListRequest: false,
  routing: { from: cpo, to: emsp },
  hubParties: [hub],
  ...overrides,
});

describe('classifyHubRequest', () => {
  it('should route directly when TO names another party', () => {
    expect(classifyHubRequest(request({}))).toEqual({ kind: 'direct', to: emsp });
  });

  it('should broadcast a push addressed to the Hub, in any letter case', () => {
    const toHub = { from: cpo, to: { countryCode: 'de', partyId: 'hub' } };
    for (const method of ['POST', 'PUT', 'PATCH'] as const) {
      expect(classifyHubRequest(request({ method, routing: toHub }))).toEqual({ kind: 'broadcast-push' });
    }
  });

  it('should treat a list GET on a Sender interface addressed to the Hub as GET All', () => {
    const scenario = classifyHubRequest(
      request({ method: 'GET', interfaceRole: 'SENDER', isListRequest: true, routing: { from: emsp, to: hub } }),
    );
    expect(scenario).toEqual({ kind: 'get-all' });
  });

  it('should refuse a GET of one object addressed to the Hub (no broadcast GET)', () => {
    const scenario = classifyHubRequest(
      request({ method: 'GET', interfaceRole: 'SENDER', routing: { from: emsp, to: hub } }),
    );
    expect(scenario.kind).toBe('refused');
  });

  it('should use Open Routing when TO is absent, but not for a GET All', () => {
    expect(classifyHubRequest(request({ routing: { from: cpo } }))).toEqual({ kind: 'open-routing' });
    expect(classifyHubRequest(request({ method: 'GET', interfaceRole: 'SENDER', routing: { from: emsp } }))).toEqual({
      kind: 'open-routing',
    });
    const getAll = request({ method: 'GET', interfaceRole: 'SENDER', isListRequest: true, routing: { from: emsp } });
    expect(classifyHubRequest(getAll).kind).toBe('refused');
  });

  it('should refuse a DELETE addressed to the Hub and any request without FROM', () => {
    expect(classifyHubRequest(request({ method: 'DELETE', routing: { from: cpo, to: hub } })).kind).toBe('refused');
    expect(classifyHubRequest(request({ routing: { to: emsp } })).kind).toBe('refused');
  });
});
