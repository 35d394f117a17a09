import {
  evcoIdBelongsToProvider,
  evseIdBelongsToOperator,
  normaliseEvseId,
  normaliseOperatorId,
  normaliseProviderId,
  operatorIdOfEvseId,
  providerIdOfEvcoId,
  sameEvseId,
  sameOperatorId,
  sameProviderId,
} from './id-matching';

describe('OICP id matching', () => {
  it.each([
    ['DE*ABC*E123456', 'DE*ABC'],
    ['DEABCE123456', 'DE*ABC'],
    ['DE*ABCE123456', 'DE*ABC'],
    ['DEABC*E123456', 'DE*ABC'],
    ['de*abc*E1', 'DE*ABC'],
    ['DE*AB7*E840*6487', 'DE*AB7'],
    ['DEAB7E8406487', 'DE*AB7'],
    ['NL*EVB*E100038*1', 'NL*EVB'],
    ['FR*TCB*EFR12345*A', 'FR*TCB'],
    ['AT*VEN*E0123*01', 'AT*VEN'],
    ['CH*ION*E10*2', 'CH*ION'],
    ['DE*EEE*EE1', 'DE*EEE'], // the operator suffix may itself contain an E
    ['SE*123*E7', 'SE*123'],
    ['+49*810*000*438', '+49*810'],
    ['49*810*000*438', '+49*810'],
    ['+1*234*5', '+1*234'],
    ['+358*001*12*34', '+358*001'],
  ])('should find the operator of %s when the EvseID is well formed', (evseId, operatorId) => {
    expect(operatorIdOfEvseId(evseId)).toBe(operatorId);
  });

  it.each(['DE*ABC*123', 'DE*ABC', 'not an id', ''])(
    'should find no operator when the EvseID %s is malformed',
    (evseId) => {
      expect(operatorIdOfEvseId(evseId)).toBeUndefined();
    },
  );

  it('should give an operator one canonical spelling whatever the separator or case', () => {
    expect(['DEABC', 'DE*ABC', 'de*abc', 'dEaBc'].map(normaliseOperatorId)).toEqual([
      'DE*ABC',
      'DE*ABC',
      'DE*ABC',
      'DE*ABC',
    ]);
    expect(['+49*536', '49*536'].map(normaliseOperatorId)).toEqual(['+49*536', '+49*536']);
    expect(normaliseOperatorId('DE-ABC')).toBeUndefined();
  });

  it('should compare OperatorIDs ignoring the optional separator and letter case', () => {
    expect(sameOperatorId('DEABC', 'DE*ABC')).toBe(true);
    expect(sameOperatorId('de*abc', 'DEABC')).toBe(true);
    expect(sameOperatorId('DE*ABC', 'DE*ABD')).toBe(false);
    expect(sameOperatorId('DE*ABC', 'AT*ABC')).toBe(false);
    expect(sameOperatorId('+49*810', '49*810')).toBe(true);
    expect(sameOperatorId('bad', 'bad')).toBe(false);
  });

  it('should compare ProviderIDs ignoring "-", "*" or no separator and letter case', () => {
    expect(['DE8EO', 'DE-8EO', 'DE*8EO', 'de-8eo'].map(normaliseProviderId)).toEqual([
      'DE-8EO',
      'DE-8EO',
      'DE-8EO',
      'DE-8EO',
    ]);
    expect(sameProviderId('DE*GDF', 'DE-GDF')).toBe(true);
    expect(sameProviderId('DEGDF', 'de-gdf')).toBe(true);
    expect(sameProviderId('DE-GDF', 'DE-GDE')).toBe(false);
    expect(sameProviderId('*', '*')).toBe(true);
    expect(sameProviderId('*', 'DE-GDF')).toBe(false);
  });

  it('should compare EvseIDs ignoring ISO separators and case but keep DIN apart from ISO', () => {
    expect(normaliseEvseId('DEAB7E8406487')).toBe('DE*AB7*E8406487');
    expect(sameEvseId('DE*AB7*E840*6487', 'DEAB7E8406487')).toBe(true);
    expect(sameEvseId('de*ab7*E840', 'DE*AB7*E840')).toBe(true);
    expect(sameEvseId('DE*AB7*E840', 'DE*AB7*E841')).toBe(false);
    expect(sameEvseId('+49*810*000*438', '49*810*000*438')).toBe(true);
    expect(sameEvseId('+49*810*000*438', '+49*810*000438')).toBe(false);
  });

  it.each([
    ['DE-8EO-CAet5e4XY-3', 'DE-8EO'],
    ['DE8EOCAet5e43X1', 'DE-8EO'],
    ['DE*8EO*Aet5e4*3', 'DE-8EO'],
    ['de-8eo-aet5e4-3', 'DE-8EO'],
    ['NL-TNM-C00122045-K', 'NL-TNM'],
  ])('should find the provider of the EvcoID %s', (evcoId, providerId) => {
    expect(providerIdOfEvcoId(evcoId)).toBe(providerId);
  });

  it('should tell whether an EvseID belongs to an operator and an EvcoID to a provider', () => {
    expect(evseIdBelongsToOperator('DEABCE1', 'DE*ABC')).toBe(true);
    expect(evseIdBelongsToOperator('DE*ABD*E1', 'DE*ABC')).toBe(false);
    expect(evseIdBelongsToOperator('broken', 'DE*ABC')).toBe(false);
    expect(evcoIdBelongsToProvider('DE*8EO*Aet5e4*3', 'DE-8EO')).toBe(true);
    expect(evcoIdBelongsToProvider('DE-8EO-CAet5e4XY-3', 'DE-8EP')).toBe(false);
  });
});
