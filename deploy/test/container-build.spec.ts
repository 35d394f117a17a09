import { existsSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { readText, repoRoot } from './kustomize-lite';
import { allInOneApp, sampleSecrets, services } from './services';

interface ComposeService {
  image?: string;
  build?: { context?: string; dockerfile?: string; args?: Record<string, string> };
  command?: string[] | string;
  environment?: Record<string, string>;
  ports?: string[];
  volumes?: string[];
  depends_on?: Record<string, { condition?: string }>;
  healthcheck?: { test?: string[] | string };
}

let compose: { services: Record<string, ComposeService> };
let appServices: [string, ComposeService][];
beforeAll(() => {
  compose = parse(readText(path.join(repoRoot, 'docker-compose.yml')), { merge: true }) as typeof compose;
  appServices = Object.entries(compose.services).filter(([, service]) => service.build !== undefined);
});

/** Compose interpolation with every variable unset: defaults apply, required ones get a sample. */
function interpolate(value: string): string {
  return value.replace(/\$\{(\w+)(?::?([-?])([^}]*))?\}/g, (_all, name: string, kind?: string, rest?: string) => {
    if (kind === '-') return rest ?? '';
    if (kind === '?') return sampleSecrets[name] ?? `sample-${name.toLowerCase()}`;
    return '';
  });
}

describe('docker-compose.yml', () => {
  it('should run NATS with JetStream on a volume and Postgres 15, both with health checks', () => {
    const { nats, postgres } = compose.services;
    const command = Array.isArray(nats.command) ? nats.command : String(nats.command).split(/\s+/);
    expect(command).toEqual(expect.arrayContaining(['-js', '-sd']));
    expect(nats.image).toMatch(/^nats:\d/);
    expect(nats.volumes?.some((volume) => volume.endsWith(`:${command[command.indexOf('-sd') + 1]}`))).toBe(true);
    expect(postgres.image).toMatch(/^postgres:15(\b|$)/);
    expect(nats.healthcheck?.test).toBeDefined();
    expect(postgres.healthcheck?.test).toBeDefined();
  });

  it('should build each of the six services from the Dockerfile with APP set to its app name', () => {
    expect(appServices.map(([name]) => name).sort()).toEqual(services.map((s) => s.name).sort());
    for (const [name, service] of appServices) {
      expect(service.build?.args?.APP).toBe(name);
      expect(service.build?.dockerfile ?? 'Dockerfile').toBe('Dockerfile');
      expect(existsSync(path.join(repoRoot, 'apps', name, 'src', 'main.ts'))).toBe(true);
    }
  });

  it.each(services)('should health-check /health/ready on the port $name listens on', (facts) => {
    const service = compose.services[facts.name];
    const test = ([] as string[]).concat(service.healthcheck?.test ?? []).join(' ');
    expect(test).toContain(`:${facts.port}/health/ready`);
    expect(service.environment?.[facts.portEnv]).toBe(String(facts.port));
    expect(service.depends_on).toMatchObject({ nats: { condition: 'service_healthy' }, postgres: { condition: 'service_healthy' } });
  });

  it('should publish the public gateways and only the admin API besides them, on localhost', () => {
    for (const [name, service] of appServices) {
      const facts = services.find((s) => s.name === name);
      const published = (service.ports ?? []).map((port) => String(port));
      if (facts?.isPublic) expect(published).toContain(`${facts.port}:${facts.port}`);
      else for (const port of published) expect(port).toMatch(/^127\.0\.0\.1:/);
    }
  });

  it('should take ADMIN_TOKEN and the encryption keys from the environment and no secret as a literal', () => {
    for (const [name, service] of appServices) {
      const facts = services.find((s) => s.name === name);
      for (const secret of ['ADMIN_TOKEN', ...Object.keys(facts?.secrets ?? {})]) {
        expect({ name, secret, value: service.environment?.[secret] }).toEqual({ name, secret, value: expect.stringMatching(new RegExp(`^\\$\\{${secret}:\\?[^}]*\\}$`)) });
      }
    }
    const example = readText(path.join(repoRoot, '.env.example'));
    for (const secret of ['ADMIN_TOKEN', 'CREDENTIALS_ENCRYPTION_KEY', 'OICP_ENCRYPTION_KEY']) expect(example).toMatch(new RegExp(`^${secret}=$`, 'm'));
  });

  it('should give every service an environment that its own config schema accepts', () => {
    for (const [name, service] of appServices) {
      const facts = services.find((s) => s.name === name);
      const env = Object.fromEntries(Object.entries(service.environment ?? {}).map(([key, value]) => [key, interpolate(String(value))]));
      expect({ name, issues: facts?.configSchema.safeParse(env).error?.issues ?? [] }).toEqual({ name, issues: [] });
      expect(env).toMatchObject({ NODE_ENV: 'production', DATABASE_CREATE_IF_MISSING: 'true' });
    }
  });
});

