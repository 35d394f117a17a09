import { Injectable } from '@nestjs/common';
import type { OicpStatus } from '@chargemesh/contracts/oicp';
import { resolveCpoPeer } from '@chargemesh/oicp-peer-domain';
import { type OicpOperation, statusCode } from '@chargemesh/protocol-oicp';
import { PeerClient, type PeerCallOptions } from '../../peer-api/peer-client';
import { statusOfCall } from '../../shared/call-status';
import { hostedProvider } from '../../shared/hosted';
import { RegistryReadModel } from '../../shared/registry.read-model';

export type CpoCallOutcome<TResponse> =
  | { routed: false; statusCode: OicpStatus }
  | { routed: true; peerId: string; providerId: string; statusCode: OicpStatus; response?: TResponse; answered: boolean };

/**
 * EMP → CPO calls that name their CPO by OperatorID (pulls, GetChargeDetailRecords): route to the peer
 * that serves the operator or to the default peer; no peer means 210 without any HTTP call.
 */
@Injectable()
export class CpoPeerCaller {
  constructor(
    private readonly registry: RegistryReadModel,
    private readonly client: PeerClient,
  ) {}

  async call<TResponse>(providerId: string, operatorId: string, operation: OicpOperation, body: (ownProviderId: string) => unknown, options: PeerCallOptions = {}): Promise<CpoCallOutcome<TResponse>> {
    const snapshot = await this.registry.snapshot();
    const own = hostedProvider(snapshot, providerId).providerId;
    const peer = resolveCpoPeer(snapshot.peers, operatorId);
    if (!peer) return { routed: false, statusCode: statusCode('210', `no CPO peer serves operator ${operatorId}`) };
    const result = await this.client.call<TResponse>(peer.peerId, operation, own, body(own), options);
    const answered = result.kind === 'answered' && result.httpStatus === 200 && result.body !== undefined;
    return { routed: true, peerId: peer.peerId, providerId: own, statusCode: statusOfCall(result), ...(answered ? { response: result.body } : {}), answered };
  }
}
