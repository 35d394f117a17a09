import { parseFrame } from './parse-frame';

describe('parseFrame', () => {
  it('should return the parsed payload itself when the frame is a CALL', () => {
    const frame = parseFrame('2.0.1', '[2,"id-1","Heartbeat",{"customData":{"vendorId":"v"}}]');
    expect(frame).toEqual({
      kind: 'call',
      messageId: 'id-1',
      action: 'Heartbeat',
      payload: { customData: { vendorId: 'v' } },
    });
  });

  it('should read a frame given as a Buffer as UTF-8 when the socket delivers bytes', () => {
    const frame = parseFrame('1.6', Buffer.from('[2,"ü-1","Authorize",{"idTag":"Jörg"}]', 'utf8'));
    expect(frame).toMatchObject({ kind: 'call', messageId: 'ü-1', payload: { idTag: 'Jörg' } });
  });

  it('should accept a message id of exactly 36 characters when it is a UUID', () => {
    const id = 'f3b0e7c2-1f7a-4c38-9d5e-3c2b1a0f9e8d';
    expect(parseFrame('2.0.1', `[3,"${id}",{}]`)).toEqual({ kind: 'callResult', messageId: id, payload: {} });
  });

  it('should return code, description and details when the frame is a CALLERROR', () => {
    const frame = parseFrame('1.6', '[4,"id-9","OccurenceConstraintViolation","missing idTag",{"field":"idTag"}]');
    expect(frame).toEqual({
      kind: 'callError',
      messageId: 'id-9',
      errorCode: 'OccurenceConstraintViolation',
      errorDescription: 'missing idTag',
      errorDetails: { field: 'idTag' },
    });
  });

  it.each([
    ['[3,"id-1"]', 'id-1', 3],
    ['[3,"id-1",{},{}]', 'id-1', 3],
    ['[4,"id-2","GenericError",{}]', 'id-2', 4],
    ['[4,"id-2",7,"text",{}]', 'id-2', 4],
    ['[3,17,{}]', '-1', 3],
  ])('should not ask for a reply when a response frame %s is malformed', (text, messageId, messageTypeId) => {
    for (const [version, code] of [
      ['1.6', 'FormationViolation'],
      ['2.0.1', 'RpcFrameworkError'],
    ] as const) {
      expect(parseFrame(version, text)).toMatchObject({
        kind: 'invalid',
        messageId,
        messageTypeId,
        code,
        respond: false,
      });
    }
  });

  it.each([
    ['[2,"id-1","Heartbeat"]', 'id-1'],
    ['[2,"id-1","Heartbeat",{},"extra"]', 'id-1'],
    ['[2,"id-1",42,{}]', 'id-1'],
    ['[]', '-1'],
    ['"just a string"', '-1'],
    ['["2","id-1","Heartbeat",{}]', 'id-1'],
  ])('should ask for a CALLERROR reply when a CALL-like frame %s is malformed', (text, messageId) => {
    for (const [version, code] of [
      ['1.6', 'FormationViolation'],
      ['2.0.1', 'RpcFrameworkError'],
    ] as const) {
      expect(parseFrame(version, text)).toMatchObject({ kind: 'invalid', messageId, code, respond: true });
    }
  });
});
