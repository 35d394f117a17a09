import type { AuthorizationStatus } from '@chargemesh/contracts/station';
import type { AllowedType, OcpiTokenType } from '@chargemesh/contracts/token';
import type { AuthorizationInfo, Token } from '@chargemesh/protocol-ocpi';

/** What the token authority does for a token a station presents. */
export type AuthorityPlan =
  | { kind: 'answer'; status: AuthorizationStatus; source: 'WHITELIST' | 'COMMAND' | 'REAL_TIME' }
  /** Ask the token's eMSP (POST tokens/{uid}/authorize); `unreachable` is the answer when it cannot be asked. */
  | { kind: 'real-time'; unreachable: AuthorizationStatus };

export interface AuthorityContext {
  purpose: 'authorize' | 'start' | 'stop' | 'update';
  /** When the token's eMSP last sent it in a START_SESSION/RESERVE_NOW for this station. */
  commandAt?: Date;
  /** A real-time answer for this token and station that may be reused, and when it was given. */
  recentRealTime?: { allowed: AllowedType; at: Date };
  now: Date;
  reuseMs: number;
}

/** Spec: no real-time authorisation of an RFID token within 15 minutes of the START_SESSION/RESERVE_NOW that carried it (mod_commands_startsession_object). */
export const COMMAND_GRACE_MS = 15 * 60_000;
/** An app or ad-hoc token of a command is never authorised in real time; its command holds for a charge started within this time. */
const APP_COMMAND_VALIDITY_MS = 24 * 3_600_000;

/**
 * The whitelist rules (mod_tokens_whitelisttype_enum): ALWAYS is answered from the token the eMSP
 * pushed; ALLOWED too, unless it is marked invalid (its state may have changed: ask); ALLOWED_OFFLINE
 * and NEVER are asked in real time, and when the eMSP cannot be reached ALLOWED_OFFLINE is allowed
 * and NEVER is not. A token the eMSP just sent in a command is not checked again, and a stop or
 * update of a charge is answered from what is held: the charge was authorised when it started.
 */
export function planAuthorization(token: Token, context: AuthorityContext): AuthorityPlan {
  const age = (at: Date) => context.now.getTime() - at.getTime();
  if (context.commandAt && age(context.commandAt) < (isAppToken(token.type) ? APP_COMMAND_VALIDITY_MS : COMMAND_GRACE_MS)) return { kind: 'answer', status: 'Accepted', source: 'COMMAND' };
  if (context.purpose === 'stop' || context.purpose === 'update') return fromWhitelist(token);
  if (context.recentRealTime && age(context.recentRealTime.at) < context.reuseMs) return { kind: 'answer', status: statusOfAllowed(context.recentRealTime.allowed), source: 'REAL_TIME' };
  switch (token.whitelist) {
    case 'ALWAYS':
      return fromWhitelist(token);
    case 'ALLOWED':
      return token.valid ? fromWhitelist(token) : { kind: 'real-time', unreachable: 'Invalid' };
    case 'ALLOWED_OFFLINE':
      return { kind: 'real-time', unreachable: 'Accepted' };
    case 'NEVER':
      return { kind: 'real-time', unreachable: 'Invalid' };
  }
}

const isAppToken = (type: OcpiTokenType) => type === 'APP_USER' || type === 'AD_HOC_USER';

const fromWhitelist = (token: Token): AuthorityPlan => ({ kind: 'answer', status: token.valid ? 'Accepted' : 'Invalid', source: 'WHITELIST' });

/** OCPI AllowedType as the OCPP authorisation status (2.0.1 spelling; the gateway narrows it for 1.6). */
export function statusOfAllowed(allowed: AllowedType): AuthorizationStatus {
  switch (allowed) {
    case 'ALLOWED':
      return 'Accepted';
    case 'BLOCKED':
      return 'Blocked';
    case 'EXPIRED':
      return 'Expired';
    case 'NO_CREDIT':
      return 'NoCredit';
    case 'NOT_ALLOWED':
      return 'NotAtThisLocation';
  }
}

/**
 * The eMSP's AuthorizationInfo for a charge at `evseUid`: allowed only if the EVSE is among those
 * it allows, when it names EVSEs at all (mod_tokens_authorizationinfo_object: "Only the EVSEs the
 * EV driver is allowed to charge at are returned").
 */
export function allowedAt(info: Pick<AuthorizationInfo, 'allowed' | 'location'>, evseUid: string | undefined): AllowedType {
  if (info.allowed !== 'ALLOWED' || !evseUid) return info.allowed;
  const allowedEvses = info.location?.evse_uids;
  if (allowedEvses && allowedEvses.length > 0 && !allowedEvses.some((uid) => uid.toUpperCase() === evseUid.toUpperCase())) return 'NOT_ALLOWED';
  return 'ALLOWED';
}

/**
 * Which OCPI token types an OCPP id token can be: 2.0.1 ISO14443/ISO15693 cards are RFID, Central
 * tokens (remote starts) the app, ad-hoc and other types; eMAID and 1.6 idTags (no type) any.
 */
export function ocpiTypesOf(ocppType: string | undefined): readonly OcpiTokenType[] {
  switch (ocppType) {
    case 'ISO14443':
    case 'ISO15693':
      return ['RFID'];
    case 'Central':
      return ['APP_USER', 'AD_HOC_USER', 'OTHER', 'RFID'];
    case 'KeyCode':
    case 'Local':
    case 'MacAddress':
      return ['OTHER'];
    default:
      return ['RFID', 'APP_USER', 'AD_HOC_USER', 'OTHER'];
  }
}