interface Stage {
  from: string;
  name?: string;
  instructions: { keyword: string; args: string }[];
}

function parseDockerfile(text: string): { args: Map<string, string>; stages: Stage[] } {
  const lines = text.replace(/\\\r?\n/g, ' ').split(/\r?\n/).map((line) => line.trim()).filter((line) => line && !line.startsWith('#'));
  const args = new Map<string, string>();
  const stages: Stage[] = [];
  for (const line of lines) {
    const [keyword, ...rest] = line.split(/\s+/);
    const instruction = { keyword: keyword.toUpperCase(), args: rest.join(' ') };
    if (instruction.keyword === 'FROM') {
      const [from, as, name] = rest;
      stages.push({ from, name: as?.toUpperCase() === 'AS' ? name : undefined, instructions: [] });
    } else if (stages.length) stages[stages.length - 1].instructions.push(instruction);
    else if (instruction.keyword === 'ARG') {
      const [key, value] = instruction.args.split('=');
      args.set(key, value ?? '');
    }
  }
  return { args, stages };
}

describe('Dockerfile', () => {
  const { args, stages } = parseDockerfile(readText(path.join(repoRoot, 'Dockerfile')));
  const runtime = stages[stages.length - 1];
  const of = (stage: Stage, keyword: string) => stage.instructions.filter((i) => i.keyword === keyword).map((i) => i.args);
  const resolve = (image: string) => image.replace(/\$\{?(\w+)\}?/g, (_all, name: string) => args.get(name) ?? '');

  it('should build every stage on a Node 22 image', () => {
    const stageNames = new Set(stages.map((s) => s.name));
    for (const stage of stages) {
      if (!stageNames.has(stage.from)) expect(resolve(stage.from)).toMatch(/^node:22([.-]|$)/);
    }
  });

  it('should compile in a build stage and copy production-only dependencies into the runtime stage', () => {
    const build = stages.find((s) => of(s, 'RUN').some((run) => run.includes('npm run build')));
    expect(build && of(build, 'RUN').some((run) => /npm ci(?!.*--omit=dev)/.test(run))).toBe(true);
    const prodDeps = stages.find((s) => of(s, 'RUN').some((run) => /npm ci .*--omit=dev/.test(run)));
    expect(prodDeps?.name).toBeDefined();
    expect(of(runtime, 'COPY')).toEqual(expect.arrayContaining([expect.stringMatching(new RegExp(`--from=${prodDeps?.name} \\S*node_modules`))]));
    expect(of(runtime, 'COPY')).toEqual(expect.arrayContaining([expect.stringMatching(new RegExp(`--from=${build?.name} \\S*dist`))]));
  });

  it('should run node dist/apps/${APP}/src/main.js as a non-root user in production mode', () => {
    expect(of(runtime, 'ARG')).toContain(`APP=${allInOneApp}`);
    expect(of(runtime, 'ENV').join(' ')).toMatch(/NODE_ENV=production/);
    const users = of(runtime, 'USER');
    expect(users.length).toBeGreaterThan(0);
    expect(users[users.length - 1]).not.toMatch(/^(root|0)(:|$)/);
    const start = [...of(runtime, 'CMD'), ...of(runtime, 'ENTRYPOINT')].join(' ');
    const appVariable = /node \\?"?dist\/apps\/\$\{?(\w+)\}?\/src\/main\.js/.exec(start)?.[1];
    expect(appVariable).toBeDefined();
    // The start command reads APP itself, or a variable the stage sets from it.
    if (appVariable !== 'APP') expect(of(runtime, 'ENV').join(' ')).toMatch(new RegExp(`\\b${appVariable}=\\$\\{?APP\\}?(\\s|$)`));
    expect(of(runtime, 'EXPOSE').join(' ').split(/\s+/).map(Number).sort()).toEqual(services.map((s) => s.port).sort());
  });

  it('should keep node_modules, dist and .env out of the build context', () => {
    const ignored = readText(path.join(repoRoot, '.dockerignore')).split(/\r?\n/).map((line) => line.trim());
    const allowList = ignored.includes('*');
    for (const entry of ['node_modules', 'dist', '.env']) {
      expect(allowList ? !ignored.includes(`!${entry}`) : ignored.some((line) => line.replace(/^\*\*\//, '') === entry)).toBe(true);
    }
  });
});
