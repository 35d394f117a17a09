import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { CodedError } from '@chargemesh/contracts/envelope';
import { OICP_ERRORS } from '@chargemesh/contracts/oicp';
import { hashToken, SecretBox } from '@chargemesh/platform-secrets';
import { DATA_SOURCE, SERVICE_CONFIG } from '@chargemesh/platform-runtime';
import type { OicpPeerConfig } from '../oicp-peer.config';

interface CredentialRow {
  peer_id: string;
  client_certificate_fingerprint: string | null;
}

/**
 * Peer secrets, which never enter events, logs or error messages: the digest of the token a peer
 * presents to us (hashToken), the token we present to it sealed under OICP_ENCRYPTION_KEY, and the
 * fingerprint of its TLS client certificate when it authenticates with mTLS.
 */
@Injectable()
export class PeerCredentialsRepository {
  private readonly box?: SecretBox;
  private readonly opened = new Map<string, { sealed: string; token: string }>();

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(SERVICE_CONFIG) config: OicpPeerConfig,
  ) {
    this.box = config.OICP_ENCRYPTION_KEY ? new SecretBox(config.OICP_ENCRYPTION_KEY, 'OICP_ENCRYPTION_KEY') : undefined;
  }

  /** Fails early, before anything is stored, when an outbound token cannot be sealed. */
  requireEncryption(): SecretBox {
    if (!this.box) throw new CodedError(OICP_ERRORS.encryptionKeyMissing, 'set OICP_ENCRYPTION_KEY to register peers with an outbound token');
    return this.box;
  }

  async store(peerId: string, secrets: { inboundToken?: string; outboundToken?: string; clientCertificateFingerprint?: string }): Promise<void> {
    const sealed = secrets.outboundToken === undefined ? null : this.requireEncryption().seal(peerId, secrets.outboundToken);
    await this.dataSource.query(
      `INSERT INTO peer_credentials (peer_id, inbound_token_hash, outbound_token_sealed, client_certificate_fingerprint) VALUES ($1, $2, $3, $4)
       ON CONFLICT (peer_id) DO UPDATE SET inbound_token_hash = $2, outbound_token_sealed = $3, client_certificate_fingerprint = $4, updated_at = now()`,
      [peerId, secrets.inboundToken === undefined ? null : hashToken(secrets.inboundToken), sealed, secrets.clientCertificateFingerprint ?? null],
    );
    this.opened.delete(peerId);
  }

  async remove(peerId: string): Promise<void> {
    await this.dataSource.query('DELETE FROM peer_credentials WHERE peer_id = $1', [peerId]);
    this.opened.delete(peerId);
  }

  /** The peer that presented this token, with the certificate it must also present (if any). */
  async byToken(token: string): Promise<{ peerId: string; clientCertificateFingerprint?: string } | undefined> {
    const rows = await this.dataSource.query<CredentialRow[]>('SELECT peer_id, client_certificate_fingerprint FROM peer_credentials WHERE inbound_token_hash = $1', [hashToken(token)]);
    return rows[0] && { peerId: rows[0].peer_id, clientCertificateFingerprint: rows[0].client_certificate_fingerprint ?? undefined };
  }

  /** A peer that authenticates with its certificate alone. */
  async byCertificate(fingerprint: string): Promise<{ peerId: string } | undefined> {
    const rows = await this.dataSource.query<CredentialRow[]>('SELECT peer_id FROM peer_credentials WHERE client_certificate_fingerprint = $1', [fingerprint]);
    return rows.length === 1 ? { peerId: rows[0].peer_id } : undefined;
  }

  /** The token we present to the peer, or undefined when it expects none. */
  async outboundToken(peerId: string): Promise<string | undefined> {
    const rows = await this.dataSource.query<{ outbound_token_sealed: string | null }[]>('SELECT outbound_token_sealed FROM peer_credentials WHERE peer_id = $1', [peerId]);
    const sealed = rows[0]?.outbound_token_sealed;
    if (!sealed) return undefined;
    const cached = this.opened.get(peerId);
    if (cached?.sealed === sealed) return cached.token;
    const token = this.requireEncryption().open(peerId, sealed);
    this.opened.set(peerId, { sealed, token });
    return token;
  }
}
