import http from 'node:http';
import https from 'node:https';
import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { CodedError } from '@chargemesh/contracts/envelope';
import { ROUTING_REFUSALS } from '@chargemesh/hub-router-domain';
import { SERVICE_CONFIG } from '@chargemesh/platform-runtime';
import type { HubRouterConfig } from '../hub-router.config';

export interface PeerRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  body?: Buffer;
  timeoutMs: number;
}

export interface PeerResponse {
  status: number;
  /** Lower-case names; repeated values joined with ", ". */
  headers: Record<string, string>;
  body: Buffer;
}

/** A receiver's answer larger than this is not passed on (4000): OCPI pages are far smaller. */
const MAX_RESPONSE_BYTES = 32 * 1024 * 1024;

/**
 * HTTP to partner platforms over keep-alive connections (one pool per scheme, OCPI_PEER_MAX_SOCKETS
 * per host), so that a routed request costs no TCP or TLS handshake. A time-out is ROUTING.TIMEOUT
 * (4002), a connection failure ROUTING.UNREACHABLE (4003).
 */
@Injectable()
export class PeerHttpClient implements OnApplicationShutdown {
  private readonly httpAgent: http.Agent;
  private readonly httpsAgent: https.Agent;

  constructor(@Inject(SERVICE_CONFIG) config: HubRouterConfig) {
    const options = { keepAlive: true, keepAliveMsecs: 1_000, maxSockets: config.OCPI_PEER_MAX_SOCKETS, maxFreeSockets: config.OCPI_PEER_MAX_SOCKETS, scheduling: 'lifo' as const };
    this.httpAgent = new http.Agent(options);
    this.httpsAgent = new https.Agent(options);
  }

  onApplicationShutdown(): void {
    this.httpAgent.destroy();
    this.httpsAgent.destroy();
  }

  send(request: PeerRequest): Promise<PeerResponse> {
    const url = new URL(request.url);
    const secure = url.protocol === 'https:';
    const headers: Record<string, string> = { ...request.headers };
    if (request.body) headers['content-length'] = String(request.body.length);
    return new Promise<PeerResponse>((resolve, reject) => {
      const outgoing = (secure ? https : http).request(url, { method: request.method, headers, agent: secure ? this.httpsAgent : this.httpAgent });
      const timer = setTimeout(() => {
        outgoing.destroy(new CodedError(ROUTING_REFUSALS.timeout, `no answer from ${url.origin} within ${request.timeoutMs} ms`));
      }, request.timeoutMs);
      outgoing.on('response', (response) => {
        const chunks: Buffer[] = [];
        let size = 0;
        response.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > MAX_RESPONSE_BYTES) response.destroy(new CodedError(ROUTING_REFUSALS.badReceiverAnswer, `the answer from ${url.origin} exceeds ${MAX_RESPONSE_BYTES} bytes`));
          else chunks.push(chunk);
        });
        response.on('error', (error) => {
          clearTimeout(timer);
          reject(asPeerError(error, url));
        });
        response.on('end', () => {
          clearTimeout(timer);
          resolve({ status: response.statusCode ?? 502, headers: flatten(response.headers), body: Buffer.concat(chunks) });
        });
      });
      outgoing.on('error', (error) => {
        clearTimeout(timer);
        reject(asPeerError(error, url));
      });
      outgoing.end(request.body);
    });
  }
}

function asPeerError(error: Error, url: URL): CodedError {
  if (error instanceof CodedError) return error;
  return new CodedError(ROUTING_REFUSALS.unreachable, `cannot reach ${url.origin}: ${(error as NodeJS.ErrnoException).code ?? error.message}`);
}

function flatten(headers: http.IncomingHttpHeaders): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) if (value !== undefined) flat[name] = Array.isArray(value) ? value.join(', ') : value;
  return flat;
}
