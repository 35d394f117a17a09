import type { PartyRole, PartyView } from '@chargemesh/contracts/party';
import type { InterfaceRole, ModuleId } from '@chargemesh/protocol-ocpi';

/** The OCPI versions this platform speaks, newest first. */
export const SUPPORTED_VERSIONS = ['2.2.1'] as const;
export const CURRENT_VERSION = '2.2.1';

type Interface = readonly [ModuleId, InterfaceRole];
const FUNCTIONAL: readonly ModuleId[] = ['cdrs', 'chargingprofiles', 'commands', 'locations', 'sessions', 'tariffs', 'tokens'];

/**
 * The module interfaces each role implements in OCPI 2.2.1 (the "Interfaces" sections of the
 * module chapters): a CPO sends locations, sessions, CDRs and tariffs and receives tokens,
 * commands and charging profiles; an eMSP the other way round; a Hub both, plus the ClientInfo
 * list it keeps for everyone.
 */
const INTERFACES_BY_ROLE: Record<PartyRole, readonly Interface[]> = {
  CPO: [['locations', 'SENDER'], ['sessions', 'SENDER'], ['cdrs', 'SENDER'], ['tariffs', 'SENDER'], ['tokens', 'RECEIVER'], ['commands', 'RECEIVER'], ['chargingprofiles', 'RECEIVER']],
  EMSP: [['locations', 'RECEIVER'], ['sessions', 'RECEIVER'], ['cdrs', 'RECEIVER'], ['tariffs', 'RECEIVER'], ['tokens', 'SENDER'], ['commands', 'SENDER'], ['chargingprofiles', 'SENDER']],
  HUB: [...FUNCTIONAL.flatMap((module): Interface[] => [[module, 'SENDER'], [module, 'RECEIVER']]), ['hubclientinfo', 'SENDER']],
  NSP: [['locations', 'RECEIVER'], ['tariffs', 'RECEIVER']],
  NAP: [['locations', 'RECEIVER'], ['tariffs', 'RECEIVER']],
  SCSP: [['locations', 'RECEIVER'], ['sessions', 'RECEIVER'], ['chargingprofiles', 'SENDER']],
  OTHER: [],
};

/** URL layout below OCPI_BASE_URL: `/ocpi/versions`, `/ocpi/2.2.1`, `/ocpi/2.2.1/credentials`, `/ocpi/2.2.1/{sender|receiver}/{module}`. */
export const ocpiUrls = (baseUrl: string) => {
  const base = baseUrl.replace(/\/+$/, '');
  return {
    versions: `${base}/ocpi/versions`,
    details: `${base}/ocpi/${CURRENT_VERSION}`,
    credentials: `${base}/ocpi/${CURRENT_VERSION}/credentials`,
    module: (module: ModuleId, role: InterfaceRole) => `${base}/ocpi/${CURRENT_VERSION}/${role.toLowerCase()}/${module}`,
  };
};

export function ourVersions(baseUrl: string) {
  return [{ version: CURRENT_VERSION, url: ocpiUrls(baseUrl).details }];
}

/**
 * Our version details: credentials (role SENDER, as advised), the hubclientinfo receiver every
 * platform connected to a Hub needs, and the interfaces of every role of every hosted party.
 * One versions endpoint covers all hosted parties: the routing headers tell them apart.
 */
export function ourVersionDetails(baseUrl: string, hosted: readonly Pick<PartyView, 'roles'>[]) {
  const urls = ocpiUrls(baseUrl);
  const wanted = new Map<string, Interface>([
    ['hubclientinfo RECEIVER', ['hubclientinfo', 'RECEIVER']],
  ]);
  for (const party of hosted) {
    for (const { role } of party.roles) for (const entry of INTERFACES_BY_ROLE[role]) wanted.set(entry.join(' '), entry);
  }
  const modules = [...wanted.values()]
    .sort(([a, roleA], [b, roleB]) => a.localeCompare(b) || roleA.localeCompare(roleB))
    .map(([identifier, role]) => ({ identifier, role, url: urls.module(identifier, role) }));
  return { version: CURRENT_VERSION, endpoints: [{ identifier: 'credentials', role: 'SENDER' as const, url: urls.credentials }, ...modules] };
}
