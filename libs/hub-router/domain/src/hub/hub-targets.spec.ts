import type { ConnectedParty } from '@chargemesh/contracts/party';
import { broadcastTargets, interfaceImplementers, rolesOf } from './hub-targets';

const party = (key: string, role: ConnectedParty['role'], kind: ConnectedParty['kind'] = 'remote'): ConnectedParty => ({ countryCode: key.slice(0, 2), partyId: key.slice(3), role, kind });
const connected: ConnectedParty[] = [
  party('NL*HUB', 'HUB', 'local'),
  party('NL*CPA', 'CPO'),
  party('NL*CPA', 'EMSP'),
  party('DE*CPB', 'CPO'),
  party('DE*EMB', 'EMSP'),
  party('BE*NSP', 'NSP'),
  party('FR*OTH', 'OTHER'),
  party('FR*SCS', 'SCSP'),
];
const hub = [{ countryCode: 'NL', partyId: 'HUB' }];
const keys = (targets: { countryCode: string; partyId: string }[]) => targets.map((target) => `${target.countryCode}*${target.partyId}`);

describe('the parties a Hub delivers to', () => {
  it('should broadcast a CPO location push to eMSPs, NSPs, SCSPs and OTHER, never back to the sender or to the Hub', () => {
    expect(keys(broadcastTargets('locations', { countryCode: 'de', partyId: 'cpb' }, ['CPO'], connected, hub))).toEqual(['BE*NSP', 'DE*EMB', 'FR*OTH', 'FR*SCS', 'NL*CPA']);
  });

  it('should broadcast an eMSP token push to CPOs only', () => {
    expect(keys(broadcastTargets('tokens', { countryCode: 'DE', partyId: 'EMB' }, ['EMSP'], connected, hub))).toEqual(['DE*CPB', 'NL*CPA']);
    expect(keys(broadcastTargets('tokens', { countryCode: 'FR', partyId: 'OTH' }, ['OTHER'], connected, hub))).toEqual(['DE*CPB', 'NL*CPA']);
  });

  it('should collect a GET All from the implementers of the Sender interface, one entry per party', () => {
    const sources = interfaceImplementers('locations', 'SENDER', { countryCode: 'DE', partyId: 'EMB' }, connected, hub);
    expect(sources).toEqual([
      { countryCode: 'DE', partyId: 'CPB', kind: 'remote', roles: ['CPO'] },
      { countryCode: 'NL', partyId: 'CPA', kind: 'remote', roles: ['CPO'] },
    ]);
    expect(rolesOf({ countryCode: 'nl', partyId: 'cpa' }, connected)).toEqual(['CPO', 'EMSP']);
  });
});
