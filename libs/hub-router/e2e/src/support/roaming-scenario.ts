import type { OcpiAuditRecord, OcpiExchangeReply } from '@chargemesh/contracts/ocpi';
import { streamTexts } from '@chargemesh/credentials-e2e/inspect';
import type { Json } from '@chargemesh/credentials-e2e/ocpi-http';
import { eventually } from '@chargemesh/platform-testing';
import { OcppStation } from './ocpp-station';
import { keyOf, type TopologyParty, type TopologyPlatform } from './topology-platform';

/** One side of a roaming relation: a party and the platform that hosts it. */
export interface Side {
  platform: TopologyPlatform;
  party: TopologyParty;
}

const ref = (side: Side) => ({ countryCode: side.party.countryCode, partyId: side.party.partyId });
const nextLink = (reply: OcpiExchangeReply) => /<([^>]+)>;\s*rel="next"/.exec(Object.entries(reply.headers).find(([name]) => name.toLowerCase() === 'link')?.[1] ?? '')?.[1];

/** The location ids an eMSP sees at a CPO, page by page (limit 2): send-ocpi for the first page, call-ocpi-url for each next Link, as a module service crawls. */
async function pullLocations(emsp: Side, cpo: Side): Promise<{ ids: string[]; pages: number; total?: string }> {
  const first = await emsp.platform.sendOcpi({ module: 'locations', interface: 'SENDER', method: 'GET', path: [], query: { limit: '2' }, from: ref(emsp), to: ref(cpo) });
  if (first.statusCode !== 1000) throw new Error(`locations GET answered ${first.statusCode} ${first.statusMessage}`);
  const ids = (first.data as Json[]).map((location) => location.id);
  const total = Object.entries(first.headers).find(([name]) => name.toLowerCase() === 'x-total-count')?.[1];
  let pages = 1;
  for (let url = nextLink(first); url; pages++) {
    const page = await emsp.platform.request<OcpiExchangeReply>('hub-router', 'call-ocpi-url', { url, method: 'GET', from: ref(emsp), to: ref(cpo), module: 'locations' });
    if (page.statusCode !== 1000) throw new Error(`next page answered ${page.statusCode} ${page.statusMessage}`);
    ids.push(...(page.data as Json[]).map((location) => location.id));
    url = nextLink(page);
  }
  return { ids, pages, ...(total ? { total } : {}) };
}

/** A hosted CPO location with one EVSE linked to EVSE 1 of `stationId`. */
const adminLocation = (stationId: string, evseUid: string) => ({
  publish: true,
  address: 'Stationsplein 1',
  city: 'Utrecht',
  country: 'NLD',
  coordinates: { latitude: '52.0894444', longitude: '5.1100000' },
  time_zone: 'Europe/Amsterdam',
  evses: [{ uid: evseUid, status: 'AVAILABLE', capabilities: ['REMOTE_START_STOP_CAPABLE', 'RFID_READER'], connectors: [{ id: '1', standard: 'IEC_62196_T2', format: 'SOCKET', power_type: 'AC_3_PHASE', max_voltage: 230, max_amperage: 32 }], station: { stationId, evseId: 1 } }],
});

/**
 * The seed topologies' exchange between an eMSP and a CPO, each on its own platform, over the route
 * the test expects (`via`): the eMSP pulls the CPO's locations page by page; a driver's RFID card is
 * authorised in real time at the eMSP; the eMSP sends START_SESSION and gets the CommandResult back
 * by the same path; the CPO's station charges, and the CPO pushes the session and the CDR to the
 * eMSP, which the CPO then reads back from the eMSP (the CDR at the Location it was given).
 * Everything runs through the real services: directory, tariff-cdr, commands, the station gateway.
 */
