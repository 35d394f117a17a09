import {
  chargingPoolIdSchema,
  evcoIdSchema,
  evseIdSchema,
  operatorIdSchema,
  providerIdOrAsteriskSchema,
  providerIdSchema,
  sessionIdSchema,
  uidSchema,
} from './identifiers';

const accepts = (schema: { safeParse(value: unknown): { success: boolean } }, value: string) =>
  schema.safeParse(value).success;

describe('OICP identifier formats', () => {
  it.each([
    'DE*AB7*E840*6487', // ISO, the spec's example
    'DEAB7E8406487', // ISO without separators
    'de*ab7*E840', // letters in either case, but the E is upper case as in Hubject's pattern
    'FR*TCB*E77*1*A',
    'NL*EVB*E100038',
    'AT*VEN*E1234567890123456789012345678*',
    '+49*810*000*438', // DIN, the spec's example
    '49*810*000*438', // DIN, leading + optional
    '+1*234*5',
  ])('should accept the EvseID %s when it is ISO or DIN shaped', (evseId) => {
    expect(accepts(evseIdSchema, evseId)).toBe(true);
  });

  it.each([
    ['DE*AB7*840*6487', 'the ISO form has no E after the operator'],
    ['DE*AB7', 'it is an OperatorID'],
    ['DE*AB7*E', 'the instance is empty'],
    ['DE*AB7*E1234567890123456789012345678901', 'the instance has 31 characters'],
    ['D*AB7*E1', 'the country has one letter'],
    ['DE-AB7-E1', 'the separator is -'],
    ['+49810*000*438', 'the DIN separators are missing'],
    ['+4900*810*1', 'the DIN country code has 4 digits'],
    ['', 'it is empty'],
  ])('should reject the EvseID %s when %s', (evseId) => {
    expect(accepts(evseIdSchema, evseId)).toBe(false);
  });

  it.each(['DE*A36', 'DEA36', 'de*a36', '+49*536', '49*536', '+358*123'])('should accept the OperatorID %s', (id) => {
    expect(accepts(operatorIdSchema, id)).toBe(true);
  });

  it.each(['DE-A36', 'DE*A3', 'DE*A366', 'D*A36', '+49536', '+49*53', 'DE**A36', '*'])(
    'should reject the OperatorID %s',
    (id) => {
      expect(accepts(operatorIdSchema, id)).toBe(false);
    },
  );

  it.each(['DE-8EO', 'DE8EO', 'DE*8EO', 'de-8eo'])('should accept the ProviderID %s', (id) => {
    expect(accepts(providerIdSchema, id)).toBe(true);
  });

  it.each(['DE|8EO', 'DE--8EO', 'DE-8E', '+49*536', '*', 'DE-8EO-C'])('should reject the ProviderID %s', (id) => {
    expect(accepts(providerIdSchema, id)).toBe(false);
  });

  it('should accept exactly "*" besides ProviderIDs when offering prices to all EMPs', () => {
    expect(accepts(providerIdOrAsteriskSchema, '*')).toBe(true);
    expect(accepts(providerIdOrAsteriskSchema, 'DE-8EO')).toBe(true);
    // Hubject's pattern ^(...)|\*$ would take both of these.
    expect(accepts(providerIdOrAsteriskSchema, 'DE-8EOXYZ')).toBe(false);
    expect(accepts(providerIdOrAsteriskSchema, 'anything*')).toBe(false);
  });

  it.each([
    'DE-8EO-CAet5e4XY-3',
    'DE8EOCAet5e43X1',
    'DE*8EO*Aet5e4*3',
    'DE-8EO-Aet5e4-3',
    'DE8EOAet5e43',
    'DE*8EO*Aet5e4*X',
  ])('should accept the EvcoID %s when it is ISO or DIN shaped', (id) => {
    expect(accepts(evcoIdSchema, id)).toBe(true);
  });

  it.each(['DE*8EO*CAet5e4XY*3', 'DE-8EO-CAet5e4X-3', 'DE-8EO-Aet5e4-Y', 'DE|8EO|Aet5e4|3', 'DE-8EO'])(
    'should reject the EvcoID %s',
    (id) => {
      expect(accepts(evcoIdSchema, id)).toBe(false);
    },
  );

  it('should accept GUID-shaped SessionIDs only', () => {
    expect(accepts(sessionIdSchema, 'b2688855-7f00-0002-6d8e-48d883f6abb6')).toBe(true);
    expect(accepts(sessionIdSchema, 'b2688855-7f00-0002-6d8e48d883f6abb6')).toBe(false);
    expect(accepts(sessionIdSchema, 'b2688855-7f00-0002-6d8e-48d883f6abb6-1')).toBe(false);
  });

  it('should upper-case an RFID UID when it arrives in lower case', () => {
    expect(uidSchema.parse('7568290fff765f')).toBe('7568290FFF765F');
    expect(accepts(uidSchema, '1234567')).toBe(false);
    expect(accepts(uidSchema, '12345678901234567890A')).toBe(false);
    expect(accepts(uidSchema, 'AFFH1768')).toBe(false);
  });

  it('should accept a pool id only when it is anchored and has the P', () => {
    expect(accepts(chargingPoolIdSchema, 'IT*123*P456*AB789')).toBe(true);
    expect(accepts(chargingPoolIdSchema, 'xIT*123*P456')).toBe(false);
    expect(accepts(chargingPoolIdSchema, 'IT*123*E456')).toBe(false);
  });
});
