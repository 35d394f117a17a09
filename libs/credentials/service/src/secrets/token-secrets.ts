import { Inject, Injectable } from '@nestjs/common';
import { CodedError } from '@chargemesh/contracts/envelope';
import { CREDENTIALS_ERRORS } from '@chargemesh/contracts/credential';
import { SERVICE_CONFIG } from '@chargemesh/platform-runtime';
import { SecretBox } from '@chargemesh/platform-secrets';
import type { CredentialsConfig } from '../credentials.config';

/** Tokens we accept are stored as `hashToken` digests; tokens we issue come from `generateToken`. */
export { generateToken, hashToken } from '@chargemesh/platform-secrets';

/**
 * Seals the tokens we must present to partners with CREDENTIALS_ENCRYPTION_KEY, the partner's
 * platform id bound as associated data. Without the key (development) the service still starts,
 * and every action that needs a partner token fails with the variable named.
 */
@Injectable()
export class TokenVault {
  private readonly box?: SecretBox;

  constructor(@Inject(SERVICE_CONFIG) config: Pick<CredentialsConfig, 'CREDENTIALS_ENCRYPTION_KEY'>) {
    this.box = config.CREDENTIALS_ENCRYPTION_KEY ? new SecretBox(config.CREDENTIALS_ENCRYPTION_KEY, 'CREDENTIALS_ENCRYPTION_KEY') : undefined;
  }

  encrypt(platformId: string, token: string): string {
    return this.requireBox().seal(platformId, token);
  }

  decrypt(platformId: string, sealed: string): string {
    try {
      return this.requireBox().open(platformId, sealed);
    } catch (error) {
      // A rotated key is the usual cause; the ciphertext is never echoed.
      if ((error as { code?: string }).code === 'SECRETS.UNREADABLE') {
        throw new CodedError(CREDENTIALS_ERRORS.encryptionKeyMissing, `the stored token of partner ${platformId} cannot be decrypted with the configured CREDENTIALS_ENCRYPTION_KEY`);
      }
      throw error;
    }
  }

  /** Fails now, with the variable named, when the key that a coming handshake needs is missing. */
  assertReady(): void {
    this.requireBox();
  }

  private requireBox(): SecretBox {
    if (!this.box) {
      throw new CodedError(CREDENTIALS_ERRORS.encryptionKeyMissing, 'CREDENTIALS_ENCRYPTION_KEY is not set: partner tokens cannot be stored or used (openssl rand -base64 32)');
    }
    return this.box;
  }
}
