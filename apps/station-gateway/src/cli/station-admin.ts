import { parseArgs } from 'node:util';
import { z } from 'zod';

/**
 * `npm run station-admin -- <command> …`: the station gateway's admin API from a shell. It talks
 * HTTP to a running gateway (STATION_GATEWAY_URL, default http://127.0.0.1:8081) with ADMIN_TOKEN.
 */
export const USAGE = `Usage: npm run station-admin -- <command> [arguments] [options]

  provision <stationId> --party NL*CMX [--profile 1|2|3] [--password TEXT | --password-hex HEX] [--policy Accepted|Pending|Rejected]
  password <stationId> (--password TEXT | --password-hex HEX)
  settings <stationId> [--profile 1|2|3] [--policy Accepted|Pending|Rejected]
  get <stationId>
  list [--party NL*CMX] [--online true|false] [--limit N] [--after <stationId>]
  transactions <stationId> [--open]
  command <stationId> <Action> [payload JSON] [--timeout MS]
  allow-token <value> [--type TYPE] [--status Accepted|Blocked|Expired|Invalid] [--expires ISO-8601]
  remove-token <value> [--type TYPE]

Environment: STATION_GATEWAY_URL (default http://127.0.0.1:8081), ADMIN_TOKEN (required).
Passwords: --password is UTF-8 text of 16-40 characters (2.0.1); --password-hex is a 1.6 AuthorizationKey of 16-20 bytes.`;

const envSchema = z.object({
  STATION_GATEWAY_URL: z.url().default('http://127.0.0.1:8081'),
  ADMIN_TOKEN: z.string().min(1, 'set ADMIN_TOKEN to the gateway admin token'),
});

const options = {
  party: { type: 'string' },
  profile: { type: 'string' },
  password: { type: 'string' },
  'password-hex': { type: 'string' },
  policy: { type: 'string' },
  online: { type: 'string' },
  limit: { type: 'string' },
  after: { type: 'string' },
  open: { type: 'boolean' },
  timeout: { type: 'string' },
  type: { type: 'string' },
  status: { type: 'string' },
  expires: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export class UsageError extends Error {}

interface Request {
  method: string;
  path: string;
  body?: unknown;
}

const segment = encodeURIComponent;

function party(value: string | undefined) {
  const match = value === undefined ? null : /^([A-Za-z]{2})\*([A-Za-z0-9]{3})$/.exec(value);
  if (!match) throw new UsageError('--party must look like NL*CMX');
  return { countryCode: match[1], partyId: match[2] };
}

function passwordFields(values: { password?: string; 'password-hex'?: string }) {
  return { ...(values.password !== undefined ? { password: values.password } : {}), ...(values['password-hex'] !== undefined ? { passwordHex: values['password-hex'] } : {}) };
}

/** Turns command-line arguments into the admin API request they stand for. */
export function requestFor(argv: string[]): Request {
  const { values, positionals } = parseArgs({ args: argv, options, allowPositionals: true });
  const [command, first, second, third] = positionals;
  const need = (value: string | undefined, what: string) => {
    if (!value) throw new UsageError(`${command} needs ${what}`);
    return value;
  };
  switch (command) {
    case 'provision':
      return {
        method: 'POST',
        path: '/admin/stations',
        body: {
          stationId: need(first, 'a station id'),
          party: party(values.party),
          securityProfile: Number(values.profile ?? 1),
          ...(values.policy ? { registrationPolicy: values.policy } : {}),
          ...passwordFields(values),
        },
      };
    case 'password':
      return { method: 'PUT', path: `/admin/stations/${segment(need(first, 'a station id'))}/password`, body: passwordFields(values) };
    case 'settings':
      return {
        method: 'PATCH',
        path: `/admin/stations/${segment(need(first, 'a station id'))}`,
        body: { ...(values.profile ? { securityProfile: Number(values.profile) } : {}), ...(values.policy ? { registrationPolicy: values.policy } : {}) },
      };
    case 'get':
      return { method: 'GET', path: `/admin/stations/${segment(need(first, 'a station id'))}` };
    case 'list': {
      const query = new URLSearchParams();
      if (values.party) {
        const { countryCode, partyId } = party(values.party);
        query.set('countryCode', countryCode);
        query.set('partyId', partyId);
      }
      for (const key of ['online', 'limit', 'after'] as const) if (values[key] !== undefined) query.set(key, String(values[key]));
      return { method: 'GET', path: `/admin/stations${query.size ? `?${query}` : ''}` };
    }
    case 'transactions':
      return { method: 'GET', path: `/admin/stations/${segment(need(first, 'a station id'))}/transactions${values.open ? '?open=true' : ''}` };
    case 'command': {
      let payload: unknown = {};
      try {
        payload = third ? JSON.parse(third) : {};
      } catch {
        throw new UsageError('the payload must be JSON, e.g. \'{"type":"Immediate"}\'');
      }
      return {
        method: 'POST',
        path: `/admin/stations/${segment(need(first, 'a station id'))}/commands`,
        body: { action: need(second, 'an OCPP action'), payload, ...(values.timeout ? { timeoutMs: Number(values.timeout) } : {}) },
      };
    }
    case 'allow-token':
      return {
        method: 'PUT',
        path: '/admin/local-authorizations',
        body: {
          idToken: { value: need(first, 'a token value'), ...(values.type ? { type: values.type } : {}) },
          status: values.status ?? 'Accepted',
          ...(values.expires ? { expiresAt: values.expires } : {}),
        },
      };
    case 'remove-token':
      return { method: 'DELETE', path: '/admin/local-authorizations', body: { idToken: { value: need(first, 'a token value'), ...(values.type ? { type: values.type } : {}) } } };
    default:
      throw new UsageError(command ? `unknown command ${command}` : 'no command given');
  }
}

/** Runs one CLI invocation; returns the exit code. Output goes to `print`, problems to `fail`. */
export async function runStationAdmin(argv: string[], env: NodeJS.ProcessEnv, print: (text: string) => void, fail: (text: string) => void): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h') || argv.length === 0) {
    print(USAGE);
    return argv.length === 0 ? 2 : 0;
  }
  let request: Request;
  try {
    request = requestFor(argv);
  } catch (error) {
    fail(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const config = envSchema.safeParse(env);
  if (!config.success) {
    fail(config.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('\n'));
    return 2;
  }
  const response = await fetch(new URL(request.path, config.data.STATION_GATEWAY_URL), {
    method: request.method,
    headers: { authorization: `Bearer ${config.data.ADMIN_TOKEN}`, 'content-type': 'application/json' },
    ...(request.body !== undefined ? { body: JSON.stringify(request.body) } : {}),
  }).catch((error: unknown) => {
    fail(`cannot reach the station gateway at ${config.data.STATION_GATEWAY_URL}: ${(error as Error).message}`);
    return undefined;
  });
  if (!response) return 1;
  const text = await response.text();
  const shown = text ? JSON.stringify(JSON.parse(text), null, 2) : '';
  if (response.ok) {
    print(shown);
    return 0;
  }
  fail(`HTTP ${response.status}\n${shown}`);
  return 1;
}
