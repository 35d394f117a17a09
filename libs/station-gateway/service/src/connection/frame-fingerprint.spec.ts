import { frameFingerprint } from './frame-fingerprint';

describe('frameFingerprint', () => {
  it('should give the same frame the same fingerprint and a changed frame another one', () => {
    const frame = Buffer.from('[2,"m-1","Heartbeat",{}]');
    expect(frameFingerprint(frame)).toBe(frameFingerprint(Buffer.from('[2,"m-1","Heartbeat",{}]')));
    expect(frameFingerprint(frame)).not.toBe(frameFingerprint(Buffer.from('[2,"m-1","Heartbeat",{ }]')));
    expect(frameFingerprint(frame)).toMatch(/^[0-9a-z]+\.[0-9a-z]+$/);
  });
});
