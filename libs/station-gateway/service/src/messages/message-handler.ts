import type { EventData, EventDefinition } from '@chargemesh/contracts/envelope';
import type { AppendOutcome, GatewayPorts } from '../gateway/ports';
import type { GatewaySettings } from '../gateway/gateway-settings';
import type { StationSession } from '../connection/station-session';

/** One CALL received from a station, after schema validation and registration gating. */
export interface InboundCall {
  readonly messageId: string;
  readonly action: string;
  readonly payload: unknown;
  /** Short hash of the raw frame: with the message id it recognises a retransmission. */
  readonly frameHash: string;
  /** Epoch milliseconds. */
  readonly receivedAt: number;
}

export interface HandlerContext {
  readonly session: StationSession;
  readonly call: InboundCall;
  readonly ports: GatewayPorts;
  readonly settings: GatewaySettings;
  /**
   * Appends an event to the station's subject and resolves after the PubAck. The default
   * deduplication key is `<stationId>:<messageId>:<frameHash>`; transaction messages pass a key
   * made of what identifies them, because a station retries them with new message ids.
   */
  emit<TDefinition extends EventDefinition>(definition: TDefinition, data: EventData<TDefinition>, deduplicationKey?: string): Promise<AppendOutcome>;
}

/** Handles one action; returns the CALLRESULT payload (validated against the response schema before it is sent). */
export type MessageHandler = (context: HandlerContext) => Promise<unknown>;

/** Station actions whose messages a station queues while offline: never answered with a CALLERROR once valid. */
export const TRANSACTION_ACTIONS: ReadonlySet<string> = new Set(['TransactionEvent', 'StartTransaction', 'StopTransaction', 'MeterValues']);
