import type { AuthorizationResult } from '@chargemesh/contracts/oicp';
import { evcoIdOfIdentification, type Identification, providerIdOfEvcoId, statusCode, type StatusCode } from '@chargemesh/protocol-oicp';
import { empPeers, type PeerRoute, resolveEmpPeer } from '../registry/peer-registry';

/*
 * AuthorizeStart peer to peer. An identification that carries a contract id (QR, Plug&Charge, remote)
 * names its EMP through the EvcoID prefix, so it is asked alone. A bare RFID UID could belong to any EMP:
 * all EMP peers are asked in parallel and the first "Authorized" wins, as Hubject does in hub mode
 * (research/oicp.md §2, WWCP_OICP's broadcast with FirstOrDefault as intended).
 */

export type AuthorizationTargets =
  | { mode: 'targeted'; providerId: string; peers: PeerRoute[] }
  | { mode: 'broadcast'; peers: PeerRoute[] }
  | { mode: 'none'; reason: string };

export function authorizationTargets(peers: readonly PeerRoute[], identification: Identification): AuthorizationTargets {
  const evcoId = evcoIdOfIdentification(identification);
  const providerId = evcoId === undefined ? undefined : providerIdOfEvcoId(evcoId);
  if (providerId !== undefined) {
    const peer = resolveEmpPeer(peers, providerId);
    return peer ? { mode: 'targeted', providerId, peers: [peer] } : { mode: 'none', reason: `no EMP peer serves ProviderID ${providerId}` };
  }
  const all = empPeers(peers);
  return all.length ? { mode: 'broadcast', peers: all } : { mode: 'none', reason: 'no EMP peers are registered' };
}

export type PeerAnswer =
  | { peerId: string; kind: 'authorized'; sessionId: string; providerId?: string; statusCode: StatusCode; empPartnerSessionId?: string; stopIdentifications?: unknown[] }
  | { peerId: string; kind: 'not-authorized'; statusCode: StatusCode }
  | { peerId: string; kind: 'timed-out' | 'failed'; detail: string };

/**
 * The result once the winner is known or every peer has answered: the first authorization in arrival
 * order; else, for a single targeted peer, that peer's own refusal; else 210 when someone said no, 310
 * when nobody answered in time, 320 when no peer could be reached.
 */
export function authorizationOutcome(mode: 'targeted' | 'broadcast', answers: readonly PeerAnswer[]): AuthorizationResult {
  const summary = answers.map((answer) => ({ peerId: answer.peerId, answer: answer.kind }));
  const winner = answers.find((answer) => answer.kind === 'authorized');
  if (winner && winner.kind === 'authorized') {
    return {
      authorizationStatus: 'Authorized',
      statusCode: winner.statusCode,
      sessionId: winner.sessionId,
      ...(winner.providerId ? { providerId: winner.providerId } : {}),
      peerId: winner.peerId,
      ...(winner.empPartnerSessionId ? { empPartnerSessionId: winner.empPartnerSessionId } : {}),
      ...(winner.stopIdentifications ? { stopIdentifications: winner.stopIdentifications as Record<string, unknown>[] } : {}),
      answers: summary,
    };
  }
  const refusals = answers.filter((answer) => answer.kind === 'not-authorized');
  if (mode === 'targeted' && refusals.length === 1 && refusals[0].kind === 'not-authorized') {
    return { authorizationStatus: 'NotAuthorized', statusCode: refusals[0].statusCode, answers: summary };
  }
  if (refusals.length > 0) return { authorizationStatus: 'NotAuthorized', statusCode: statusCode('210', 'no EMP peer authorized the identification'), answers: summary };
  if (answers.some((answer) => answer.kind === 'timed-out')) return { authorizationStatus: 'NotAuthorized', statusCode: statusCode('310', 'no EMP peer answered in time'), answers: summary };
  return { authorizationStatus: 'NotAuthorized', statusCode: statusCode('320', 'no EMP peer could be reached'), answers: summary };
}

/** No peer to ask: answered locally, no HTTP call. */
export function noRouteAuthorization(reason: string): AuthorizationResult {
  return { authorizationStatus: 'NotAuthorized', statusCode: statusCode('210', reason), answers: [] };
}
