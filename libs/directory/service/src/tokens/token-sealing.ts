import type { TokenPersonalData } from '@chargemesh/directory-domain';
import { SecretBox } from '@chargemesh/platform-secrets';

/**
 * Crypto-shredding of token personal data: each token reference has its own random AES-256 key
 * (token_identities.data_key); events carry the personal fields only sealed with it, bound to the
 * reference, so a ciphertext copied to another token does not open.
 */
export const sealPersonalData = (key: Buffer, ref: string, personal: TokenPersonalData): string => new SecretBox(key.toString('base64'), 'a token key').seal(ref, JSON.stringify(personal));

export const openPersonalData = (key: Buffer, ref: string, sealed: string): TokenPersonalData => JSON.parse(new SecretBox(key.toString('base64'), 'a token key').open(ref, sealed)) as TokenPersonalData;
