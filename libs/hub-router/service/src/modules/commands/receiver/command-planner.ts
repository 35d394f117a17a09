import { Injectable } from '@nestjs/common';
import type { StationOcppVersion } from '@chargemesh/contracts/station';
import { type CommandRequest, type CommandResponseType, type CommandType, OcpiStatus, type PartyRef, sameParty, type Token } from '@chargemesh/protocol-ocpi';
import { resolveTarget, type StationTarget } from '../../shared/evse-target';
import { ModuleLookups } from '../../shared/lookups.client';
import { OcppIdsRepository } from '../../shared/ocpp-ids.repository';
import { cancelReservationAction, reserveNowAction, startSessionAction, type StationAction, stopSessionAction, unlockConnectorAction } from '../translation/station-actions';

/** What to do with a command: send an OCPP action, refuse it in the CommandResponse, or answer with an OCPI status (2003). */
export type CommandPlan =
  | { kind: 'send'; stationId: string; action: string; payload: Record<string, unknown>; token?: { token: Token; locationId: string; authorizationReference?: string } }
  | { kind: 'refuse'; result: CommandResponseType; message: string }
  | { kind: 'status'; statusCode: number; message: string };

export interface CommandContext {
  cpo: PartyRef;
  emsp: PartyRef;
}

const refuse = (message: string, result: CommandResponseType = 'REJECTED'): CommandPlan => ({ kind: 'refuse', result, message });
const unknownLocation = (message: string): CommandPlan => ({ kind: 'status', statusCode: OcpiStatus.UNKNOWN_LOCATION, message });

/**
 * Decides, before answering, whether a hosted CPO can send a command on to the charge point
 * (mod_commands_commandresponse_object: "if the CPO understood the command request and was able to
 * send it"): the location and EVSE exist and are linked to a station that is connected; a session
 * to stop exists and belongs to the eMSP's customer; the eMSP uses its own token. Identifiers the
 * charge point needs as integers are made here.
 */
@Injectable()
export class CommandPlanner {
  constructor(
    private readonly lookups: ModuleLookups,
    private readonly ids: OcppIdsRepository,
  ) {}

  async plan<C extends CommandType>(command: C, request: CommandRequest<C>, context: CommandContext): Promise<CommandPlan> {
    switch (command) {
      case 'START_SESSION':
        return this.startSession(request as CommandRequest<'START_SESSION'>, context);
      case 'RESERVE_NOW':
        return this.reserveNow(request as CommandRequest<'RESERVE_NOW'>, context);
      case 'STOP_SESSION':
        return this.stopSession(request as CommandRequest<'STOP_SESSION'>, context);
      case 'CANCEL_RESERVATION':
        return this.cancelReservation(request as CommandRequest<'CANCEL_RESERVATION'>, context);
      default:
        return this.unlock(request as CommandRequest<'UNLOCK_CONNECTOR'>, context);
    }
  }

  private async startSession(request: CommandRequest<'START_SESSION'>, context: CommandContext): Promise<CommandPlan> {
    if (!ownsToken(context.emsp, request.token)) return refuse('an eMSP may only use its own tokens');
    const found = await this.target(context.cpo, request.location_id, request.evse_uid, request.connector_id);
    if ('kind' in found) return found;
    const remoteStartId = await this.ids.remoteStartId(context.cpo, context.emsp, found.target.stationId, request.location_id, found.target.evseUid, request.authorization_reference);
    return send(found, startSessionAction(found.version, found.target, request.token, remoteStartId), { token: request.token, locationId: request.location_id, ...ref(request.authorization_reference) });
  }

