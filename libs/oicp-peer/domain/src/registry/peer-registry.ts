import { CodedError } from '@chargemesh/contracts/envelope';
import { OICP_ERRORS } from '@chargemesh/contracts/oicp';
import { type AuthenticatedPeer, normaliseOperatorId, normaliseProviderId, OFFER_TO_ALL_PROVIDERS, sameOperatorId, sameProviderId } from '@chargemesh/protocol-oicp';

/*
 * The peer registry as routing sees it. A CPO keeps ProviderID → EMP peer, an EMP keeps OperatorID →
 * CPO peer (WWCP_OICP's RegisterProvider / RegisterOperator), and either may name one default peer for
 * the ids no other peer claims: that is how Hubject becomes "one more peer". Ids compare as OICP says
 * (case and optional separator ignored), so `DE*ABC` and `deabc` route alike.
 */

export interface PeerRoute {
  readonly peerId: string;
  readonly operatorIds: readonly string[];
  readonly providerIds: readonly string[];
  readonly defaultForOperators: boolean;
  readonly defaultForProviders: boolean;
}

/** The ids this instance hosts itself: no peer may claim them. */
export interface OwnIds {
  readonly operatorIds: readonly string[];
  readonly providerIds: readonly string[];
}

const byPeerId = (left: PeerRoute, right: PeerRoute) => left.peerId.localeCompare(right.peerId);

/** The EMP peer that serves `providerId`: the peer that names it, else the default peer for providers. */
export function resolveEmpPeer(peers: readonly PeerRoute[], providerId: string): PeerRoute | undefined {
  return peers.find((peer) => peer.providerIds.some((own) => sameProviderId(own, providerId))) ?? [...peers].sort(byPeerId).find((peer) => peer.defaultForProviders);
}

/** The CPO peer that serves `operatorId` (from an EvseID prefix): the peer that names it, else the default. */
export function resolveCpoPeer(peers: readonly PeerRoute[], operatorId: string): PeerRoute | undefined {
  return peers.find((peer) => peer.operatorIds.some((own) => sameOperatorId(own, operatorId))) ?? [...peers].sort(byPeerId).find((peer) => peer.defaultForOperators);
}

/** Every peer that acts as an EMP towards us: EVSE data, status and pricing fan out to all of them. */
export const empPeers = (peers: readonly PeerRoute[]) => [...peers].sort(byPeerId).filter((peer) => peer.providerIds.length > 0 || peer.defaultForProviders);

/** Every peer that acts as a CPO towards us: authentication data fans out to all of them. */
export const cpoPeers = (peers: readonly PeerRoute[]) => [...peers].sort(byPeerId).filter((peer) => peer.operatorIds.length > 0 || peer.defaultForOperators);

/** Pricing names its EMP: one ProviderID, or `*` for all EMP peers. */
export function pricingTargets(peers: readonly PeerRoute[], providerId: string): PeerRoute[] {
  if (providerId === OFFER_TO_ALL_PROVIDERS) return empPeers(peers);
  const peer = resolveEmpPeer(peers, providerId);
  return peer ? [peer] : [];
}

/**
 * The ids an authenticated peer may speak for in one request. Its own ids always; a default peer
 * (Hubject forwarding for many partners) also the ids the request names that no other peer claims and
 * that are not ours, since the hub speaks for partners we never registered one by one.
 */
export function identityOfPeer(
  peer: PeerRoute,
  peers: readonly PeerRoute[],
  own: OwnIds,
  claimed: { operatorIds: readonly string[]; providerIds: readonly string[] },
): AuthenticatedPeer {
  const others = peers.filter((other) => other.peerId !== peer.peerId);
  const operatorIds = [...peer.operatorIds];
  const providerIds = [...peer.providerIds];
  if (peer.defaultForOperators) {
    for (const id of claimed.operatorIds) {
      const takenByOther = others.some((other) => other.operatorIds.some((theirs) => sameOperatorId(theirs, id)));
      const ours = own.operatorIds.some((mine) => sameOperatorId(mine, id));
      if (!takenByOther && !ours) operatorIds.push(id);
    }
  }
  if (peer.defaultForProviders) {
    for (const id of claimed.providerIds) {
      const takenByOther = others.some((other) => other.providerIds.some((theirs) => sameProviderId(theirs, id)));
      const ours = own.providerIds.some((mine) => sameProviderId(mine, id));
      if (!takenByOther && !ours) providerIds.push(id);
    }
  }
  return { operatorIds, providerIds };
}

/**
 * Checks a peer configuration against the others and our own ids: an id routes to exactly one peer, and
 * there is at most one default peer per kind. Throws OICP.ALREADY_TAKEN naming the conflict.
 */
export function checkPeerConfiguration(candidate: PeerRoute, peers: readonly PeerRoute[], own: OwnIds): void {
  const others = peers.filter((peer) => peer.peerId !== candidate.peerId);
  for (const id of candidate.operatorIds) {
    if (normaliseOperatorId(id) === undefined) throw new CodedError(OICP_ERRORS.invalid, `${id} is not an OICP OperatorID`);
    if (own.operatorIds.some((mine) => sameOperatorId(mine, id))) throw new CodedError(OICP_ERRORS.idTaken, `OperatorID ${id} is hosted here`);
    const holder = others.find((peer) => peer.operatorIds.some((theirs) => sameOperatorId(theirs, id)));
    if (holder) throw new CodedError(OICP_ERRORS.idTaken, `OperatorID ${id} already routes to peer ${holder.peerId}`);
  }
  for (const id of candidate.providerIds) {
    if (normaliseProviderId(id) === undefined) throw new CodedError(OICP_ERRORS.invalid, `${id} is not an OICP ProviderID`);
    if (own.providerIds.some((mine) => sameProviderId(mine, id))) throw new CodedError(OICP_ERRORS.idTaken, `ProviderID ${id} is hosted here`);
    const holder = others.find((peer) => peer.providerIds.some((theirs) => sameProviderId(theirs, id)));
    if (holder) throw new CodedError(OICP_ERRORS.idTaken, `ProviderID ${id} already routes to peer ${holder.peerId}`);
  }
  const defaultOperators = others.find((peer) => peer.defaultForOperators);
  if (candidate.defaultForOperators && defaultOperators) throw new CodedError(OICP_ERRORS.idTaken, `peer ${defaultOperators.peerId} is already the default for operators`);
  const defaultProviders = others.find((peer) => peer.defaultForProviders);
  if (candidate.defaultForProviders && defaultProviders) throw new CodedError(OICP_ERRORS.idTaken, `peer ${defaultProviders.peerId} is already the default for providers`);
}
