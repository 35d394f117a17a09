import { timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { CodedError } from '@chargemesh/contracts/envelope';
import { CREDENTIALS_ERRORS, type Principal } from '@chargemesh/contracts/credential';
import { SERVICE_CONFIG } from '@chargemesh/platform-runtime';
import type { CredentialsConfig } from '../../credentials.config';
import { PartnerRepository } from '../../database/partner.repository';
import { hashToken } from '../../secrets/token-secrets';

/**
 * Who holds a token, by its digest: a partner (with its handshake status and roles, so the edge
 * can refuse token A outside versions and credentials) or our own admin. Unknown, unregistered
 * and suspended all give the same UNKNOWN_TOKEN, so a caller learns nothing from the refusal.
 */
@Injectable()
export class AuthenticateQueryHandler {
  private readonly adminHash?: Buffer;

  constructor(
    private readonly partners: PartnerRepository,
    @Inject(SERVICE_CONFIG) config: CredentialsConfig,
  ) {
    this.adminHash = config.ADMIN_TOKEN ? Buffer.from(hashToken(config.ADMIN_TOKEN), 'hex') : undefined;
  }

  async execute(request: { tokenHash: string }): Promise<Principal> {
    if (this.adminHash && timingSafeEqual(Buffer.from(request.tokenHash, 'hex'), this.adminHash)) return { kind: 'admin' };
    const found = await this.partners.findByTokenHash(request.tokenHash);
    const status = found?.partner.status;
    if (!found || (status !== 'PENDING' && status !== 'REGISTERING' && status !== 'REGISTERED')) {
      throw new CodedError(CREDENTIALS_ERRORS.unknownToken, 'unknown credentials token');
    }
    const { partner, kind } = found;
    return {
      kind: 'partner',
      platformId: partner.platformId,
      status,
      tokenKind: kind,
      roles: partner.roles.map(({ countryCode, partyId, role }) => ({ countryCode, partyId, role })),
    };
  }
}
