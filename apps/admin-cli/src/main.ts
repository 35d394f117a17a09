import { runCli } from './cli';

// The admin CLI: `node dist/apps/admin-cli/src/main.js <command>` or `npm run admin -- <command>`.
void runCli(process.argv.slice(2), process.env, { out: (text) => process.stdout.write(`${text}\n`), err: (text) => process.stderr.write(`${text}\n`) }).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 1;
  },
);
