import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import { CodedError } from '@chargemesh/contracts/envelope';
import { OICP_ERRORS } from '@chargemesh/contracts/oicp';
import { injectTraceContext, SpanKind, withSpan } from '@chargemesh/platform-observability';
import { LOGGER } from '@chargemesh/platform-runtime';
import { type OicpOperation, operationPath, parseOicpBody } from '@chargemesh/protocol-oicp';
import { OwnClientCertificate } from '../shared/own-client-certificate';
import { PeerCredentialsRepository } from '../shared/peer-credentials.repository';
import { RegistryReadModel } from '../shared/registry.read-model';
import { OicpAudit } from './oicp-audit';
import { type ClientTls, postJson } from './peer-transport';

/** What a call to a peer came to. `answered` includes OICP refusals and HTTP errors with a StatusCode. */
export type PeerCallResult<TResponse = unknown> =
  | { kind: 'answered'; httpStatus: number; body?: TResponse; code?: string; result?: boolean }
  | { kind: 'timed-out' | 'unreachable' | 'invalid-response'; detail: string };

export interface PeerCallOptions {
  query?: Record<string, string | number>;
  /** Overrides the peer's configured request time-out. */
  timeoutMs?: number;
}

const headerCarrier = (headers: Record<string, string>) => ({
  get: (key: string) => headers[key] ?? '',
  set: (key: string, value: string) => {
    headers[key] = value;
  },
  keys: () => Object.keys(headers),
});

/**
 * Calls one OICP operation on one peer at Hubject's path (`<baseUrl>/api/oicp/...` with our own id in
 * the path), with the peer's time-out and token. Our request is checked against OICP 2.3 before it
 * leaves; the answer is checked before anyone reads it.
 */
@Injectable()
export class PeerClient {
  constructor(
    private readonly registry: RegistryReadModel,
    private readonly credentials: PeerCredentialsRepository,
    private readonly audit: OicpAudit,
    private readonly certificate: OwnClientCertificate,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async call<TResponse = unknown>(peerId: string, operation: OicpOperation, callerId: string | undefined, body: unknown, options: PeerCallOptions = {}): Promise<PeerCallResult<TResponse>> {
    const checked = parseOicpBody(operation.request, body);
    if (!checked.success) {
      throw new CodedError(OICP_ERRORS.invalid, `our ${operation.name} request is not valid OICP: ${checked.failure.statusCode.AdditionalInfo}`);
    }
    const peer = await this.registry.peer(peerId);
    if (!peer) throw new CodedError(OICP_ERRORS.peerNotFound, `no peer ${peerId}`);
    const token = await this.credentials.outboundToken(peerId);
    const tls = peer.presentsClientCertificate ? this.certificate.require() : undefined;
    const url = new URL(peer.baseUrl.replace(/\/+$/, '') + operationPath(operation, callerId));
    for (const [key, value] of Object.entries(options.query ?? {})) url.searchParams.set(key, String(value));
    const timeoutMs = options.timeoutMs ?? peer.requestTimeoutMs;
    const started = Date.now();
    const result = await withSpan(`POST ${operation.name}`, { kind: SpanKind.CLIENT, attributes: { 'oicp.operation': operation.name, 'oicp.peer': peerId } }, async () => {
      const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
      if (token) headers.authorization = `Bearer ${token}`;
      injectTraceContext(headerCarrier(headers));
      return this.send<TResponse>(url, headers, body, timeoutMs, operation, tls);
    });
    this.audit.record({ direction: 'out', peerId, operation: operation.name, httpStatus: result.kind === 'answered' ? result.httpStatus : undefined, code: result.kind === 'answered' ? result.code : undefined, outcome: result.kind, durationMs: Date.now() - started });
    if (result.kind !== 'answered') this.logger.debug({ peerId, operation: operation.name, outcome: result.kind, detail: result.detail }, 'OICP call did not get an answer');
    return result;
  }

  private async send<TResponse>(url: URL, headers: Record<string, string>, body: unknown, timeoutMs: number, operation: OicpOperation, tls?: ClientTls): Promise<PeerCallResult<TResponse>> {
    const sent = await postJson(url, headers, JSON.stringify(body), timeoutMs, tls);
    if (sent.kind !== 'response') return sent;
    const response = { status: sent.status, ok: sent.status >= 200 && sent.status < 300 };
    const text = sent.text;
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return response.ok ? { kind: 'invalid-response', detail: `HTTP ${response.status} without a JSON body` } : { kind: 'answered', httpStatus: response.status };
    }
    const statusOf = (value: unknown) => (value as { StatusCode?: { Code?: unknown } } | null)?.StatusCode?.Code;
    const code = statusOf(json);
    if (!response.ok) return { kind: 'answered', httpStatus: response.status, ...(typeof code === 'string' ? { code } : {}) };
    const parsed = parseOicpBody(operation.response, json);
    if (!parsed.success) return { kind: 'invalid-response', detail: `the ${operation.name} answer is not valid OICP: ${parsed.failure.statusCode.AdditionalInfo}` };
    const result = (parsed.data as { Result?: unknown }).Result;
    return {
      kind: 'answered',
      httpStatus: response.status,
      body: parsed.data as TResponse,
      ...(typeof code === 'string' ? { code } : {}),
      ...(typeof result === 'boolean' ? { result } : {}),
    };
  }
}
