import { Injectable } from '@nestjs/common';
import type { OwnCredentials as OwnCredentialsView } from '@chargemesh/contracts/credential';
import { OwnCredentials } from '../../shared/own-credentials';

/**
 * GET on our credentials endpoint. We keep only digests of the tokens we issued, so the token is
 * not part of the answer: the edge puts back the one the caller authenticated with.
 */
@Injectable()
export class GetOwnCredentialsQueryHandler {
  constructor(private readonly own: OwnCredentials) {}

  async execute(): Promise<OwnCredentialsView> {
    return { url: this.own.versionsUrl, roles: (await this.own.load()).roles };
  }
}
