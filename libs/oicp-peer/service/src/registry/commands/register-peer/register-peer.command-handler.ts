import { Inject, Injectable } from '@nestjs/common';
import { CodedError, pending } from '@chargemesh/contracts/envelope';
import { OICP_AGGREGATES, registryIdOfPeer, OICP_ERRORS, OicpPeerConfiguredV1, type PeerConfiguration, type registerPeerRequestSchema, type RegisterPeerResponse } from '@chargemesh/contracts/oicp';
import { checkPeerConfiguration } from '@chargemesh/oicp-peer-domain';
import { type EventStore, executeAggregateCommand } from '@chargemesh/platform-messaging';
import { EVENT_STORE, ProjectionHost } from '@chargemesh/platform-runtime';
import { generateToken } from '@chargemesh/platform-secrets';
import { normaliseOperatorId, normaliseProviderId } from '@chargemesh/protocol-oicp';
import type { z } from 'zod';
import { registryProjection } from '../../../projections/registry.projection';
import { oicpRef, peerBehaviour } from '../../../shared/aggregates';
import { OwnClientCertificate } from '../../../shared/own-client-certificate';
import { PeerCredentialsRepository } from '../../../shared/peer-credentials.repository';
import { RegistryReadModel } from '../../../shared/registry.read-model';

type RegisterPeer = z.output<typeof registerPeerRequestSchema>;

function canonical(ids: readonly string[], normalise: (id: string) => string | undefined, kind: string): string[] {
  return ids.map((id) => {
    const normal = normalise(id);
    if (normal === undefined) throw new CodedError(OICP_ERRORS.invalid, `${id} is not an OICP ${kind}`);
    return normal;
  });
}

/**
 * Registers a peer (RegisterProvider / RegisterOperator in WWCP_OICP's terms) or replaces its
 * configuration. Secrets go to the peer_credentials table only; the event says how the peer
 * authenticates, never with what. A generated inbound token is returned once and never again.
 */
@Injectable()
export class RegisterPeerCommandHandler {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly registry: RegistryReadModel,
    private readonly credentials: PeerCredentialsRepository,
    private readonly certificate: OwnClientCertificate,
    private readonly projections: ProjectionHost,
  ) {}

  async execute(request: RegisterPeer): Promise<RegisterPeerResponse> {
    const snapshot = await this.registry.snapshot();
    const existing = snapshot.peers.find((peer) => peer.peerId === request.peerId);
    if (existing && !request.replace) throw new CodedError(OICP_ERRORS.peerExists, `peer ${request.peerId} is already registered`);
    if (request.outboundToken !== undefined) this.credentials.requireEncryption();
    if (request.presentClientCertificate) {
      this.certificate.require();
      if (!request.baseUrl.startsWith('https:')) throw new CodedError(OICP_ERRORS.invalid, 'a peer we present a client certificate to needs an https baseUrl');
    }
    const fingerprint = request.clientCertificateFingerprint?.replace(/:/g, '').toUpperCase();
    const issuedInboundToken = request.inboundToken === undefined && fingerprint === undefined && !existing?.acceptsToken ? generateToken() : undefined;
    const inboundToken = request.inboundToken ?? issuedInboundToken;
    const configuration: PeerConfiguration = {
      peerId: request.peerId,
      ...(request.name ? { name: request.name } : {}),
      baseUrl: request.baseUrl,
      operatorIds: canonical(request.operatorIds, normaliseOperatorId, 'OperatorID'),
      providerIds: canonical(request.providerIds, normaliseProviderId, 'ProviderID'),
      defaultForOperators: request.defaultForOperators,
      defaultForProviders: request.defaultForProviders,
      requestTimeoutMs: request.requestTimeoutMs,
      acceptsToken: inboundToken !== undefined || (existing?.acceptsToken ?? false),
      ...(fingerprint ? { clientCertificateFingerprint: fingerprint } : {}),
      presentsToken: request.outboundToken !== undefined || (existing?.presentsToken ?? false),
      ...(request.presentClientCertificate ? { presentsClientCertificate: true } : {}),
    };
    checkPeerConfiguration(configuration, snapshot.peers, snapshot.own);
    await this.credentials.store(request.peerId, { inboundToken, outboundToken: request.outboundToken, clientCertificateFingerprint: fingerprint });
    const { appended } = await executeAggregateCommand(this.store, oicpRef(OICP_AGGREGATES.registry, registryIdOfPeer(request.peerId)), peerBehaviour, (registered) => {
      if (registered && !request.replace) throw new CodedError(OICP_ERRORS.peerExists, `peer ${request.peerId} is already registered`);
      return [pending(OicpPeerConfiguredV1, configuration)];
    });
    await this.projections.runner(registryProjection.name).waitFor(appended[appended.length - 1].seq, 5_000);
    return { peer: configuration, ...(issuedInboundToken ? { issuedInboundToken } : {}) };
  }
}
