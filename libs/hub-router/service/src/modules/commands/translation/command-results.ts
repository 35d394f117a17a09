import type { CommandResult, CommandResultType, CommandType } from '@chargemesh/protocol-ocpi';
import type { StationOutcome } from '../../shared/station-commands.client';

const text = (message: string) => [{ language: 'en', text: message.slice(0, 512) }];

/** The station's answer statuses, per command, as the OCPI CommandResultType (mod_commands_commandresulttype_enum). */
const BY_STATUS: Record<CommandType, Record<string, CommandResultType>> = {
  START_SESSION: { Accepted: 'ACCEPTED', Rejected: 'REJECTED' },
  STOP_SESSION: { Accepted: 'ACCEPTED', Rejected: 'REJECTED' },
  RESERVE_NOW: { Accepted: 'ACCEPTED', Faulted: 'EVSE_INOPERATIVE', Occupied: 'EVSE_OCCUPIED', Rejected: 'REJECTED', Unavailable: 'EVSE_INOPERATIVE' },
  // 1.6 and 2.0.1: Rejected means the charge point has no reservation with this id.
  CANCEL_RESERVATION: { Accepted: 'ACCEPTED', Rejected: 'UNKNOWN_RESERVATION' },
  UNLOCK_CONNECTOR: { Unlocked: 'ACCEPTED', UnlockFailed: 'FAILED', NotSupported: 'NOT_SUPPORTED', OngoingAuthorizedTransaction: 'REJECTED', UnknownConnector: 'FAILED' },
};

/** The CommandResult POSTed to the eMSP for what the charge point answered (or failed to). */
export function commandResultOf(command: CommandType, outcome: StationOutcome): CommandResult {
  if (outcome.kind === 'failed') {
    const result: CommandResultType = { timeout: 'TIMEOUT', offline: 'FAILED', 'not-supported': 'NOT_SUPPORTED', 'not-accepted': 'REJECTED', error: 'FAILED' }[outcome.reason] as CommandResultType;
    return { result, message: text(outcome.message) };
  }
  const status = typeof outcome.response['status'] === 'string' ? outcome.response['status'] : '';
  const result = BY_STATUS[command][status];
  return result ? { result } : { result: 'FAILED', message: text(`the charge point answered ${status || 'without a status'}`) };
}
