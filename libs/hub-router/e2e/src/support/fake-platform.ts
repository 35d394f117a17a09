import { randomBytes } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Json } from '@chargemesh/credentials-e2e/ocpi-http';

/** A request the fake received. */
export interface Received {
  method: string;
  /** Path below the fake's base, e.g. `/2.2.1/receiver/sessions/NL/CPA/S1`. */
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  /** The body exactly as it arrived. */
  raw: string;
  body: Json;
}

export interface FakeAnswer {
  status?: number;
  /** An object is sent as JSON; a string as it is. */
  body?: unknown;
  headers?: Record<string, string>;
  delayMs?: number;
}

type Handler = (request: Received) => FakeAnswer | Promise<FakeAnswer>;

export interface FakeRole {
  countryCode: string;
  partyId: string;
  role: 'CPO' | 'EMSP' | 'HUB' | 'NSP' | 'OTHER' | 'SCSP';
}

export const envelope = (data?: unknown, statusCode = 1000, statusMessage?: string) => ({ ...(data === undefined ? {} : { data }), status_code: statusCode, ...(statusMessage ? { status_message: statusMessage } : {}), timestamp: new Date().toISOString() });

/**
 * An OCPI 2.2.1 platform written for the tests, independently of our code: it serves versions,
 * version details and a credentials endpoint (so a ChargeMesh instance can register with it), and
 * the functional interfaces it is told to offer, answering with handlers the test sets and
 * recording every request. It calls the instance it registered with using the token it was given.
 */
export class FakePlatform {
  readonly received: Received[] = [];
  /** What we hand out as token A; the instance registers with it. */
  readonly tokenA = randomBytes(12).toString('hex');
  /** The token we answer the registration with: the instance presents it when it calls us. */
  readonly tokenC = randomBytes(12).toString('hex');
  /** The token the instance gave us (its B): we present it when we call the instance. */
  theirToken?: string;
  private readonly handlers: { prefix: string; handler: Handler }[] = [];

  private constructor(
    readonly name: string,
    private readonly server: Server,
    readonly roles: FakeRole[],
    private readonly interfaces: [string, 'SENDER' | 'RECEIVER'][],
  ) {}

  static async start(name: string, roles: FakeRole[], interfaces: [string, 'SENDER' | 'RECEIVER'][]): Promise<FakePlatform> {
    const server = createServer();
    const fake = new FakePlatform(name, server, roles, interfaces);
    server.keepAliveTimeout = 30_000;
    server.on('request', (request, response) => void fake.handle(request, response));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return fake;
  }

  get base(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  get versionsUrl(): string {
    return `${this.base}/versions`;
  }

  endpoint(module: string, role: 'SENDER' | 'RECEIVER'): string {
    return `${this.base}/2.2.1/${role.toLowerCase()}/${module}`;
  }

  /** Answers requests whose path starts with `prefix` (the latest registration wins). */
  on(prefix: string, handler: Handler): void {
    this.handlers.unshift({ prefix, handler });
  }

  requestsTo(prefix: string): Received[] {
    return this.received.filter((request) => request.path.startsWith(prefix));
  }

  stop(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  /** An OCPI request to the instance we are registered with. */
  async call(method: string, url: string, options: { body?: unknown; raw?: string; headers?: Record<string, string> } = {}): Promise<{ status: number; headers: Headers; body: Json; raw: string }> {
    const headers: Record<string, string> = { authorization: `Token ${Buffer.from(this.theirToken ?? '', 'utf8').toString('base64')}`, ...options.headers };
    const body = options.raw ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
    if (body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(url, { method, headers, ...(body !== undefined ? { body } : {}) });
    const raw = await response.text();
    let parsed: Json;
    try {
      parsed = raw ? JSON.parse(raw) : undefined;
    } catch {
      parsed = raw;
    }
    return { status: response.status, headers: response.headers, body: parsed, raw };
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const url = new URL(request.url ?? '/', this.base);
    let body: Json;
    try {
      body = raw ? JSON.parse(raw) : undefined;
    } catch {
      body = raw;
    }
    const received: Received = { method: request.method ?? 'GET', path: url.pathname, query: url.searchParams, headers: request.headers, raw, body };
    this.received.push(received);
    const answer = await this.answer(received);
    if (answer.delayMs) await new Promise((resolve) => setTimeout(resolve, answer.delayMs));
    const text = typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body ?? envelope());
    response.writeHead(answer.status ?? 200, { 'content-type': 'application/json', ...answer.headers });
    response.end(text);
  }

  private async answer(request: Received): Promise<FakeAnswer> {
    const token = Buffer.from((request.headers.authorization ?? '').replace(/^Token /, ''), 'base64').toString('utf8');
    const known = token === this.tokenC || token === this.tokenA;
    if (!known) return { status: 401, body: envelope(undefined, 2000, 'unknown token') };
    if (request.path === '/versions') return { body: envelope([{ version: '2.2.1', url: `${this.base}/2.2.1` }]) };
    if (request.path === '/2.2.1') {
      const endpoints = [{ identifier: 'credentials', role: 'SENDER', url: `${this.base}/2.2.1/credentials` }, ...this.interfaces.map(([module, role]) => ({ identifier: module, role, url: this.endpoint(module, role) }))];
      return { body: envelope({ version: '2.2.1', endpoints }) };
    }
    if (request.path === '/2.2.1/credentials' && request.method === 'POST') {
      this.theirToken = request.body.token;
      const roles = this.roles.map((role) => ({ role: role.role, country_code: role.countryCode, party_id: role.partyId, business_details: { name: `${this.name} ${role.partyId}` } }));
      return { body: envelope({ token: this.tokenC, url: this.versionsUrl, roles }) };
    }
    if (token !== this.tokenC) return { status: 401, body: envelope(undefined, 2000, 'token A opens only versions and credentials') };
    const handler = this.handlers.find((candidate) => request.path.startsWith(candidate.prefix));
    return handler ? handler.handler(request) : { body: envelope() };
  }
}
