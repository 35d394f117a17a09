import { ConfigValidationError } from '@chargemesh/platform-config';
import { AdminApi, AdminApiError } from './admin-api';
import { loadCliConfig } from './cli-config';
import { resolveCommand, usage, UsageError } from './commands';

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

/**
 * Runs one admin command and returns the exit code: 0 with the service's JSON answer on stdout,
 * 1 when the service refused or could not be reached, 2 for a usage or configuration problem.
 */
export async function runCli(argv: readonly string[], env: NodeJS.ProcessEnv, io: CliIo, fetchImpl: typeof fetch = fetch): Promise<number> {
  if (argv.length === 0 || argv[0] === 'help' || argv[0] === '--help') {
    io.out(usage());
    return argv.length === 0 ? 2 : 0;
  }
  try {
    const { command, args } = resolveCommand(argv);
    const answer = await command.run(new AdminApi(loadCliConfig(env), fetchImpl), args);
    io.out(JSON.stringify(answer, null, 2));
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`${error.message}\n\n${usage()}`);
      return 2;
    }
    if (error instanceof ConfigValidationError) {
      io.err(error.message);
      return 2;
    }
    if (error instanceof AdminApiError) {
      io.err(error.message);
      return 1;
    }
    throw error;
  }
}
