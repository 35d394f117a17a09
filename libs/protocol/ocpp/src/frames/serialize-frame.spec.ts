import { createMessageId, MESSAGE_ID_MAX_LENGTH } from './message-id';
import { parseFrame } from './parse-frame';
import { serializeCall, serializeCallError, serializeCallResult } from './serialize-frame';

describe('frame serializers', () => {
  it('should write a CALL that parses back to the same action and payload', () => {
    const text = serializeCall('m-1', 'Reset', { type: 'Soft' });
    expect(text).toBe('[2,"m-1","Reset",{"type":"Soft"}]');
    expect(parseFrame('1.6', text)).toEqual({
      kind: 'call',
      messageId: 'm-1',
      action: 'Reset',
      payload: { type: 'Soft' },
    });
  });

  it('should write {} rather than null when a payload is missing', () => {
    expect(serializeCall('m-2', 'ClearCache', undefined)).toBe('[2,"m-2","ClearCache",{}]');
    expect(serializeCallResult('m-3', null)).toBe('[3,"m-3",{}]');
  });

  it('should write a CALLERROR with empty details when none are given', () => {
    expect(serializeCallError('1.6', '-1', 'FormationViolation', 'message is not valid JSON')).toBe(
      '[4,"-1","FormationViolation","message is not valid JSON",{}]',
    );
  });

  it('should cut the description to 255 characters when the version is 2.0.1', () => {
    const text = serializeCallError('2.0.1', 'm-4', 'GenericError', 'x'.repeat(300), { reason: 'test' });
    const frame = parseFrame('2.0.1', text);
    expect(frame).toMatchObject({ kind: 'callError', errorDetails: { reason: 'test' } });
    expect(frame.kind === 'callError' && frame.errorDescription).toBe('x'.repeat(255));
  });

  it('should keep the whole description when the version is 1.6, which sets no limit', () => {
    const frame = parseFrame('1.6', serializeCallError('1.6', 'm-5', 'GenericError', 'y'.repeat(300)));
    expect(frame.kind === 'callError' && frame.errorDescription.length).toBe(300);
  });

  it('should not split a surrogate pair when the cut falls inside one', () => {
    const description = 'a'.repeat(254) + '😀';
    const frame = parseFrame('2.0.1', serializeCallError('2.0.1', 'm-6', 'GenericError', description));
    expect(frame.kind === 'callError' && frame.errorDescription).toBe('a'.repeat(254));
  });
});

describe('createMessageId', () => {
  it('should produce distinct ids of at most 36 characters', () => {
    const ids = Array.from({ length: 10_000 }, () => createMessageId());
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => id.length > 0 && id.length <= MESSAGE_ID_MAX_LENGTH)).toBe(true);
  });
});
