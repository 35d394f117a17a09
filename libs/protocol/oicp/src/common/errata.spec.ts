import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OICP_ERRATA } from './errata';

const ERRATUM_ID = /\b(E00[0-9]|D-[A-Z][A-Z-]*[A-Z]|X-[A-Z][A-Z0-9-]*[A-Z0-9])\b/g;
const sourceRoot = join(__dirname, '..');

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return entry.name === '__fixtures__' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') && entry.name !== 'errata.ts' ? [path] : [];
  });
}

describe('errata register', () => {
  const mentioned = new Set(
    sourceFiles(sourceRoot).flatMap((file) => readFileSync(file, 'utf8').match(ERRATUM_ID) ?? []),
  );
  const registered = OICP_ERRATA.map((erratum) => erratum.id);

  it('should register each erratum once', () => {
    expect(new Set(registered).size).toBe(registered.length);
  });

  it('should name every registered erratum at the schema or operation that applies it', () => {
    expect(registered.filter((id) => !mentioned.has(id))).toEqual([]);
  });

  it('should register every erratum a source comment names', () => {
    expect([...mentioned].filter((id) => !registered.includes(id))).toEqual([]);
  });
});
