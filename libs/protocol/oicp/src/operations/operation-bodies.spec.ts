import { validRequests, validResponses } from '../__fixtures__/oicp-bodies.fixture';
import { OICP_OPERATIONS, type OicpOperationName } from './operation-catalogue';

const names = Object.keys(OICP_OPERATIONS) as OicpOperationName[];

const REMOVED = Symbol('removed');

/** A deep copy of a valid request with the field at a dotted path replaced (or removed). */
function requestWith(name: OicpOperationName, path: string, value: unknown): unknown {
  const body: unknown = structuredClone(validRequests[name]);
  const keys = path.split('.');
  let node = body as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
  const last = keys[keys.length - 1];
  if (value === REMOVED) delete node[last];
  else node[last] = value;
  return body;
}

describe('OICP request and response bodies', () => {
  it.each(names)('should accept the valid %s request and response when they follow the spec', (name) => {
    const operation = OICP_OPERATIONS[name];
    const request = operation.request.safeParse(validRequests[name]);
    const response = operation.response.safeParse(validResponses[name]);
    expect(request.error?.issues ?? []).toEqual([]);
    expect(response.error?.issues ?? []).toEqual([]);
  });

  // [what is wrong, operation, field changed, new value, field the error is reported at (default: the same)]
  const invalidRequests: [string, OicpOperationName, string, unknown, string?][] = [
    ['an ISO EvseID without the E', 'PushEvseStatus', 'OperatorEvseStatus.EvseStatusRecord.0.EvseID', 'DE*CMX*0042*1'],
    ['an EvseID with "-" as separator', 'AuthorizeRemoteStop', 'EvseID', 'DE-CMX-E0042'],
    [
      'two Identification variants at once',
      'AuthorizeStart',
      'Identification.RemoteIdentification',
      { EvcoID: 'DE-VLT-C7Q2M9X4K-2' },
      'Identification',
    ],
    ['no Identification variant', 'AuthorizeStop', 'Identification', {}],
    ['an OperatorID with a 4-character suffix', 'AuthorizeStart', 'OperatorID', 'DE*CMXX'],
    ['an OperatorID with a dash', 'PushEvseData', 'OperatorEvseData.OperatorID', 'DE-CMX'],
    ['a DIN OperatorID without its star', 'PushEvseStatus', 'OperatorEvseStatus.OperatorID', '+49810'],
    ['a ProviderID with a pipe as separator', 'PullEvseStatus', 'ProviderID', 'DE|VLT'],
    ['an unknown EvseStatus', 'PushEvseStatus', 'OperatorEvseStatus.EvseStatusRecord.1.EvseStatus', 'Free'],
    ['an unknown ActionType', 'PushEvseData', 'ActionType', 'replace'],
    ['an unknown plug', 'PushEvseData', 'OperatorEvseData.EvseDataRecord.0.Plugs.0', 'Type 2'],
    [
      'an unknown authentication mode',
      'PushEvseData',
      'OperatorEvseData.EvseDataRecord.0.AuthenticationModes.0',
      'RFID',
    ],
    ['a missing OperatorName', 'PushEvseData', 'OperatorEvseData.OperatorName', REMOVED],
    ['a missing GeoCoordinates', 'PushEvseData', 'OperatorEvseData.EvseDataRecord.1.GeoCoordinates', REMOVED],
    ['a hotline number without +', 'PushEvseData', 'OperatorEvseData.EvseDataRecord.0.HotlinePhoneNumber', '040123456'],
    ['a missing SessionID on remote start', 'AuthorizeRemoteStart', 'SessionID', REMOVED],
    ['a SessionID that is no GUID', 'AuthorizeRemoteStop', 'SessionID', 'session-1'],
    ['an RFID UID of 9 characters', 'AuthorizeStart', 'Identification.RFIDMifareFamilyIdentification.UID', '04A2B3C4D'],
    ['a missing ConsumedEnergy', 'ChargeDetailRecord', 'ConsumedEnergy', REMOVED],
    ['a date without time zone', 'ChargeDetailRecord', 'ChargingEnd', '2025-03-14T11:15:30'],
    ['a meter value with four decimals', 'ChargeDetailRecord', 'MeterValueEnd', 1541.7512],
    ['a negative consumed energy', 'ChargeDetailRecord', 'ConsumedEnergy', -1],
    ['an unknown notification type', 'ChargingNotification', 'Type', 'Pause'],
    ['more than 100 EvseIDs', 'PullEvseStatusById', 'EvseID', Array(101).fill('DE*CMX*E1')],
    ['a reservation of 120 minutes', 'AuthorizeRemoteReservationStart', 'Duration', 120],
    ['an empty EvseIDProductList', 'PushEvsePricing', 'EVSEPricing.0.EvseIDProductList', []],
    [
      'a currency that is no ISO 4217 code',
      'PushPricingProductData',
      'PricingProductData.PricingDefaultPriceCurrency',
      'Euro',
    ],
    ['an unknown reference unit', 'PushPricingProductData', 'PricingProductData.PricingDefaultReferenceUnit', 'KWH'],
    ['an alpha-2 country code', 'PullEvseData', 'CountryCodes.0', 'DE'],
    ['a missing GeoCoordinatesResponseFormat', 'PullEvseData', 'GeoCoordinatesResponseFormat', REMOVED],
    ['a missing OperatorIDs list', 'PullPricingProductData', 'OperatorIDs', REMOVED],
    [
      'an unknown card type',
      'PushAuthenticationData',
      'ProviderAuthenticationData.AuthenticationDataRecord.1.Identification.RFIDIdentification.RFID',
      'legic',
    ],
    [
      'an EvcoID with a pipe as separator',
      'PushAuthenticationData',
      'ProviderAuthenticationData.AuthenticationDataRecord.3.Identification.PlugAndChargeIdentification.EvcoID',
      'DE|VLT|CA1B2C3D45',
    ],
    ['a missing ProviderID', 'GetChargeDetailRecords', 'ProviderID', REMOVED],
  ];

  const invalidCases = invalidRequests.map(
    ([what, name, field, value, reportedAt]) => [what, name, field, value, reportedAt ?? field] as const,
  );

  it.each(invalidCases)('should reject the request when it has %s (%s)', (_case, name, field, value, reportedAt) => {
    const result = OICP_OPERATIONS[name].request.safeParse(requestWith(name, field, value));
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toContain(reportedAt);
  });

  it('should reject a body that is not an object', () => {
    for (const name of names) {
      expect(OICP_OPERATIONS[name].request.safeParse('[]').success).toBe(false);
      expect(OICP_OPERATIONS[name].request.safeParse(null).success).toBe(false);
    }
  });
});
