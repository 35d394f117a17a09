import {
  describeOcpiStatus,
  hubForwardsStatusToClient,
  isCustomOcpiStatusCode,
  isKnownOcpiStatusCode,
  OCPI_STATUS_CATALOGUE,
  OcpiStatus,
  ocpiStatusCategory,
} from './status-codes';

describe('OCPI status codes', () => {
  it('should list the fourteen standard codes of status_codes.asciidoc', () => {
    expect(OCPI_STATUS_CATALOGUE.map((definition) => definition.code)).toEqual([
      1000, 2000, 2001, 2002, 2003, 2004, 3000, 3001, 3002, 3003, 4000, 4001, 4002, 4003,
    ]);
    expect(OCPI_STATUS_CATALOGUE.find((definition) => definition.code === 4001)).toMatchObject({
      name: 'HUB_UNKNOWN_RECEIVER',
      category: 'hub-error',
    });
  });

  it('should place every code in its range', () => {
    expect(ocpiStatusCategory(OcpiStatus.SUCCESS)).toBe('success');
    expect(ocpiStatusCategory(2004)).toBe('client-error');
    expect(ocpiStatusCategory(3003)).toBe('server-error');
    expect(ocpiStatusCategory(4002)).toBe('hub-error');
    expect(ocpiStatusCategory(200)).toBeUndefined();
    expect(ocpiStatusCategory(5000)).toBeUndefined();
  });

  it('should treat x9xx as custom and other unlisted codes as unknown', () => {
    expect(isCustomOcpiStatusCode(2901)).toBe(true);
    expect(isKnownOcpiStatusCode(2901)).toBe(true);
    expect(isKnownOcpiStatusCode(2005)).toBe(false);
    expect(describeOcpiStatus(2001)).toBe('2001 Invalid or missing parameters');
    expect(describeOcpiStatus(4950)).toBe('4950 custom hub-error code');
  });

  it("should have a Hub forward the receiver's 2xxx and 3xxx, except for a Broadcast Push", () => {
    expect(hubForwardsStatusToClient(2003, false)).toBe(true);
    expect(hubForwardsStatusToClient(3000, false)).toBe(true);
    expect(hubForwardsStatusToClient(2003, true)).toBe(false);
    expect(hubForwardsStatusToClient(4001, false)).toBe(false);
  });
});