export async function roamingScenario(emsp: Side, cpo: Side, via: 'DIRECT' | 'HUB'): Promise<void> {
  const tag = `${cpo.party.partyId}${emsp.party.partyId}`;
  await cpo.platform.waitForRoute(keyOf(emsp.party), via);
  await emsp.platform.waitForRoute(keyOf(cpo.party), via);

  // The CPO's charge point and three locations (one with the charge point's EVSE).
  const station = await OcppStation.connect(cpo.platform, `CS-${tag}`, ref(cpo));
  const locationIds = [`LOC-${tag}-1`, `LOC-${tag}-2`, `LOC-${tag}-3`];
  for (const [index, id] of locationIds.entries()) {
    await cpo.platform.adminCall('directory', 'PUT', `/admin/parties/${cpo.party.countryCode}/${cpo.party.partyId}/locations/${id}`, adminLocation(index === 0 ? station.id : `CS-${tag}-X${index}`, `EVSE-${tag}-${index}`));
  }

  // 1. The eMSP pulls the CPO's locations, paginated.
  const pulled = await pullLocations(emsp, cpo);
  expect(pulled.ids.filter((id) => id.startsWith(`LOC-${tag}-`)).sort()).toEqual(locationIds);
  // Only this CPO's locations: another party on the same platform keeps its own.
  expect(pulled.ids.every((id) => id.startsWith(`LOC-${cpo.party.partyId}`))).toBe(true);
  expect(pulled.pages).toBeGreaterThanOrEqual(2);
  expect(pulled.total).toBe(String(pulled.ids.length));

  // 2. A driver's RFID card, whitelist NEVER: the CPO asks the eMSP in real time, over the route.
  const rfid = `RFID-${tag}`;
  await emsp.platform.adminCall('directory', 'PUT', `/admin/parties/${emsp.party.countryCode}/${emsp.party.partyId}/tokens/${rfid}`, { contract_id: `${emsp.party.countryCode}-${emsp.party.partyId}-C${tag}`, issuer: emsp.party.partyId, valid: true, whitelist: 'NEVER' });
  expect(await eventually(async () => ((await station.authorize(rfid)) === 'Accepted' ? 'Accepted' : undefined), 20_000, `${rfid} to be authorised`)).toBe('Accepted');
  const authorizations = await auditRecords(cpo.platform, (record) => record.module === 'tokens' && record.method === 'POST' && record.target.endsWith(`/${rfid}/authorize`));
  expect(authorizations.at(-1)).toMatchObject({ origin: { kind: 'local' }, route: { kind: via === 'HUB' ? 'hub' : 'direct' }, statusCode: 1000 });

  // 3. START_SESSION, and its CommandResult back by the same path.
  const appToken = { country_code: emsp.party.countryCode, party_id: emsp.party.partyId, uid: `APP-${tag}`, type: 'APP_USER', contract_id: `${emsp.party.countryCode}-${emsp.party.partyId}-A${tag}`, issuer: emsp.party.partyId, valid: true, whitelist: 'NEVER', last_updated: new Date().toISOString() };
  const command = await emsp.platform.request('hub-router', 'send-command', { ...ref(emsp), to: ref(cpo), command: 'START_SESSION', body: { token: appToken, location_id: locationIds[0], evse_uid: `EVSE-${tag}-0` } });
  expect(command.response).toMatchObject({ result: 'ACCEPTED' });
  const result = await eventually(async () => {
    const view = await emsp.platform.request('hub-router', 'get-command', { id: command.id });
    return view.results.length > 0 ? view : undefined;
  }, 20_000, 'the CommandResult');
  expect(result.results).toEqual([{ result: 'ACCEPTED' }]);
  const remoteStart = station.calls.find((call) => call.action === 'RequestStartTransaction')?.params;
  expect(remoteStart).toMatchObject({ idToken: { idToken: appToken.uid } });

  // 4. The station charges 7 kWh; the CPO pushes the session and the CDR to the eMSP.
  const transactionId = `TX-${tag}`;
  await station.chargeFor(remoteStart, transactionId, 7_000);
  const session = await eventually(async () => {
    const view = await cpo.platform.request('tariff-cdr', 'get-session', { stationId: station.id, transactionId });
    return view.push?.state === 'delivered' ? view : undefined;
  }, 30_000, 'the session to reach the eMSP');
  const cdr = await eventually(async () => {
    const view = await cpo.platform.request('tariff-cdr', 'get-cdr', { stationId: station.id, transactionId }).catch(() => undefined);
    return view?.delivery.state === 'delivered' ? view : undefined;
  }, 30_000, 'the CDR to reach the eMSP');
  // What the eMSP stores, read back by the CPO through the same route.
  const stored = await cpo.platform.sendOcpi({ module: 'sessions', interface: 'RECEIVER', method: 'GET', path: [cpo.party.countryCode, cpo.party.partyId, session.sessionId], from: ref(cpo), to: ref(emsp) });
  expect(stored).toMatchObject({ statusCode: 1000, data: { id: session.sessionId, cdr_token: { uid: appToken.uid } } });
  const storedCdr = await cpo.platform.request<OcpiExchangeReply>('hub-router', 'call-ocpi-url', { url: cdr.delivery.location, method: 'GET', from: ref(cpo), to: ref(emsp), module: 'cdrs' });
  expect(storedCdr).toMatchObject({ statusCode: 1000, data: { id: cdr.cdrId, total_energy: 7 } });

  await station.close();
  expect(station.failures).toEqual([]);
}

/** The audit records of one platform that match. */
export async function auditRecords(platform: TopologyPlatform, match: (record: OcpiAuditRecord) => boolean): Promise<OcpiAuditRecord[]> {
  return eventually(async () => {
    const records = (await streamTexts(platform.base.namespace, 'OCPI_AUDIT')).map((text) => JSON.parse(text) as OcpiAuditRecord).filter(match);
    return records.length > 0 ? records : undefined;
  }, 10_000, `audit records at ${platform.name}`);
}