  private async reserveNow(request: CommandRequest<'RESERVE_NOW'>, context: CommandContext): Promise<CommandPlan> {
    if (!ownsToken(context.emsp, request.token)) return refuse('an eMSP may only use its own tokens');
    const found = await this.target(context.cpo, request.location_id, request.evse_uid, undefined);
    if ('kind' in found) return found;
    const reservationId = await this.ids.reservationId(context.cpo, context.emsp, request.reservation_id, found.target.stationId);
    return send(found, reserveNowAction(found.version, found.target, request.token, request.expiry_date, reservationId), { token: request.token, locationId: request.location_id, ...ref(request.authorization_reference) });
  }

  private async stopSession(request: CommandRequest<'STOP_SESSION'>, context: CommandContext): Promise<CommandPlan> {
    const session = await this.lookups.session(context.cpo, request.session_id);
    if (!session) return refuse(`session ${request.session_id} is not known`, 'UNKNOWN_SESSION');
    const owner = session.session['cdr_token'] as { country_code?: string; party_id?: string } | undefined;
    if (!owner?.country_code || !owner.party_id || !sameParty(context.emsp, { countryCode: owner.country_code, partyId: owner.party_id })) {
      return refuse(`session ${request.session_id} is not one of your customers'`);
    }
    if (session.session['status'] === 'COMPLETED' || session.session['status'] === 'INVALID') return refuse(`session ${request.session_id} has ended`);
    const version = await this.connectedVersion(session.stationId);
    if (typeof version !== 'string') return version;
    return send({ version, target: { stationId: session.stationId, locationId: String(session.session['location_id']) } }, stopSessionAction(version, session.transactionId));
  }

  private async cancelReservation(request: CommandRequest<'CANCEL_RESERVATION'>, context: CommandContext): Promise<CommandPlan> {
    const reservation = await this.ids.findReservation(context.cpo, context.emsp, request.reservation_id);
    if (!reservation) return refuse(`reservation ${request.reservation_id} is not known`);
    const version = await this.connectedVersion(reservation.stationId);
    if (typeof version !== 'string') return version;
    return send({ version, target: { stationId: reservation.stationId, locationId: '' } }, cancelReservationAction(reservation.ocppId));
  }

  private async unlock(request: CommandRequest<'UNLOCK_CONNECTOR'>, context: CommandContext): Promise<CommandPlan> {
    const found = await this.target(context.cpo, request.location_id, request.evse_uid, request.connector_id);
    if ('kind' in found) return found;
    return send(found, unlockConnectorAction(found.version, found.target));
  }

  /** The charge point of a location (and EVSE, connector), if it is linked and connected. */
  private async target(cpo: PartyRef, locationId: string, evseUid: string | undefined, connectorId: string | undefined): Promise<{ version: StationOcppVersion; target: StationTarget } | CommandPlan> {
    const location = await this.lookups.location(cpo, locationId);
    if (!location) return unknownLocation(`location ${locationId} is not known`);
    const resolved = resolveTarget(location, evseUid, connectorId);
    if (resolved.kind === 'unknown') return unknownLocation(resolved.message);
    if (resolved.kind === 'not-controllable') return refuse(resolved.message);
    const version = await this.connectedVersion(resolved.target.stationId);
    return typeof version === 'string' ? { version, target: resolved.target } : version;
  }

  private async connectedVersion(stationId: string): Promise<StationOcppVersion | CommandPlan> {
    const station = await this.lookups.station(stationId);
    if (!station?.online || !station.ocppVersion) return refuse('the charge point is not connected');
    return station.ocppVersion;
  }
}

const ownsToken = (emsp: PartyRef, token: Token) => sameParty(emsp, { countryCode: token.country_code, partyId: token.party_id });
const ref = (authorizationReference: string | undefined) => (authorizationReference ? { authorizationReference } : {});

function send(found: { version?: StationOcppVersion; target: StationTarget }, action: StationAction, token?: Extract<CommandPlan, { kind: 'send' }>['token']): CommandPlan {
  if ('refusal' in action) return refuse(action.refusal, 'NOT_SUPPORTED');
  return { kind: 'send', stationId: found.target.stationId, action: action.action, payload: action.payload, ...(token ? { token } : {}) };
}
