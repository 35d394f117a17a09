// `npm test`: runs every project's Jest suite through Nx (two at a time on the 2-core machines),
// then prints one closing line with the totals. Extra arguments go to `nx run-many`.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const resultsDir = path.join(root, 'tmp/test-results');
rmSync(resultsDir, { recursive: true, force: true });
mkdirSync(resultsDir, { recursive: true });

const nx = spawnSync('npx', ['nx', 'run-many', '-t', 'test', '--parallel=2', '--outputStyle=static', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, NX_DAEMON: process.env.NX_DAEMON ?? 'false' },
});

const totals = { passed: 0, failed: 0, skipped: 0, projects: 0 };
for (const file of readdirSync(resultsDir)) {
  const result = JSON.parse(readFileSync(path.join(resultsDir, file), 'utf8'));
  totals.passed += result.passed;
  totals.failed += result.failed;
  totals.skipped += result.skipped;
  totals.projects += 1;
}
console.log(`\n${totals.projects} projects tested`);
console.log(`tests: ${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
const ranNothing = totals.passed + totals.failed === 0;
if (ranNothing) console.error('no test ran');
process.exit(nx.status !== 0 || totals.failed > 0 || ranNothing ? 1 : 0);
