import { answerRoutingHeaders, envelopeStatusCode, toExchangeReply } from './exchange';

const remote = (body: string, httpStatus = 200) => ({ kind: 'remote' as const, httpStatus, headers: { 'x-total-count': '3' }, body: Buffer.from(body) });

describe('a receiver answer on its way back', () => {
  it('should read the OCPI status code at either end of the envelope, and only of an envelope', () => {
    expect(envelopeStatusCode(Buffer.from('{"status_code":2001,"timestamp":"2026-01-01T00:00:00Z"}'))).toBe(2001);
    const page = JSON.stringify({ data: Array.from({ length: 200 }, (_, id) => ({ id, status_code: 1 })), status_code: 1000, timestamp: '2026-01-01T00:00:00Z' });
    expect(envelopeStatusCode(Buffer.from(page))).toBe(1000);
    expect(envelopeStatusCode(Buffer.from('<html>bad gateway</html>'))).toBeUndefined();
  });

  it('should turn a receiver envelope into a reply with its data and headers, and anything else into a 4000', () => {
    expect(toExchangeReply(remote('{"data":[{"id":"L1"}],"status_code":1000,"status_message":"ok","timestamp":"2026-01-01T00:00:00Z"}'))).toEqual({
      httpStatus: 200,
      statusCode: 1000,
      statusMessage: 'ok',
      data: [{ id: 'L1' }],
      headers: { 'x-total-count': '3' },
    });
    expect(toExchangeReply(remote('Bad Gateway', 502))).toMatchObject({ httpStatus: 200, statusCode: 4000 });
  });

  it('should answer with the request routing swapped unless the receiver set its own', () => {
    const request = { from: { countryCode: 'NL', partyId: 'CPA' }, to: { countryCode: 'DE', partyId: 'EMB' } };
    expect(answerRoutingHeaders(request, { kind: 'answer', reply: { httpStatus: 200, statusCode: 1000, headers: {} } })).toEqual({
      'OCPI-from-country-code': 'DE',
      'OCPI-from-party-id': 'EMB',
      'OCPI-to-country-code': 'NL',
      'OCPI-to-party-id': 'CPA',
    });
    expect(answerRoutingHeaders(request, { ...remote('{}'), headers: { 'ocpi-from-party-id': 'EMB' } })).toEqual({});
  });
});
