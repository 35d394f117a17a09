import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakePartnerOptions {
  /** The versions it lists (default 2.2.1). */
  versions?: string[];
  /** Whether its 2.2.1 details list a credentials endpoint (default true). */
  credentialsEndpoint?: boolean;
  /** Answer every request with this HTTP status instead (e.g. 401). */
  failWith?: number;
}

/**
 * A minimal OCPI peer written independently of our code: it serves a versions list and version
 * details, and records the Authorization headers it received, so a test can check what we sent.
 */
export class FakePartner {
  readonly authorizations: string[] = [];

  private constructor(
    private readonly server: Server,
    private readonly options: FakePartnerOptions,
  ) {}

  static async start(options: FakePartnerOptions = {}): Promise<FakePartner> {
    const server = createServer();
    const partner = new FakePartner(server, options);
    server.on('request', (request, response) => partner.handle(request, response));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return partner;
  }

  get base(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  get versionsUrl(): string {
    return `${this.base}/versions`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private handle(request: IncomingMessage, response: import('node:http').ServerResponse): void {
    this.authorizations.push(request.headers.authorization ?? '');
    const send = (status: number, data?: unknown) => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ ...(data === undefined ? {} : { data }), status_code: status === 200 ? 1000 : 2000, timestamp: new Date().toISOString() }));
    };
    if (this.options.failWith) return send(this.options.failWith);
    const versions = this.options.versions ?? ['2.2.1'];
    if (request.url === '/versions') return send(200, versions.map((version) => ({ version, url: `${this.base}/${version}` })));
    const version = request.url?.slice(1) ?? '';
    if (versions.includes(version)) {
      const endpoints = [{ identifier: 'locations', role: 'RECEIVER', url: `${this.base}/${version}/locations` }];
      if (this.options.credentialsEndpoint ?? true) endpoints.push({ identifier: 'credentials', role: 'SENDER', url: `${this.base}/${version}/credentials` });
      return send(200, { version, endpoints });
    }
    send(404);
  }
}
