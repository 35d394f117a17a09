import {
  errorCodeFor,
  errorReasonOfCode,
  isErrorCodeOf,
  OCPP16_ERROR_CODES,
  OCPP201_ERROR_CODES,
  type OcppErrorReason,
} from './error-codes';

describe('error codes', () => {
  it('should keep the 1.6 typos that the 1.6 errata says not to fix', () => {
    expect(errorCodeFor('1.6', 'format')).toBe('FormationViolation');
    expect(errorCodeFor('1.6', 'occurrenceConstraint')).toBe('OccurenceConstraintViolation');
    expect(errorCodeFor('2.0.1', 'format')).toBe('FormatViolation');
    expect(errorCodeFor('2.0.1', 'occurrenceConstraint')).toBe('OccurrenceConstraintViolation');
  });

  it('should only ever produce codes that the version defines', () => {
    const reasons: OcppErrorReason[] = [
      'format',
      'occurrenceConstraint',
      'propertyConstraint',
      'typeConstraint',
      'protocol',
      'rpcFramework',
      'messageTypeNotSupported',
      'notImplemented',
      'notSupported',
      'internal',
      'security',
      'generic',
    ];
    for (const reason of reasons) {
      expect(OCPP16_ERROR_CODES).toContain(errorCodeFor('1.6', reason));
      expect(OCPP201_ERROR_CODES).toContain(errorCodeFor('2.0.1', reason));
    }
    expect(new Set(reasons.map((reason) => errorCodeFor('2.0.1', reason))).size).toBe(OCPP201_ERROR_CODES.length);
  });

  it('should map the 2.0.1-only codes to FormationViolation in 1.6', () => {
    expect(errorCodeFor('1.6', 'rpcFramework')).toBe('FormationViolation');
    expect(errorCodeFor('1.6', 'messageTypeNotSupported')).toBe('FormationViolation');
    expect(isErrorCodeOf('1.6', 'RpcFrameworkError')).toBe(false);
    expect(isErrorCodeOf('2.0.1', 'RpcFrameworkError')).toBe(true);
  });

  it('should read both spellings when a station sends a CALLERROR', () => {
    expect(errorReasonOfCode('FormationViolation')).toBe('format');
    expect(errorReasonOfCode('FormatViolation')).toBe('format');
    expect(errorReasonOfCode('OccurenceConstraintViolation')).toBe('occurrenceConstraint');
    expect(errorReasonOfCode('OccurrenceConstraintViolation')).toBe('occurrenceConstraint');
    expect(errorReasonOfCode('NotSupported')).toBe('notSupported');
    expect(errorReasonOfCode('SomethingElse')).toBeUndefined();
    expect(errorReasonOfCode('constructor')).toBeUndefined();
  });
});
