import { checkPeerConfiguration, cpoPeers, empPeers, identityOfPeer, type PeerRoute, pricingTargets, resolveCpoPeer, resolveEmpPeer } from './peer-registry';

const peer = (peerId: string, ids: Partial<PeerRoute> = {}): PeerRoute => ({ peerId, operatorIds: [], providerIds: [], defaultForOperators: false, defaultForProviders: false, ...ids });
const empA = peer('emp-a', { providerIds: ['DE-EMA'] });
const empB = peer('emp-b', { providerIds: ['DE-EMB'] });
const cpo = peer('cpo', { operatorIds: ['DE*CMX'] });
const hub = peer('hubject', { defaultForOperators: true, defaultForProviders: true });
const own = { operatorIds: ['DE*OWN'], providerIds: ['DE-OWN'] };

describe('peer routing', () => {
  it('should route a ProviderID to the peer that names it, whatever its spelling', () => {
    expect(resolveEmpPeer([empA, empB], 'de*emb')?.peerId).toBe('emp-b');
    expect(resolveEmpPeer([empA, empB], 'DEEMA')?.peerId).toBe('emp-a');
  });

  it('should route ids no peer names to the default peer, and to nobody without one', () => {
    expect(resolveEmpPeer([empA, hub], 'FR-XYZ')?.peerId).toBe('hubject');
    expect(resolveCpoPeer([cpo, hub], 'FR*XYZ')?.peerId).toBe('hubject');
    expect(resolveCpoPeer([cpo, hub], 'DECMX')?.peerId).toBe('cpo');
    expect(resolveCpoPeer([cpo, empA], 'FR*XYZ')).toBeUndefined();
  });

  it('should fan out to every EMP peer (the default one included) and pricing to one EMP or all', () => {
    expect(empPeers([hub, empB, cpo, empA]).map((p) => p.peerId)).toEqual(['emp-a', 'emp-b', 'hubject']);
    expect(cpoPeers([hub, empB, cpo]).map((p) => p.peerId)).toEqual(['cpo', 'hubject']);
    expect(pricingTargets([empA, empB], '*').map((p) => p.peerId)).toEqual(['emp-a', 'emp-b']);
    expect(pricingTargets([empA, empB], 'DE-EMB').map((p) => p.peerId)).toEqual(['emp-b']);
    expect(pricingTargets([empA, empB], 'FR-XYZ')).toEqual([]);
  });
});

describe('peer identity', () => {
  it('should let a peer speak only for its own ids', () => {
    expect(identityOfPeer(empA, [empA, empB], own, { operatorIds: [], providerIds: ['DE-EMB'] })).toEqual({ operatorIds: [], providerIds: ['DE-EMA'] });
  });

  it('should let a default peer speak for ids nobody else claims, never for another peer or for us', () => {
    const identity = identityOfPeer(hub, [empA, hub], own, { operatorIds: ['FR*XYZ', 'DE*OWN'], providerIds: ['FR-ABC', 'DE-EMA', 'DE-OWN'] });
    expect(identity).toEqual({ operatorIds: ['FR*XYZ'], providerIds: ['FR-ABC'] });
  });
});

describe('peer configuration', () => {
  it('should refuse an id that already routes to another peer or is hosted here', () => {
    expect(() => checkPeerConfiguration(peer('x', { providerIds: ['DEEMA'] }), [empA], own)).toThrow(expect.objectContaining({ code: 'OICP.ALREADY_TAKEN' }));
    expect(() => checkPeerConfiguration(peer('x', { operatorIds: ['DE*OWN'] }), [], own)).toThrow(/hosted here/);
  });

  it('should refuse a second default peer and a malformed id, and accept a replacement of the same peer', () => {
    expect(() => checkPeerConfiguration(peer('other', { defaultForProviders: true }), [hub], own)).toThrow(/already the default/);
    expect(() => checkPeerConfiguration(peer('x', { operatorIds: ['not-an-id'] }), [], own)).toThrow(expect.objectContaining({ code: 'OICP.INVALID' }));
    expect(() => checkPeerConfiguration({ ...empA, providerIds: ['DE-EMA', 'DE-EMC'] }, [empA, empB], own)).not.toThrow();
  });
});
