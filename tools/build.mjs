// Compiles apps/, libs/ and tools/ to dist/ with SWC (about a second for the whole workspace),
// rewriting the tsconfig path aliases into relative requires so `node dist/...` runs as is.
// Type checking is `npm run typecheck` (tsc), which CI runs with the lint.
import { transformFile } from '@swc/core';
import { mkdir, rm, writeFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { swcOptions, workspaceRoot } = require('./swc-options.cjs');
const roots = ['apps', 'libs', 'tools'];
// `--out <dir>` builds elsewhere (tests build their own copy so they never race a running dist/).
const outFlag = process.argv.indexOf('--out');
const outDir = path.resolve(workspaceRoot, outFlag > 0 ? process.argv[outFlag + 1] : 'dist');
const isSource = (name) => name.endsWith('.ts') && !name.endsWith('.d.ts') && !/\.((int-)?spec|fixture)\.ts$/.test(name);

async function* walk(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules') continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else if (isSource(entry.name)) yield full;
  }
}

await rm(outDir, { recursive: true, force: true });
const files = [];
for (const root of roots) for await (const file of walk(path.join(workspaceRoot, root))) files.push(file);
const options = swcOptions({ paths: true });
await Promise.all(files.map(async (file) => {
  const out = path.join(outDir, path.relative(workspaceRoot, file)).replace(/\.ts$/, '.js');
  const { code, map } = await transformFile(file, { ...options, filename: file, swcrc: false, outputPath: out });
  await mkdir(path.dirname(out), { recursive: true });
  await writeFile(out, map ? `${code}\n//# sourceMappingURL=${path.basename(out)}.map` : code);
  if (map) await writeFile(`${out}.map`, map);
}));
console.log(`built ${files.length} files into ${path.relative(workspaceRoot, outDir)}/`);
