export const TOKEN_CONTEXT = 'token';

/**
 * Tokens eMSPs pushed to the CPOs hosted here (Receiver interface), and tokens that came with a
 * START_SESSION or RESERVE_NOW. The aggregate id is a random reference (UUID), never the token uid:
 * subjects are kept forever and must not carry personal data.
 */
export const RECEIVED_TOKEN_AGGREGATE = 'received-token';

/** Tokens of the eMSPs hosted here (their Sender interface), by random reference as well. */
export const OWN_TOKEN_AGGREGATE = 'token';
