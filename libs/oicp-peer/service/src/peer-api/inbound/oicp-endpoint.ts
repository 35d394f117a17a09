import { Inject, Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import type { z } from 'zod';
import type { PeerConfiguration } from '@chargemesh/contracts/oicp';
import { identityOfPeer } from '@chargemesh/oicp-peer-domain';
import { LOGGER } from '@chargemesh/platform-runtime';
import {
  acknowledgement,
  acknowledgementSchema,
  callerIdsOf,
  httpStatusOf,
  matchOperationPath,
  notAuthorized,
  type OicpOperation,
  type OicpStatusCode,
  parseOicpBody,
  statusCode,
  statusCodeBody,
  validationFailureBody,
  verifyCallerIdentity,
} from '@chargemesh/protocol-oicp';
import { OicpStatusError, oicpStatusOf } from '../../shared/oicp-status';
import { RegistryReadModel, type RegistrySnapshot } from '../../shared/registry.read-model';
import { OicpAudit } from '../oicp-audit';
import { PeerAuthenticator } from './peer-authenticator';

export interface InboundCall<TBody> {
  peer: PeerConfiguration;
  body: TBody;
  pathParams: Partial<Record<'operatorID' | 'providerID', string>>;
  query: Request['query'];
  registry: RegistrySnapshot;
}

/** The answer to an operation that did not succeed, in the shape its callers read. */
function negativeAnswer(operation: OicpOperation, status: OicpStatusCode, info: string | undefined, request: unknown) {
  if (status === '017' || status === '300') return { httpStatus: httpStatusOf(status), body: statusCodeBody(status, info) };
  if (operation.response === acknowledgementSchema) return { httpStatus: 200, body: acknowledgement(status, { additionalInfo: info }) };
  if (operation.name === 'AuthorizeStart' || operation.name === 'AuthorizeStop') {
    const ids = (request ?? {}) as { SessionID?: string; CPOPartnerSessionID?: string; EMPPartnerSessionID?: string };
    return { httpStatus: 200, body: notAuthorized(ids, statusCode(status, info)) };
  }
  return { httpStatus: status === '009' || status === '021' ? 500 : 200, body: statusCodeBody(status, info) };
}

/**
 * The inbound half of every OICP operation: authenticate the peer (token or mTLS, else 017/401), check
 * the body against OICP 2.3 (else 022/400 with Hubject's validationErrors), check that every id the
 * request speaks for belongs to that peer (017, 018, 019), run the use case, and check our own answer
 * before it leaves. Errors become OICP status codes here and nowhere else.
 */
@Injectable()
export class OicpEndpoint {
  constructor(
    private readonly authenticator: PeerAuthenticator,
    private readonly registry: RegistryReadModel,
    private readonly audit: OicpAudit,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async serve<TOperation extends OicpOperation>(
    request: Request,
    response: Response,
    operation: TOperation,
    handler: (call: InboundCall<z.output<TOperation['request']>>) => Promise<z.input<TOperation['response']>>,
  ): Promise<void> {
    const started = Date.now();
    let peerId: string | undefined;
    let answer: { httpStatus: number; body: unknown };
    try {
      const peer = await this.authenticator.authenticate(request);
      peerId = peer.peerId;
      answer = await this.handle(request, peer, operation, handler);
    } catch (error) {
      const { status, info } = oicpStatusOf(error);
      if (status === '021') this.logger.error({ err: error, operation: operation.name, peerId }, 'OICP request failed');
      answer = negativeAnswer(operation, status, status === '021' ? undefined : info, request.body);
    }
    response.status(answer.httpStatus).json(answer.body);
    const code = (answer.body as { StatusCode?: { Code?: string } }).StatusCode?.Code;
    this.audit.record({ direction: 'in', peerId, operation: operation.name, httpStatus: answer.httpStatus, code, outcome: 'answered', durationMs: Date.now() - started });
  }

  private async handle<TOperation extends OicpOperation>(
    request: Request,
    peer: PeerConfiguration,
    operation: TOperation,
    handler: (call: InboundCall<z.output<TOperation['request']>>) => Promise<z.input<TOperation['response']>>,
  ): Promise<{ httpStatus: number; body: unknown }> {
    const parsed = parseOicpBody(operation.request, request.body);
    if (!parsed.success) return { httpStatus: 400, body: validationFailureBody(parsed.error) };
    const registry = await this.registry.snapshot();
    const hosted = operation.servedBy === 'CPO' ? registry.own.operatorIds : registry.own.providerIds;
    if (hosted.length === 0) throw new OicpStatusError('300', `no ${operation.servedBy} is hosted here`);
    const pathParams = matchOperationPath(request.originalUrl)?.pathParams ?? {};
    const claimed = callerIdsOf(operation, pathParams, parsed.data);
    const identity = identityOfPeer(peer, registry.peers, registry.own, {
      operatorIds: claimed.filter((id) => id.kind === 'OperatorID').map((id) => id.value),
      providerIds: claimed.filter((id) => id.kind === 'ProviderID').map((id) => id.value),
    });
    const check = verifyCallerIdentity(operation, identity, pathParams, parsed.data);
    if (!check.ok) throw new OicpStatusError(check.code, check.reason);
    const result = await handler({ peer, body: parsed.data as z.output<TOperation['request']>, pathParams, query: request.query, registry });
    const checked = parseOicpBody(operation.response, result);
    if (!checked.success) {
      this.logger.error({ operation: operation.name, problems: checked.failure.validationErrors }, 'our OICP answer is not valid OICP');
      throw new Error(`invalid ${operation.name} answer`);
    }
    return { httpStatus: 200, body: result };
  }
}
