import { Inject, Injectable } from '@nestjs/common';
import type { HandleOcpiModuleRequest, OcpiExchangeReply } from '@chargemesh/contracts/ocpi';
import { applySessionPatch, decideStoreReceivedSession, joinCdrToken, type ObjectAddress, type OcpiCdrToken, prepareSessionPatch, prepareSessionPut, type SessionWithoutToken } from '@chargemesh/tariff-cdr-domain';
import { type EventStore, executeAggregateCommand } from '@chargemesh/platform-messaging';
import { EVENT_STORE, ProjectionHost } from '@chargemesh/platform-runtime';
import { ok } from '../../ocpi-modules/ocpi-answers';
import { loadState, receivedObjectBehaviour, receivedSessionRef } from '../../shared/aggregates';
import { PersonalDataVault } from '../../shared/personal-data.vault';
import { PersonalRefs } from '../../shared/personal-refs';
import { sessionsProjection } from '../projections/sessions.projection';

/**
 * Receiver interface of an eMSP hosted here: a CPO pushes a session (PUT replaces it, charging
 * periods included) or updates it (PATCH: changed fields, charging periods appended).
 */
@Injectable()
export class ReceiveSessionCommandHandler {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly projections: ProjectionHost,
    private readonly vault: PersonalDataVault,
    private readonly personalRefs: PersonalRefs,
  ) {}

  async put(request: HandleOcpiModuleRequest): Promise<OcpiExchangeReply> {
    const { address, session, cdrToken } = prepareSessionPut(request.from, request.path, request.body);
    const created = await this.save(request, address, 'PUT', session, cdrToken);
    return ok(undefined, created ? 201 : 200);
  }

  async patch(request: HandleOcpiModuleRequest): Promise<OcpiExchangeReply> {
    const { address, patch } = prepareSessionPatch(request.from, request.path, request.body);
    const state = await loadState(this.store, receivedSessionRef(request.to, address.owner, address.id), receivedObjectBehaviour);
    const storedToken = state.cdrToken ? joinCdrToken(state.cdrToken, await this.vault.get(state.cdrToken.personalRef)) : undefined;
    const merged = applySessionPatch(state, request.to, address, patch, storedToken);
    await this.save(request, address, 'PATCH', merged.session, merged.cdrToken);
    return ok();
  }

  private async save(request: HandleOcpiModuleRequest, address: ObjectAddress, method: 'PUT' | 'PATCH', session: SessionWithoutToken, token: OcpiCdrToken): Promise<boolean> {
    const ref = receivedSessionRef(request.to, address.owner, address.id);
    const current = await loadState(this.store, ref, receivedObjectBehaviour);
    const { cdrToken, fresh } = await this.personalRefs.refFor(token, current.cdrToken);
    let created = false;
    let appendedSeq: number | undefined;
    try {
      const { appended } = await executeAggregateCommand(
        this.store,
        ref,
        receivedObjectBehaviour,
        (state) => {
          const decision = decideStoreReceivedSession(state, { receiver: request.to, address, method, session, cdrToken });
          created = decision.created;
          return decision.events;
        },
        { correlationId: request.correlationId },
      );
      appendedSeq = appended[appended.length - 1]?.seq;
    } finally {
      if (fresh && appendedSeq === undefined) await this.vault.erase(cdrToken.personalRef);
    }
    if (appendedSeq !== undefined) await this.projections.runner(sessionsProjection.name).waitFor(appendedSeq, 2_000);
    return created;
  }
}
