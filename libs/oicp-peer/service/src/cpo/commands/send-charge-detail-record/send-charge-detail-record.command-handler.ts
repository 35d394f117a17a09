import { Inject, Injectable } from '@nestjs/common';
import { OICP_AGGREGATES, type SendChargeDetailRecordCommand, type SessionSubmissionResult } from '@chargemesh/contracts/oicp';
import { type CdrDecision, decideSubmitCdr, providerOfIdentification, resolveEmpPeer } from '@chargemesh/oicp-peer-domain';
import { type EventStore, executeAggregateCommand } from '@chargemesh/platform-messaging';
import { EVENT_STORE } from '@chargemesh/platform-runtime';
import { chargeDetailRecordSchema, normaliseProviderId } from '@chargemesh/protocol-oicp';
import { cpoSessionBehaviour, oicpRef } from '../../../shared/aggregates';
import { contentDigest } from '../../../shared/digest';
import { checkEvseIdsOf, checkOicp, hostedOperator } from '../../../shared/hosted';
import { PersonalDataVault } from '../../../shared/personal-data.vault';
import { RegistryReadModel } from '../../../shared/registry.read-model';

/**
 * The CDR of a session, recorded once and then delivered through the delivery queue until the EMP
 * peer takes it (retries, restarts included); the EMP keeps one CDR per session, so it arrives once.
 */
@Injectable()
export class SendChargeDetailRecordCommandHandler {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly registry: RegistryReadModel,
    private readonly vault: PersonalDataVault,
  ) {}

  async execute(command: SendChargeDetailRecordCommand): Promise<SessionSubmissionResult> {
    const snapshot = await this.registry.snapshot();
    const { operatorId } = hostedOperator(snapshot, command.operatorId);
    const cdr = checkOicp(chargeDetailRecordSchema, command.cdr, 'the charge detail record');
    checkEvseIdsOf(operatorId, [cdr.EvseID]);
    const providerId = command.providerId ? normaliseProviderId(command.providerId) : providerOfIdentification(cdr.Identification);
    const fallbackPeerId = providerId ? resolveEmpPeer(snapshot.peers, providerId)?.peerId : undefined;
    const { Identification, ...rest } = cdr;
    const identificationRef = await this.vault.put(Identification);
    let decision: CdrDecision | undefined;
    try {
      await executeAggregateCommand(this.store, oicpRef(OICP_AGGREGATES.cpoSession, cdr.SessionID), cpoSessionBehaviour, (state) => {
        decision = decideSubmitCdr(state, { sessionId: cdr.SessionID, operatorId, ...(providerId ? { providerId } : {}), cdr: rest as Record<string, unknown>, identificationRef, digest: contentDigest(cdr) }, fallbackPeerId);
        return decision.kind === 'submit' ? decision.events : [];
      });
    } catch (error) {
      await this.vault.erase(identificationRef);
      throw error;
    }
    const decided = decision as CdrDecision;
    if (decided.kind === 'duplicate') await this.vault.erase(identificationRef);
    return { sessionId: cdr.SessionID, peerId: decided.peerId, duplicate: decided.kind === 'duplicate' };
  }
}
