import { runStationAdmin } from './station-admin';

void runStationAdmin(process.argv.slice(2), process.env, (text) => process.stdout.write(`${text}\n`), (text) => process.stderr.write(`${text}\n`)).then((code) => {
  process.exitCode = code;
});
