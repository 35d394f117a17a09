import { Inject, Injectable } from '@nestjs/common';
import { CodedError, isCodedError } from '@chargemesh/contracts/envelope';
import { STATION_ERRORS, StationCommandExecutedV1, stationCommandRequestSchema } from '@chargemesh/contracts/station';
import { createMessageId, describeAction, validateRequest } from '@chargemesh/protocol-ocpp';
import { LOGGER, parseRequest, SERVICE_CONFIG } from '@chargemesh/platform-runtime';
import { actionTriggeredBy, commandGateProblem, mapDriverTokens, passwordSetBy, redactSecrets } from '@chargemesh/station-gateway-domain';
import type { Logger } from 'pino';
import { PostgresTokenRefs } from '../../authorization/token-refs';
import type { StationConnection } from '../../connection/station-connection';
import { JetStreamStationEventSink } from '../../events/station-event-sink';
import type { StationGatewayConfig } from '../../station-gateway.config';
import { StationPasswords } from '../../stations/station-passwords';

type Outcome = 'Completed' | 'CallError' | 'Timeout' | 'InvalidResponse' | 'Disconnected';

const OUTCOME_BY_CODE: Readonly<Record<string, Outcome>> = {
  [STATION_ERRORS.callError]: 'CallError',
  [STATION_ERRORS.timeout]: 'Timeout',
  [STATION_ERRORS.invalidResponse]: 'InvalidResponse',
  [STATION_ERRORS.offline]: 'Disconnected',
};

const accepted = (status: unknown) => status === 'Accepted' || status === 'RebootRequired';

/**
 * Executes a command received on `cmd.station.<id>` on the instance that holds the station's
 * socket: any CSMS→station action of the station's version, its payload checked against the OCA
 * schema before anything is sent (a bad command never reaches the station), registration gating
 * applied, one CALL at a time per station. The station's answer goes back to the caller and is
 * recorded as StationCommandExecuted (token values and passwords redacted).
 */
@Injectable()
export class StationCommandHandler {
  private readonly defaultTimeoutMs: number;

  constructor(
    private readonly events: JetStreamStationEventSink,
    private readonly tokenRefs: PostgresTokenRefs,
    private readonly passwords: StationPasswords,
    @Inject(SERVICE_CONFIG) config: StationGatewayConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    this.defaultTimeoutMs = config.OCPP_CALL_TIMEOUT_MS;
  }

  async execute(connection: StationConnection, body: unknown): Promise<unknown> {
    const { action, payload, timeoutMs } = parseRequest(stationCommandRequestSchema, body);
    const { session } = connection;
    const { version } = session;
    if (!connection.isOpen) throw new CodedError(STATION_ERRORS.offline, `station ${session.stationId} is not connected`);
    const descriptor = describeAction(version, action);
    if (!descriptor || descriptor.sentBy === 'station') {
      throw new CodedError(STATION_ERRORS.unsupportedAction, `${action} is not a command for station ${session.stationId}, which speaks OCPP ${version}`);
    }
    const check = validateRequest(version, action, payload);
    if (!check.ok) throw new CodedError(STATION_ERRORS.invalidCommand, `${action} payload is invalid for OCPP ${version} (${check.code}): ${check.description}`);
    const gate = commandGateProblem(session.registrationStatus, action, payload);
    if (gate) throw new CodedError(STATION_ERRORS.notAccepted, gate);

    const commandId = createMessageId();
    const sentAt = new Date().toISOString();
    try {
      const response = await connection.outbound.call(action, payload, timeoutMs ?? this.defaultTimeoutMs, commandId);
      await this.afterAnswer(connection, action, payload, response);
      await this.record(connection, { commandId, action, payload, sentAt, outcome: 'Completed', response });
      return response;
    } catch (error) {
      const code = isCodedError(error) ? error.code : 'INTERNAL';
      const outcome = OUTCOME_BY_CODE[code];
      if (outcome) await this.record(connection, { commandId, action, payload, sentAt, outcome, error: { code, description: (error as Error).message } });
      throw error;
    }
  }

  /** What an accepted command changes in the gateway: triggered messages allowed while Pending, a new station password. */
  private async afterAnswer(connection: StationConnection, action: string, payload: Record<string, unknown>, response: unknown): Promise<void> {
    const answer = response as { status?: unknown; setVariableResult?: { attributeStatus: string; component: { name: string }; variable: { name: string } }[] };
    if ((action === 'TriggerMessage' || action === 'ExtendedTriggerMessage') && answer.status === 'Accepted') {
      connection.session.triggered.add(actionTriggeredBy(String(payload.requestedMessage)));
    }
    const password = passwordSetBy(action, payload);
    if (!password) return;
    const passwordAccepted =
      action === 'ChangeConfiguration'
        ? accepted(answer.status)
        : (answer.setVariableResult ?? []).some((result) => result.component.name === 'SecurityCtrlr' && result.variable.name === 'BasicAuthPassword' && accepted(result.attributeStatus));
    if (passwordAccepted) await this.passwords.passwordChanged(connection.session.stationId, password);
  }

  private async record(
    connection: StationConnection,
    command: { commandId: string; action: string; payload: unknown; sentAt: string; outcome: Outcome; response?: unknown; error?: { code: string; description: string } },
  ): Promise<void> {
    const { session } = connection;
    try {
      await this.events.append(
        session.stationId,
        StationCommandExecutedV1,
        {
          ocppVersion: session.version,
          commandId: command.commandId,
          action: command.action,
          request: await this.redact(command.action, command.payload),
          outcome: command.outcome,
          ...(command.response !== undefined ? { response: command.response } : {}),
          ...(command.error ? { error: command.error } : {}),
          sentAt: command.sentAt,
        },
        { deduplicationKey: `${session.stationId}:command:${command.commandId}` },
      );
    } catch (error) {
      this.logger.warn({ err: error, stationId: session.stationId, action: command.action }, 'could not record a station command');
    }
  }

  /** Token values become their references and passwords are masked before the request goes into an event. */
  private async redact(action: string, payload: unknown): Promise<unknown> {
    const found: { value: string; type?: string }[] = [];
    mapDriverTokens(payload, (token) => {
      found.push(token);
      return token.value;
    });
    const refs = new Map<string, string>();
    for (const token of found) refs.set(`${token.type ?? ''}\0${token.value}`, (await this.tokenRefs.refOf(token)).ref);
    const withoutTokens = found.length ? mapDriverTokens(payload, (token) => `ref:${refs.get(`${token.type ?? ''}\0${token.value}`)}`) : payload;
    return redactSecrets(action, withoutTokens);
  }
}
