import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { type IssuedTokenA, PartnerInvitedV2, type PlannedRole } from '@chargemesh/contracts/credential';
import { DATA_SOURCE } from '@chargemesh/platform-runtime';
import { PartnerRepository } from '../../database/partner.repository';
import { inTransaction } from '../../database/transaction';
import { addToOutbox } from '../../outbox/outbox.writer';
import { generateToken, hashToken, TokenVault } from '../../secrets/token-secrets';
import { OwnCredentials } from '../../shared/own-credentials';
import { PartnerChanges } from '../../shared/partner-changes';

/**
 * Starts an inbound registration: a new partner record holding token A, which the admin hands to
 * the partner with our versions URL out of band. Token A opens only versions and credentials,
 * and stops working once the partner has registered. It is shown once and stored as a digest.
 */
@Injectable()
export class IssueTokenACommandHandler {
  constructor(
    private readonly partners: PartnerRepository,
    private readonly own: OwnCredentials,
    private readonly vault: TokenVault,
    private readonly changes: PartnerChanges,
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
  ) {}

  async execute(request: { name?: string; plannedRoles?: PlannedRole[] }): Promise<IssuedTokenA> {
    this.vault.assertReady(); // the partner's POST will need it: say so now, not then
    const platformId = randomUUID();
    const token = generateToken();
    const plannedRoles = (request.plannedRoles ?? []).map((role) => ({ ...role, countryCode: role.countryCode.toUpperCase(), partyId: role.partyId.toUpperCase() }));
    await inTransaction(this.dataSource, async (tx) => {
      await this.partners.insert(tx, { platformId, status: 'PENDING', ...(request.name ? { name: request.name } : {}) });
      // Until it registers, the partner's roles are the planned ones (its registration replaces them).
      if (plannedRoles.length) await this.partners.update(tx, platformId, { roles: plannedRoles.map((role) => ({ ...role, businessDetails: { name: request.name ?? '' } })) });
      await this.partners.addAcceptedToken(tx, platformId, hashToken(token), 'A');
      await addToOutbox(tx, PartnerInvitedV2, platformId, { platformId, ...(request.name ? { name: request.name } : {}), plannedRoles });
    });
    this.changes.committed(platformId);
    return { platformId, token, versionsUrl: this.own.versionsUrl };
  }
}
