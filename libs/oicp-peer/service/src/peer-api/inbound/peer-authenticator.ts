import { Inject, Injectable } from '@nestjs/common';
import { X509Certificate } from 'node:crypto';
import type { TLSSocket } from 'node:tls';
import type { Request } from 'express';
import type { PeerConfiguration } from '@chargemesh/contracts/oicp';
import { SERVICE_CONFIG } from '@chargemesh/platform-runtime';
import type { OicpPeerConfig } from '../../oicp-peer.config';
import { OicpStatusError } from '../../shared/oicp-status';
import { PeerCredentialsRepository } from '../../shared/peer-credentials.repository';
import { RegistryReadModel } from '../../shared/registry.read-model';

/** SHA-256 fingerprint of a PEM certificate (plain or URL-encoded as nginx passes it), upper-case hex without colons. */
export function fingerprintOfPem(text: string): string | undefined {
  try {
    const pem = text.includes('%') ? decodeURIComponent(text) : text;
    return new X509Certificate(pem).fingerprint256.replace(/:/g, '').toUpperCase();
  } catch {
    return undefined;
  }
}

/**
 * The client certificate's fingerprint: from the ingress header when configured, else from our own TLS
 * socket, where a certificate the client CA did not sign does not count when such a CA is configured.
 */
export function clientCertificateFingerprint(request: Pick<Request, 'headers' | 'socket'>, header: string | undefined, requireTrustedChain = false): string | undefined {
  if (header) {
    const value = request.headers[header];
    return typeof value === 'string' && value.length > 0 ? fingerprintOfPem(value) : undefined;
  }
  const socket = request.socket as Partial<TLSSocket>;
  if (!socket.encrypted || typeof socket.getPeerCertificate !== 'function') return undefined;
  if (requireTrustedChain && !socket.authorized) return undefined;
  const certificate = socket.getPeerCertificate();
  return certificate?.fingerprint256 ? certificate.fingerprint256.replace(/:/g, '').toUpperCase() : undefined;
}

const unauthorized = () => new OicpStatusError('017', 'the peer could not be authenticated');

/**
 * Who is calling. A peer authenticates with its token (`Authorization: Bearer <token>`), its TLS client
 * certificate, or both; a peer registered with a certificate fingerprint is accepted only with that
 * certificate, whatever token it shows. Every failure looks the same to the caller: 017, HTTP 401.
 */
@Injectable()
export class PeerAuthenticator {
  constructor(
    private readonly credentials: PeerCredentialsRepository,
    private readonly registry: RegistryReadModel,
    @Inject(SERVICE_CONFIG) private readonly config: OicpPeerConfig,
  ) {}

  async authenticate(request: Request): Promise<PeerConfiguration> {
    const token = /^Bearer (\S+)$/.exec(request.headers.authorization ?? '')?.[1];
    const fingerprint = clientCertificateFingerprint(request, this.config.OICP_CLIENT_CERT_HEADER, this.config.OICP_TLS_CLIENT_CA_FILE !== undefined);
    let peerId: string | undefined;
    if (token) {
      const holder = await this.credentials.byToken(token);
      if (!holder) throw unauthorized();
      if (holder.clientCertificateFingerprint && holder.clientCertificateFingerprint !== fingerprint) throw unauthorized();
      peerId = holder.peerId;
    } else if (fingerprint) {
      peerId = (await this.credentials.byCertificate(fingerprint))?.peerId;
    }
    const peer = peerId === undefined ? undefined : await this.registry.peer(peerId);
    if (!peer) throw unauthorized();
    return peer;
  }
}
