import { Inject, Injectable } from '@nestjs/common';
import { readFileSync } from 'node:fs';
import { CodedError } from '@chargemesh/contracts/envelope';
import { OICP_ERRORS } from '@chargemesh/contracts/oicp';
import { SERVICE_CONFIG } from '@chargemesh/platform-runtime';
import type { OicpPeerConfig } from '../oicp-peer.config';
import type { ClientTls } from '../peer-api/peer-transport';

/** Our TLS client certificate for peers that want mutual TLS, read once at boot (a missing file stops the boot). */
@Injectable()
export class OwnClientCertificate {
  readonly tls?: ClientTls;

  constructor(@Inject(SERVICE_CONFIG) config: OicpPeerConfig) {
    if (config.OICP_CLIENT_CERT_FILE && config.OICP_CLIENT_KEY_FILE) {
      this.tls = {
        cert: readFileSync(config.OICP_CLIENT_CERT_FILE, 'utf8'),
        key: readFileSync(config.OICP_CLIENT_KEY_FILE, 'utf8'),
        ...(config.OICP_TRUSTED_CA_FILE ? { ca: readFileSync(config.OICP_TRUSTED_CA_FILE, 'utf8') } : {}),
      };
    }
  }

  require(): ClientTls {
    if (!this.tls) throw new CodedError(OICP_ERRORS.clientCertificateMissing, 'set OICP_CLIENT_CERT_FILE and OICP_CLIENT_KEY_FILE to present a client certificate to peers');
    return this.tls;
  }
}
