import { Inject, Injectable } from '@nestjs/common';
import type { TransactionView } from '@chargemesh/contracts/session';
import { ownedObjectKey, type PartyRef } from '@chargemesh/contracts/tariff';
import { type CdrDraft, type CpoSessionState, decideAssignReceiver, decideIssueCdr, decideTokenResolved, reconcileTransaction, type SessionStartInput, sessionIdOf } from '@chargemesh/tariff-cdr-domain';
import { type EventStore, executeAggregateCommand } from '@chargemesh/platform-messaging';
import { EVENT_STORE } from '@chargemesh/platform-runtime';
import { cpoCdrBehaviour, cpoCdrRef, cpoSessionBehaviour, cpoSessionRef, loadState } from '../../shared/aggregates';
import { PersonalDataVault } from '../../shared/personal-data.vault';
import { TokenOwners } from '../lookups/token-owners';
import { TransactionReadModel } from '../transaction.read-model';
import { SessionStartResolver } from './session-start.resolver';

export type ReconcileOutcome =
  | { kind: 'reconciled'; seq: number; state: TransactionView['state']; sessionKey?: string; tokenPending: boolean; error?: string; changed: boolean }
  | { kind: 'wait'; reason: string };

/** `NL*CPA*<id>`: country code and party id have fixed lengths. */
export const cpoOfSessionKey = (key: string): PartyRef => ({ countryCode: key.slice(0, 2), partyId: key.slice(3, 6) });

/**
 * Turns a station transaction into the session of a hosted CPO (start, updates, completion) and,
 * when it ended, issues its CDR once. Everything is derived from all the transaction's facts and
 * the aggregate's state, so a repeat, a replay or a crash halfway through converges on the same events.
 */
@Injectable()
export class ReconcileTransactionCommandHandler {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly transactions: TransactionReadModel,
    private readonly starts: SessionStartResolver,
    private readonly tokens: TokenOwners,
    private readonly vault: PersonalDataVault,
  ) {}

  async execute(stationId: string, transactionId: string, sessionKey: string | null): Promise<ReconcileOutcome> {
    const facts = await this.transactions.facts(stationId, transactionId);
    if (!facts) return { kind: 'wait', reason: 'the transaction is not in the projection yet' };
    const sessionId = sessionIdOf(stationId, transactionId);
    let start: SessionStartInput | undefined;
    let cpo = sessionKey ? cpoOfSessionKey(sessionKey) : undefined;
    if (!cpo) {
      const resolution = await this.starts.resolve(facts, sessionId);
      if (resolution.kind === 'wait') return { kind: 'wait', reason: resolution.reason };
      if (resolution.kind === 'invalid') return { kind: 'reconciled', seq: facts.lastSeq, state: 'invalid', tokenPending: false, error: resolution.reason, changed: false };
      start = resolution.start;
      cpo = start.context.cpo;
    }
    let draft: CdrDraft | undefined;
    const now = new Date();
    const { state, appended } = await executeAggregateCommand(this.store, cpoSessionRef(cpo, sessionId), cpoSessionBehaviour, (current) => {
      const reconciliation = reconcileTransaction(current, facts, current.started ? undefined : start, now);
      draft = reconciliation.cdr;
      return reconciliation.events;
    });
    // The session had started already (another run got there first): the vault row we wrote is not referenced.
    const offered = start?.owner.cdrToken;
    if (offered && state.cdrToken?.personalRef !== offered.personalRef) await this.vault.erase(offered.personalRef);
    const issued = draft ? await this.issueCdr(cpo, sessionId, state, draft) : false;
    return {
      kind: 'reconciled',
      seq: facts.lastSeq,
      state: state.completed ? 'completed' : 'active',
      sessionKey: ownedObjectKey(cpo, sessionId),
      tokenPending: state.receiver?.kind === 'unknown' && !!state.stationTokenRef,
      changed: appended.length > 0 || issued,
    };
  }

  private async issueCdr(cpo: PartyRef, sessionId: string, session: CpoSessionState, draft: CdrDraft): Promise<boolean> {
    const { appended } = await executeAggregateCommand(this.store, cpoCdrRef(cpo, sessionId), cpoCdrBehaviour, (state) =>
      decideIssueCdr(state, { cpo, cdrId: sessionId, sessionId, stationId: session.stationId as string, transactionId: session.transactionId as string, draft }),
    );
    return appended.length > 0;
  }

  /**
   * Asks again who owns the token of a session that has no eMSP yet; when the directory knows now,
   * the session and (if issued and waiting) its CDR take the owner. True once both have it.
   */
  async resolveToken(sessionKey: string): Promise<boolean> {
    const cpo = cpoOfSessionKey(sessionKey);
    const sessionId = sessionKey.slice(7);
    const ref = cpoSessionRef(cpo, sessionId);
    let session = await loadState(this.store, ref, cpoSessionBehaviour);
    if (!session.stationTokenRef) return true;
    if (session.receiver?.kind === 'unknown') {
      const token = await this.tokens.find(cpo, session.stationTokenRef);
      if (!token) return false;
      const owner = await this.starts.ownerOf(token, '');
      session = (await executeAggregateCommand(this.store, ref, cpoSessionBehaviour, (current) => decideTokenResolved(current, owner))).state;
      if (owner.cdrToken && session.cdrToken?.personalRef !== owner.cdrToken.personalRef) await this.vault.erase(owner.cdrToken.personalRef);
    }
    const { receiver, cdrToken } = session;
    if (receiver && receiver.kind !== 'unknown' && cdrToken) {
      await executeAggregateCommand(this.store, cpoCdrRef(cpo, sessionId), cpoCdrBehaviour, (current) => decideAssignReceiver(current, receiver, cdrToken));
    }
    return true;
  }
}
