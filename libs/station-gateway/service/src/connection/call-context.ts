import type { EventData, EventDefinition } from '@chargemesh/contracts/envelope';
import type { GatewaySettings } from '../gateway/gateway-settings';
import type { AppendOutcome, GatewayPorts } from '../gateway/ports';
import type { HandlerContext, InboundCall } from '../messages/message-handler';
import type { StationSession } from './station-session';

/** The HandlerContext of one connection; `call` is the CALL being handled. */
export class CallContext implements HandlerContext {
  call!: InboundCall;

  constructor(
    readonly session: StationSession,
    readonly ports: GatewayPorts,
    readonly settings: GatewaySettings,
  ) {}

  emit<TDefinition extends EventDefinition>(definition: TDefinition, data: EventData<TDefinition>, deduplicationKey?: string): Promise<AppendOutcome> {
    const key = deduplicationKey ?? `${this.session.stationId}:${this.call.messageId}:${this.call.frameHash}`;
    return this.ports.events.append(this.session.stationId, definition, data, { deduplicationKey: key });
  }
}
