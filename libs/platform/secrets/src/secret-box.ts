import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { CodedError } from '@chargemesh/contracts/envelope';

const FORMAT = 'v1';

/**
 * Encrypts secrets we must present to others (partners' tokens) at rest with AES-256-GCM.
 * The owner id (a partner or peer id) is bound as associated data, so a ciphertext copied to
 * another owner's row does not decrypt. Stored as `v1.<iv>.<tag>.<ciphertext>`, base64 parts.
 */
export class SecretBox {
  private readonly key: Buffer;

  /** @param base64Key 32 random bytes in base64 (`openssl rand -base64 32`) */
  constructor(
    base64Key: string,
    private readonly keyName = 'the encryption key',
  ) {
    const key = Buffer.from(base64Key, 'base64');
    if (key.length !== 32) throw new CodedError('SECRETS.INVALID_KEY', `${keyName} must be 32 bytes in base64 (openssl rand -base64 32)`);
    this.key = key;
  }

  seal(ownerId: string, secret: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    cipher.setAAD(Buffer.from(ownerId, 'utf8'));
    const ciphertext = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
    return [FORMAT, iv.toString('base64'), cipher.getAuthTag().toString('base64'), ciphertext.toString('base64')].join('.');
  }

  open(ownerId: string, sealed: string): string {
    const [format, iv, tag, ciphertext] = sealed.split('.');
    if (format !== FORMAT || !iv || !tag || ciphertext === undefined) throw new CodedError('SECRETS.UNREADABLE', `a stored secret of ${ownerId} has an unknown format`);
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64'));
      decipher.setAAD(Buffer.from(ownerId, 'utf8'));
      decipher.setAuthTag(Buffer.from(tag, 'base64'));
      return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64')), decipher.final()]).toString('utf8');
    } catch {
      // Never echo the ciphertext; a rotated key is the usual cause.
      throw new CodedError('SECRETS.UNREADABLE', `a stored secret of ${ownerId} cannot be decrypted with ${this.keyName}`);
    }
  }
}
