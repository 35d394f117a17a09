import type { AdminApi } from './admin-api';

export class UsageError extends Error {}

export interface ParsedArgs {
  positional: string[];
  options: Record<string, string>;
}

/** `a b --name x` → positional [a, b], options {name: x}. */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  const positional: string[] = [];
  const options: Record<string, string> = {};
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index];
    if (arg.startsWith('--')) {
      const [key, inline] = arg.slice(2).split('=', 2);
      const value = inline ?? argv[++index];
      if (!key || value === undefined) throw new UsageError(`option ${arg} needs a value`);
      options[key] = value;
    } else {
      positional.push(arg);
    }
  }
  return { positional, options };
}

interface Command {
  usage: string;
  summary: string;
  /** Exact number of positional arguments, or the minimum when `variadic`. */
  arity: number;
  variadic?: boolean;
  run(api: AdminApi, args: ParsedArgs): Promise<unknown>;
}

const ROLES = ['CPO', 'EMSP', 'HUB', 'NAP', 'NSP', 'OTHER', 'SCSP'];

/** `CPO:Charge NL` → {role: CPO, businessDetails: {name: Charge NL}}; the name defaults to the party. */
function roleEntry(spec: string, fallbackName: string) {
  const [role, ...name] = spec.split(':');
  if (!ROLES.includes(role.toUpperCase())) throw new UsageError(`unknown role ${JSON.stringify(role)}: use one of ${ROLES.join(', ')}`);
  return { role: role.toUpperCase(), businessDetails: { name: name.join(':') || fallbackName } };
}

/** `NL:ABC:CPO` → a party and role a partner is expected to register with. */
function plannedRole(spec: string) {
  const [countryCode, partyId, role] = spec.split(':');
  if (!countryCode || !partyId || !role) throw new UsageError(`--plan takes COUNTRY:PARTY:ROLE entries separated by commas, not ${JSON.stringify(spec)}`);
  return { countryCode, partyId, role: roleEntry(role, '').role };
}

const id = (args: ParsedArgs) => encodeURIComponent(args.positional[0]);

export const COMMANDS: Record<string, Command> = {
  'add-party': {
    usage: 'add-party <country> <party> <ROLE[:name]>...',
    summary: 'host a party here, e.g. add-party NL CMX "CPO:ChargeMesh CPO" EMSP',
    arity: 3,
    variadic: true,
    run: (api, { positional: [countryCode, partyId, ...roles] }) =>
      api.directory('POST', '/admin/parties', { countryCode, partyId, roles: roles.map((spec) => roleEntry(spec, `${countryCode}*${partyId}`)) }),
  },
  parties: { usage: 'parties', summary: 'the parties hosted here', arity: 0, run: (api) => api.directory('GET', '/admin/parties') },
  'issue-token-a': {
    usage: 'issue-token-a [--name <label>] [--plan CC:PID:ROLE,...]',
    summary: 'issue a token A for a partner that will register with us (shown once); a Hub announces planned parties as PLANNED',
    arity: 0,
    run: (api, { options }) =>
      api.credentials('POST', '/admin/partners/token-a', {
        ...(options.name ? { name: options.name } : {}),
        ...(options.plan ? { plannedRoles: options.plan.split(',').map(plannedRole) } : {}),
      }),
  },
  register: {
    usage: 'register <versions-url> <token-a> [--name <label>]',
    summary: "register with a partner, given its versions URL and the token A it gave us",
    arity: 2,
    run: (api, { positional: [versionsUrl, token], options }) => api.credentials('POST', '/admin/partners/register', { versionsUrl, token, ...(options.name ? { name: options.name } : {}) }),
  },
  partners: { usage: 'partners', summary: 'partner platforms with their handshake status (credentials service)', arity: 0, run: (api) => api.credentials('GET', '/admin/partners') },
  partner: { usage: 'partner <platform-id>', summary: 'one partner platform', arity: 1, run: (api, args) => api.credentials('GET', `/admin/partners/${id(args)}`) },
  rotate: { usage: 'rotate <platform-id>', summary: 'rotate the tokens of a registered partner', arity: 1, run: (api, args) => api.credentials('POST', `/admin/partners/${id(args)}/rotate`) },
  unregister: { usage: 'unregister <platform-id>', summary: 'unregister a partner (DELETE at its credentials endpoint)', arity: 1, run: (api, args) => api.credentials('POST', `/admin/partners/${id(args)}/unregister`) },
  suspend: { usage: 'suspend <platform-id>', summary: 'suspend a partner for good: its tokens stop working', arity: 1, run: (api, args) => api.credentials('POST', `/admin/partners/${id(args)}/suspend`) },
  platforms: { usage: 'platforms', summary: 'partner platforms, their roles and connections (directory)', arity: 0, run: (api) => api.directory('GET', '/admin/platforms') },
  routes: { usage: 'routes', summary: 'the routing table: every remote party and the route to it', arity: 0, run: (api) => api.directory('GET', '/admin/routes') },
  'set-route': {
    usage: 'set-route <country> <party> <platform-id>',
    summary: 'pin the route to a remote party to a partner platform (its own, or a Hub)',
    arity: 3,
    run: (api, { positional: [countryCode, partyId, platformId] }) => api.directory('PUT', `/admin/routes/${encodeURIComponent(countryCode)}/${encodeURIComponent(partyId)}`, { platformId }),
  },
  'clear-route': {
    usage: 'clear-route <country> <party>',
    summary: 'choose the route to a remote party automatically again',
    arity: 2,
    run: (api, { positional: [countryCode, partyId] }) => api.directory('DELETE', `/admin/routes/${encodeURIComponent(countryCode)}/${encodeURIComponent(partyId)}`),
  },
};

export function usage(): string {
  const width = Math.max(...Object.values(COMMANDS).map((command) => command.usage.length));
  return [
    'usage: npm run admin -- <command> [arguments]   (or: node dist/apps/admin-cli/src/main.js <command>)',
    '',
    ...Object.values(COMMANDS).map((command) => `  ${command.usage.padEnd(width)}  ${command.summary}`),
    '',
    'environment: ADMIN_TOKEN (required), CHARGEMESH_DIRECTORY_URL (http://127.0.0.1:8083), CHARGEMESH_CREDENTIALS_URL (http://127.0.0.1:8082)',
  ].join('\n');
}

export function resolveCommand(argv: readonly string[]): { command: Command; args: ParsedArgs } {
  const [name, ...rest] = argv;
  const command = name ? COMMANDS[name] : undefined;
  if (!command) throw new UsageError(name ? `unknown command ${JSON.stringify(name)}` : 'no command given');
  const args = parseArgs(rest);
  const count = args.positional.length;
  if (command.variadic ? count < command.arity : count !== command.arity) throw new UsageError(`usage: ${command.usage}`);
  return { command, args };
}
