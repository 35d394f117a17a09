import { envPort, platformConfigSchema } from '@chargemesh/platform-config';
import { z } from 'zod';

const milliseconds = (defaultValue: number) => z.coerce.number().int().min(1).default(defaultValue);

export const oicpPeerConfigSchema = platformConfigSchema.extend({
  OICP_PEER_HTTP_PORT: envPort(8085),
  /**
   * Seals the tokens we present to peers (AES-256-GCM). Optional at boot: without it the service runs
   * and peers can still authenticate to us (we keep only digests of their tokens), but registering a
   * peer with an outbound token is refused with OICP.UNAVAILABLE_ENCRYPTION_KEY.
   */
  OICP_ENCRYPTION_KEY: z
    .string()
    .refine((value) => Buffer.from(value, 'base64').length === 32, 'must be 32 random bytes in base64 (openssl rand -base64 32)')
    .optional(),
  /**
   * Header in which the TLS-terminating ingress passes the client certificate (PEM, URL-encoded as
   * nginx's $ssl_client_escaped_cert, or plain). Only set it behind an ingress that overwrites it.
   */
  OICP_CLIENT_CERT_HEADER: z.string().regex(/^[A-Za-z0-9-]+$/).transform((name) => name.toLowerCase()).optional(),
  /**
   * Our TLS client certificate and key (PEM files), presented to peers registered with
   * presentClientCertificate (Hubject: a certificate its CA signed from our CSR), and extra CAs to trust
   * for their server certificates (Hubject's root and intermediate are not public CAs).
   */
  OICP_CLIENT_CERT_FILE: z.string().min(1).optional(),
  OICP_CLIENT_KEY_FILE: z.string().min(1).optional(),
  OICP_TRUSTED_CA_FILE: z.string().min(1).optional(),
  /**
   * TLS on the OICP port itself (PEM files), for deployments without a TLS-terminating ingress: peers
   * may then present client certificates, checked against the fingerprint each peer is registered with,
   * and, with OICP_TLS_CLIENT_CA_FILE, only certificates that CA signed count.
   */
  OICP_TLS_CERT_FILE: z.string().min(1).optional(),
  OICP_TLS_KEY_FILE: z.string().min(1).optional(),
  OICP_TLS_CLIENT_CA_FILE: z.string().min(1).optional(),
  /** How long the CPO side waits for its backend (EVSE) to accept a remote start before answering the EMP. */
  OICP_BACKEND_TIMEOUT_MS: milliseconds(8_000),
  /** Delays between delivery attempts; the last one repeats, a CDR is never given up. */
  OICP_DELIVERY_BACKOFF_MS: z
    .string()
    .default('1000,5000,15000,60000,300000')
    .transform((text) => text.split(',').map((part) => Number(part.trim())))
    .refine((steps) => steps.length > 0 && steps.every((step) => Number.isInteger(step) && step > 0), 'a comma-separated list of positive milliseconds'),
  /** How often the delivery worker looks for due work besides the database's notifications. */
  OICP_DELIVERY_POLL_MS: milliseconds(1_000),
  /** Largest request body accepted on the OICP endpoints (a fullLoad of EVSE data is big). */
  OICP_MAX_BODY_BYTES: z.coerce.number().int().min(100_000).default(20 * 1024 * 1024),
}).superRefine((config, ctx) => {
  if ((config.OICP_CLIENT_CERT_FILE === undefined) !== (config.OICP_CLIENT_KEY_FILE === undefined)) {
    ctx.addIssue({ code: 'custom', path: ['OICP_CLIENT_KEY_FILE'], message: 'OICP_CLIENT_CERT_FILE and OICP_CLIENT_KEY_FILE go together' });
  }
  if ((config.OICP_TLS_CERT_FILE === undefined) !== (config.OICP_TLS_KEY_FILE === undefined)) {
    ctx.addIssue({ code: 'custom', path: ['OICP_TLS_KEY_FILE'], message: 'OICP_TLS_CERT_FILE and OICP_TLS_KEY_FILE go together' });
  }
  if (config.OICP_TLS_CLIENT_CA_FILE && !config.OICP_TLS_CERT_FILE) {
    ctx.addIssue({ code: 'custom', path: ['OICP_TLS_CLIENT_CA_FILE'], message: 'needs OICP_TLS_CERT_FILE and OICP_TLS_KEY_FILE (TLS on the OICP port)' });
  }
  // Behind an ingress the certificate comes in a header; with our own TLS from the socket. Both at once is a mistake.
  if (config.OICP_TLS_CERT_FILE && config.OICP_CLIENT_CERT_HEADER) {
    ctx.addIssue({ code: 'custom', path: ['OICP_CLIENT_CERT_HEADER'], message: 'set either OICP_CLIENT_CERT_HEADER (TLS ends at the ingress) or OICP_TLS_CERT_FILE (TLS ends here), not both' });
  }
});

export type OicpPeerConfig = z.infer<typeof oicpPeerConfigSchema>;
