import { Inject, Injectable } from '@nestjs/common';
import { commandSubject } from '@chargemesh/contracts/envelope';
import { DIRECTORY_SERVICE } from '@chargemesh/contracts/party';
import type { PartyRef } from '@chargemesh/contracts/tariff';
import { TOKEN_ACTIONS, TOKEN_ERRORS, type TokenByRef, tokenByRefSchema } from '@chargemesh/contracts/token';
import { type NatsRequester, RemoteError } from '@chargemesh/platform-messaging';
import { NATS_REQUESTER, SERVICE_CONFIG } from '@chargemesh/platform-runtime';
import type { TariffCdrConfig } from '../../tariff-cdr.config';

/**
 * The eMSP and OCPI CdrToken behind the gateway's token reference: the directory's
 * `find-token-by-ref`. Undefined when the token is not known as an OCPI eMSP's (the session's data
 * then waits for it); other failures are thrown, to be retried.
 */
@Injectable()
export class TokenOwners {
  constructor(
    @Inject(NATS_REQUESTER) private readonly requester: NatsRequester,
    @Inject(SERVICE_CONFIG) private readonly config: TariffCdrConfig,
  ) {}

  async find(cpo: PartyRef, tokenRef: string): Promise<TokenByRef | undefined> {
    try {
      const answer = await this.requester.request(commandSubject(this.config.CHARGEMESH_NAMESPACE, DIRECTORY_SERVICE, TOKEN_ACTIONS.findTokenByRef), { cpo, tokenRef });
      return tokenByRefSchema.parse(answer);
    } catch (error) {
      if (error instanceof RemoteError && (error.code === TOKEN_ERRORS.refNotFound || error.code === TOKEN_ERRORS.notFound)) return undefined;
      throw error;
    }
  }
}
