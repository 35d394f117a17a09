import { Inject, Injectable } from '@nestjs/common';
import { OICP_AGGREGATES } from '@chargemesh/contracts/oicp';
import { type CdrReceipt, decideCdrReceived } from '@chargemesh/oicp-peer-domain';
import { type EventStore, executeAggregateCommand } from '@chargemesh/platform-messaging';
import { EVENT_STORE } from '@chargemesh/platform-runtime';
import { type ChargeDetailRecord, operatorIdOfEvseId } from '@chargemesh/protocol-oicp';
import { empSessionBehaviour, oicpRef } from '../../../shared/aggregates';
import { contentDigest } from '../../../shared/digest';
import { PersonalDataVault } from '../../../shared/personal-data.vault';

/**
 * Records a CDR from a CPO peer, pushed or pulled, at most once per session: the same CDR again (a
 * delivery retried after a lost answer, a pull after a push) records nothing.
 */
@Injectable()
export class CdrReceipts {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly vault: PersonalDataVault,
  ) {}

  async record(peerId: string, cdr: ChargeDetailRecord, via: 'push' | 'pull'): Promise<CdrReceipt['kind']> {
    const { Identification, ...rest } = cdr;
    const digest = contentDigest(cdr);
    const identificationRef = await this.vault.put(Identification);
    let receipt: CdrReceipt | undefined;
    try {
      await executeAggregateCommand(this.store, oicpRef(OICP_AGGREGATES.empSession, cdr.SessionID), empSessionBehaviour, (state) => {
        receipt = decideCdrReceived(state, { sessionId: cdr.SessionID, peerId, operatorId: operatorIdOfEvseId(cdr.EvseID) as string, evseId: cdr.EvseID, cdr: rest as Record<string, unknown>, identificationRef, digest, via });
        return receipt.kind === 'recorded' ? receipt.events : [];
      });
    } catch (error) {
      await this.vault.erase(identificationRef);
      throw error;
    }
    if (receipt?.kind === 'duplicate') await this.vault.erase(identificationRef);
    return (receipt as CdrReceipt).kind;
  }
}
