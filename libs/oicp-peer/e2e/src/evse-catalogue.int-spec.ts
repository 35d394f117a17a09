import { selfSignedCertificate } from './__fixtures__/certificates.fixture';
import { evseRecord } from './__fixtures__/oicp-records.fixture';
import { adminGet, adminPost, host, type Instance, link, oicpPost, receivedEvses, startInstance, stopInstances, token, until } from './__fixtures__/oicp-network.fixture';

/*
 * EVSE data and status between a CPO instance and two EMP instances over real HTTP: the CPO side
 * records what it publishes and pushes it to every EMP peer in order; each EMP side projects what it
 * received; EMPs pull from the CPO. Identity checks and malformed bodies on the way in.
 */

const CPO = { countryCode: 'DE', partyId: 'CMX', operatorId: 'DE*CMX', operatorName: 'ChargeMesh CPO' };
const EMP_A = { countryCode: 'DE', partyId: 'EMA', providerId: 'DE-EMA' };
const EMP_B = { countryCode: 'DE', partyId: 'EMB', providerId: 'DE-EMB' };
const evse = (n: number) => `DE*CMX*E${n}`;

describe('oicp-peer: EVSE data and status, CPO to two EMPs', () => {
  let cpo: Instance;
  let empA: Instance;
  let empB: Instance;
  let aToken: string; // what EMP A presents to the CPO
  let cpoTokenAtA: string; // what the CPO presents to EMP A

  beforeAll(async () => {
    // EMP B sits behind an ingress that terminates TLS and passes the client certificate in a header.
    [cpo, empA, empB] = await Promise.all([startInstance('cpo'), startInstance('emp-a'), startInstance('emp-b', { OICP_CLIENT_CERT_HEADER: 'X-Client-Cert' })]);
    await Promise.all([host(cpo, CPO), host(empA, EMP_A), host(empB, EMP_B)]);
    const linkA = await link(cpo, 'cpo', { operatorIds: ['DE*CMX'] }, empA, 'emp-a', { providerIds: ['DE-EMA'] });
    aToken = linkA.bPresents;
    cpoTokenAtA = linkA.aPresents;
    await link(cpo, 'cpo', { operatorIds: ['DECMX'] }, empB, 'emp-b', { providerIds: ['DE*EMB'] });
  });
  afterAll(() => stopInstances([cpo, empA, empB].filter(Boolean)));

  it('should push a fullLoad of EVSE data to both EMP peers, which project it', async () => {
    const pushed = await adminPost(cpo, '/admin/oicp/cpo/evse-data', { operatorId: 'DE*CMX', actionType: 'fullLoad', records: [evseRecord(evse(1)), evseRecord(evse(2))] });
    expect(pushed).toMatchObject({ status: 202, body: { targets: ['emp-a', 'emp-b'] } });
    for (const emp of [empA, empB]) {
      const evses = await until(async () => {
        const list = await receivedEvses(emp, 'DE*CMX');
        return list.length === 2 ? list : undefined;
      }, `${emp.name} to project the fullLoad`);
      expect(evses.map((row) => row.evseId)).toEqual([evse(1), evse(2)]);
      expect(evses[0]).toMatchObject({ operatorId: 'DE*CMX', peerId: 'cpo', record: { EvseID: evse(1), Address: { City: 'Hamburg' } } });
    }
  });

  it('should apply insert, update and delete, and a later fullLoad replaces everything', async () => {
    await adminPost(cpo, '/admin/oicp/cpo/evse-data', { operatorId: 'DE*CMX', actionType: 'insert', records: [evseRecord(evse(3))] });
    await adminPost(cpo, '/admin/oicp/cpo/evse-data', { operatorId: 'DE*CMX', actionType: 'update', records: [evseRecord(evse(1), { Address: { Country: 'DEU', City: 'Altona', Street: 'Elbchaussee', PostalCode: '22763', HouseNum: '1' } })] });
    await adminPost(cpo, '/admin/oicp/cpo/evse-data', { operatorId: 'DE*CMX', actionType: 'delete', records: [evseRecord(evse(2))] });
    const afterDelta = await until(async () => {
      const list = await receivedEvses(empB, 'DE*CMX');
      return list.length === 2 && list[0].record.Address.City === 'Altona' ? list : undefined;
    }, 'EMP B to apply insert, update and delete');
    expect(afterDelta.map((row) => row.evseId)).toEqual([evse(1), evse(3)]);
    await adminPost(cpo, '/admin/oicp/cpo/evse-data', { operatorId: 'DE*CMX', actionType: 'fullLoad', records: [evseRecord(evse(4)), evseRecord(evse(5))] });
    const replaced = await until(async () => {
      const list = await receivedEvses(empA, 'DE*CMX');
      return list.length === 2 && list[0].evseId === evse(4) ? list : undefined;
    }, 'EMP A to apply the second fullLoad');
    expect(replaced.map((row) => row.evseId)).toEqual([evse(4), evse(5)]);
  });

  it('should deliver a burst of status updates to every EMP in order, so each ends with the last status', async () => {
    const statuses = ['Available', 'Occupied', 'Reserved', 'Occupied', 'Available', 'OutOfService', 'Occupied'];
    for (const status of statuses) {
      const pushed = await adminPost(cpo, '/admin/oicp/cpo/evse-status', { operatorId: 'DE*CMX', actionType: 'update', records: [{ EvseID: evse(4), EvseStatus: status }, { EvseID: evse(5), EvseStatus: 'Available' }] });
      expect(pushed.status).toBe(202);
    }
    for (const emp of [empA, empB]) {
      await until(async () => {
        const list = await receivedEvses(emp, 'DE*CMX');
        return list.find((row) => row.evseId === evse(4))?.status === 'Occupied' && list.find((row) => row.evseId === evse(5))?.status === 'Available';
      }, `${emp.name} to hold the last status`);
    }
    // The EMP has the data before the CPO has marked the row: wait for the marks, then every row is delivered.
    const deliveries = await until(async () => {
      const { body } = await adminGet(cpo, '/admin/oicp/deliveries?operation=PushEvseStatus');
      return body.every((row: { state: string }) => row.state !== 'pending') ? body : undefined;
    }, 'the CPO to mark its status deliveries');
    expect(deliveries.filter((row: { state: string }) => row.state !== 'delivered')).toEqual([]);
    expect(deliveries).toHaveLength(statuses.length * 2);
  });

  it('should serve pulls of EVSE data (paged) and of status (all, by id, by operator) to an EMP', async () => {
    const page0 = await adminPost(empA, '/admin/oicp/emp/pull-evse-data', { providerId: 'DE-EMA', operatorId: 'DE*CMX', size: 1 });
    expect(page0.body).toMatchObject({ peerId: 'cpo', statusCode: { Code: '000' }, response: { totalElements: 2, totalPages: 2, first: true, last: false, numberOfElements: 1 } });
    expect(page0.body.response.content[0]).toMatchObject({ EvseID: evse(4), OperatorID: 'DE*CMX', OperatorName: 'ChargeMesh CPO' });
    const page1 = await adminPost(empA, '/admin/oicp/emp/pull-evse-data', { providerId: 'DE-EMA', operatorId: 'DE*CMX', size: 1, page: 1 });
    expect(page1.body.response).toMatchObject({ number: 1, last: true, content: [{ EvseID: evse(5) }] });
    const all = await adminPost(empA, '/admin/oicp/emp/pull-evse-status', { providerId: 'DE-EMA', operatorId: 'DE*CMX', request: { EVSEStatus: 'Occupied' } });
    expect(all.body.response.EvseStatuses.OperatorEvseStatus).toEqual([{ OperatorID: 'DE*CMX', OperatorName: 'ChargeMesh CPO', EvseStatusRecord: [{ EvseID: evse(4), EvseStatus: 'Occupied' }] }]);
    const byId = await adminPost(empA, '/admin/oicp/emp/pull-evse-status', { providerId: 'DE-EMA', operatorId: 'DE*CMX', variant: 'by-id', request: { EvseID: [evse(5), 'DE*CMX*E999'] } });
    expect(byId.body.response.EVSEStatusRecords.EvseStatusRecord).toEqual([
      { EvseID: evse(5), EvseStatus: 'Available' },
      { EvseID: 'DE*CMX*E999', EvseStatus: 'EvseNotFound' },
    ]);
    const byOperator = await adminPost(empA, '/admin/oicp/emp/pull-evse-status', { providerId: 'DE-EMA', operatorId: 'DE*CMX', variant: 'by-operator-id', request: { OperatorID: ['DE*CMX'] } });
    expect(byOperator.body.response.EvseStatuses.OperatorEvseStatus[0].EvseStatusRecord).toHaveLength(2);
  });

  it('should answer a pull for an operator no peer serves with 210 and make no call', async () => {
    const pulled = await adminPost(empA, '/admin/oicp/emp/pull-evse-data', { providerId: 'DE-EMA', operatorId: 'FR*XYZ' });
    expect(pulled.body).toEqual({ statusCode: expect.objectContaining({ Code: '210' }) });
  });

  it('should refuse a caller without a valid token with 017 and HTTP 401, and record nothing', async () => {
    const body = { ActionType: 'update', OperatorEvseStatus: { OperatorID: 'DE*CMX', EvseStatusRecord: [{ EvseID: evse(4), EvseStatus: 'OutOfService' }] } };
    const path = '/api/oicp/evsepush/v21/operators/DE*CMX/status-records';
    expect(await oicpPost(empA, path, body)).toEqual({ status: 401, body: { StatusCode: expect.objectContaining({ Code: '017' }) } });
    expect(await oicpPost(empA, path, body, 'not-a-registered-token-at-all')).toMatchObject({ status: 401, body: { StatusCode: { Code: '017' } } });
    expect((await oicpPost(empA, path, body, cpoTokenAtA)).body).toMatchObject({ Result: true, StatusCode: { Code: '000' } });
  });

  it('should refuse ids that do not belong to the authenticated peer: 017 for the caller id, 018 for a foreign EvseID', async () => {
    const asOther = await oicpPost(empA, '/api/oicp/evsepush/v21/operators/DE*XYZ/status-records', { ActionType: 'update', OperatorEvseStatus: { OperatorID: 'DE*XYZ', EvseStatusRecord: [] } }, cpoTokenAtA);
    expect(asOther).toMatchObject({ status: 401, body: { StatusCode: { Code: '017' } } });
    const pathBodyMismatch = await oicpPost(empA, '/api/oicp/evsepush/v21/operators/DE*CMX/status-records', { ActionType: 'update', OperatorEvseStatus: { OperatorID: 'DE*XYZ', EvseStatusRecord: [] } }, cpoTokenAtA);
    expect(pathBodyMismatch.status).toBe(401);
    const foreignEvse = await oicpPost(empA, '/api/oicp/evsepush/v21/operators/DE*CMX/status-records', { ActionType: 'update', OperatorEvseStatus: { OperatorID: 'DE*CMX', EvseStatusRecord: [{ EvseID: 'DE*XYZ*E1', EvseStatus: 'Available' }] } }, cpoTokenAtA);
    expect(foreignEvse).toMatchObject({ status: 200, body: { Result: false, StatusCode: { Code: '018' } } });
    // An EMP token used to pull as another EMP.
    const pullAsB = await oicpPost(cpo, '/api/oicp/evsepull/v21/providers/DE-EMB/status-records', { ProviderID: 'DE-EMB' }, aToken);
    expect(pullAsB).toMatchObject({ status: 401, body: { StatusCode: { Code: '017' } } });
    // A remote start for a contract of another EMP.
    const foreignContract = await oicpPost(cpo, '/api/oicp/charging/v21/providers/DE-EMA/authorize-remote/start', { SessionID: crypto.randomUUID(), ProviderID: 'DE-EMA', EvseID: evse(4), Identification: { RemoteIdentification: { EvcoID: 'DE-EMB-C12345678-X' } } }, aToken);
    expect(foreignContract).toMatchObject({ status: 200, body: { Result: false, StatusCode: { Code: '019' } } });
    expect((await receivedEvses(empA, 'DE*XYZ')).length).toBe(0);
  });

  it('should answer malformed bodies with 022 and HTTP 400 naming the fields, and keep what was accepted', async () => {
    const before = await receivedEvses(empA, 'DE*CMX');
    const path = '/api/oicp/evsepush/v23/operators/DE*CMX/data-records';
    const badEvseId = await oicpPost(empA, path, { ActionType: 'insert', OperatorEvseData: { OperatorID: 'DE*CMX', OperatorName: 'x', EvseDataRecord: [evseRecord('DE*CMX*1')] } }, cpoTokenAtA);
    expect(badEvseId.status).toBe(400);
    expect(badEvseId.body).toMatchObject({ message: 'Error parsing/validating JSON.', StatusCode: { Code: '022' } });
    expect(badEvseId.body.validationErrors[0].fieldReference).toBe('OperatorEvseData.EvseDataRecord[0].EvseID');
    const notJson = await oicpPost(empA, path, '{"ActionType": ', cpoTokenAtA);
    expect(notJson).toMatchObject({ status: 400, body: { StatusCode: { Code: '022' } } });
    const twoIdentifications = await oicpPost(cpo, '/api/oicp/authdata/v21/providers/DE-EMA/push-request', { ActionType: 'fullLoad', ProviderAuthenticationData: { ProviderID: 'DE-EMA', AuthenticationDataRecord: [{ Identification: { RFIDMifareFamilyIdentification: { UID: '1234ABCD' }, RemoteIdentification: { EvcoID: 'DE-EMA-C12345678-X' } } }] } }, aToken);
    expect(twoIdentifications.status).toBe(400);
    expect(twoIdentifications.body.validationErrors[0].errorMessage).toMatch(/exactly one identification variant/);
    const unknownPath = await oicpPost(empA, '/api/oicp/evsepush/v99/operators/DE*CMX/data-records', {}, cpoTokenAtA);
    expect(unknownPath).toMatchObject({ status: 404, body: { StatusCode: { Code: '300' } } });
    expect(await receivedEvses(empA, 'DE*CMX')).toEqual(before);
  });

  it('should refuse a command for an operator that is not hosted here and a record that is not OICP', async () => {
    expect((await adminPost(cpo, '/admin/oicp/cpo/evse-status', { operatorId: 'DE*ZZZ', actionType: 'update', records: [] })).body).toMatchObject({ code: 'OICP.NOT_FOUND_IDENTITY' });
    const invalid = await adminPost(cpo, '/admin/oicp/cpo/evse-data', { operatorId: 'DE*CMX', actionType: 'insert', records: [{ EvseID: evse(9) }] });
    expect(invalid).toMatchObject({ status: 400, body: { code: 'REQUEST.INVALID' } });
    expect(invalid.body.message).toMatch(/Address/);
  });

  it('should list peers without any secret and refuse an identity for a party the directory does not host', async () => {
    const peers = await adminGet(cpo, '/admin/oicp/peers');
    expect(peers.body.map((peer: { peerId: string }) => peer.peerId)).toEqual(['emp-a', 'emp-b']);
    expect(JSON.stringify(peers.body)).not.toContain(aToken);
    expect(peers.body[1]).toMatchObject({ providerIds: ['DE-EMB'], acceptsToken: true, presentsToken: true });
    expect((await adminPost(cpo, '/admin/oicp/identities', { countryCode: 'NL', partyId: 'NOP', operatorId: 'NL*NOP', operatorName: 'x' })).body).toMatchObject({ code: 'OICP.NOT_FOUND_PARTY' });
  });

  describe('dynamic pricing', () => {
    const products = (providerId: string, productId: string, price: number) => ({
      ProviderID: providerId,
      PricingDefaultPrice: 0.3,
      PricingDefaultPriceCurrency: 'EUR',
      PricingDefaultReferenceUnit: 'KILOWATT_HOUR',
      PricingProductDataRecords: [
        { ProductID: productId, ReferenceUnit: 'KILOWATT_HOUR', ProductPriceCurrency: 'EUR', PricePerReferenceUnit: price, MaximumProductChargingPower: 22, IsValid24hours: true, ProductAvailabilityTimes: [] },
      ],
    });

    it('should push pricing products for all EMPs to every peer and for one EMP to that peer only', async () => {
      expect((await adminPost(cpo, '/admin/oicp/cpo/pricing-products', { operatorId: 'DE*CMX', actionType: 'fullLoad', pricingProductData: products('*', 'AC1', 0.39) })).body.targets).toEqual(['emp-a', 'emp-b']);
      expect((await adminPost(cpo, '/admin/oicp/cpo/pricing-products', { operatorId: 'DE*CMX', actionType: 'fullLoad', pricingProductData: products('DE-EMB', 'B-AC', 0.29) })).body.targets).toEqual(['emp-b']);
      const atB = await until(async () => {
        const { body } = await adminGet(empB, '/admin/oicp/emp/pricing');
        return body.products.length === 2 ? body.products : undefined;
      }, 'EMP B to hold both product sets');
      expect(atB.map((entry: { providerId: string }) => entry.providerId).sort()).toEqual(['*', 'DE-EMB']);
      const atA = await until(async () => {
        const { body } = await adminGet(empA, '/admin/oicp/emp/pricing');
        return body.products.length ? body.products : undefined;
      }, 'EMP A to hold the products for all');
      expect(atA).toEqual([expect.objectContaining({ providerId: '*', data: expect.objectContaining({ OperatorID: 'DE*CMX', OperatorName: 'ChargeMesh CPO' }) })]);
    });

    it('should push EVSE pricing to the EMP it names and refuse one push for several EMPs', async () => {
      const pushed = await adminPost(cpo, '/admin/oicp/cpo/evse-pricing', { operatorId: 'DE*CMX', actionType: 'fullLoad', evsePricing: [{ EvseID: evse(4), ProviderID: 'DE-EMA', EvseIDProductList: ['AC1'] }] });
      expect(pushed.body.targets).toEqual(['emp-a']);
      await until(async () => (await adminGet(empA, '/admin/oicp/emp/pricing')).body.evsePricing.length === 1, 'EMP A to hold the EVSE pricing');
      const mixed = await adminPost(cpo, '/admin/oicp/cpo/evse-pricing', { operatorId: 'DE*CMX', actionType: 'update', evsePricing: [{ EvseID: evse(4), ProviderID: 'DE-EMA', EvseIDProductList: ['AC1'] }, { EvseID: evse(5), ProviderID: 'DE-EMB', EvseIDProductList: ['B-AC'] }] });
      expect(mixed).toMatchObject({ status: 400, body: { code: 'OICP.INVALID' } });
    });

    it('should serve pricing pulls with what is offered to the calling EMP or to all', async () => {
      const productsForB = await adminPost(empB, '/admin/oicp/emp/pull-pricing-product-data', { providerId: 'DE-EMB', operatorId: 'DE*CMX' });
      expect(productsForB.body.response.PricingProductData.map((entry: { ProviderID: string }) => entry.ProviderID).sort()).toEqual(['*', 'DE-EMB']);
      const productsForA = await adminPost(empA, '/admin/oicp/emp/pull-pricing-product-data', { providerId: 'DE-EMA', operatorId: 'DE*CMX' });
      expect(productsForA.body.response.PricingProductData).toHaveLength(1);
      const evsePricingForA = await adminPost(empA, '/admin/oicp/emp/pull-evse-pricing', { providerId: 'DE-EMA', operatorId: 'DE*CMX' });
      expect(evsePricingForA.body.response.OperatorEVSEPricing).toEqual([{ OperatorID: 'DE*CMX', OperatorName: 'ChargeMesh CPO', EVSEPricing: [{ EvseID: evse(4), ProviderID: 'DE-EMA', EvseIDProductList: ['AC1'] }] }]);
      const evsePricingForB = await adminPost(empB, '/admin/oicp/emp/pull-evse-pricing', { providerId: 'DE-EMB', operatorId: 'DE*CMX' });
      expect(evsePricingForB.body.response.OperatorEVSEPricing).toEqual([]);
    });
  });

  describe('mutual TLS through the ingress header', () => {
    const path = '/api/oicp/evsepush/v21/operators/DE*CRT/status-records';
    const push = { ActionType: 'update', OperatorEvseStatus: { OperatorID: 'DE*CRT', EvseStatusRecord: [{ EvseID: 'DE*CRT*E1', EvseStatus: 'Available' }] } };
    const certificate = selfSignedCertificate('cpo.crt.example');
    const stranger = selfSignedCertificate('stranger.example');
    const header = (pem: string) => ({ 'x-client-cert': encodeURIComponent(pem) });

    it('should accept a peer by its client certificate alone and refuse any other certificate or none', async () => {
      const registered = await adminPost(empB, '/admin/oicp/peers', { peerId: 'cert-cpo', baseUrl: 'https://cpo.crt.example', operatorIds: ['DE*CRT'], clientCertificateFingerprint: certificate.fingerprint });
      expect(registered.body).toEqual({ peer: expect.objectContaining({ acceptsToken: false, clientCertificateFingerprint: certificate.fingerprint.replace(/:/g, '') }) });
      expect((await oicpPost(empB, path, push, undefined, header(certificate.pem))).body).toMatchObject({ Result: true, StatusCode: { Code: '000' } });
      expect(await oicpPost(empB, path, push, undefined, header(stranger.pem))).toMatchObject({ status: 401, body: { StatusCode: { Code: '017' } } });
      expect(await oicpPost(empB, path, push)).toMatchObject({ status: 401, body: { StatusCode: { Code: '017' } } });
    });

    it('should require the certificate of a peer registered with both, whatever token it shows', async () => {
      const both = selfSignedCertificate('both.example');
      const peerToken = token();
      await adminPost(empB, '/admin/oicp/peers', { peerId: 'both-cpo', baseUrl: 'https://both.example', operatorIds: ['DE*BTH'], inboundToken: peerToken, clientCertificateFingerprint: both.fingerprint });
      const bothPath = '/api/oicp/evsepush/v21/operators/DE*BTH/status-records';
      const bothPush = { ActionType: 'update', OperatorEvseStatus: { OperatorID: 'DE*BTH', EvseStatusRecord: [] } };
      expect(await oicpPost(empB, bothPath, bothPush, peerToken)).toMatchObject({ status: 401 });
      expect(await oicpPost(empB, bothPath, bothPush, peerToken, header(certificate.pem))).toMatchObject({ status: 401 });
      expect((await oicpPost(empB, bothPath, bothPush, peerToken, header(both.pem))).body).toMatchObject({ Result: true });
    });
  });
});
