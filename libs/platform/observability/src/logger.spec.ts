import { Writable } from 'node:stream';
import { createLogger } from './logger';

function capture() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()));
      done();
    },
  });
  return { lines, stream };
}

describe('createLogger', () => {
  it('should write JSON lines with the process name and level', () => {
    const { lines, stream } = capture();
    createLogger('directory', 'info', stream).info({ partyId: 'ABC' }, 'party registered');
    expect(lines[0]).toMatchObject({ process: 'directory', level: 'info', partyId: 'ABC', msg: 'party registered' });
  });

  it('should never write a token, password or Authorization header', () => {
    const { lines, stream } = capture();
    createLogger('credentials', 'info', stream).info(
      { token: 'tok-secret', station: { password: 'pw-secret' }, req: { headers: { authorization: 'Token abc' } } },
      'request',
    );
    const text = JSON.stringify(lines[0]);
    expect(text).not.toMatch(/tok-secret|pw-secret|Token abc/);
    expect(text).toContain('[redacted]');
  });
});
