import { Inject, Injectable } from '@nestjs/common';
import { CodedError } from '@chargemesh/contracts/envelope';
import { resolvedTokenSchema, STATION_ERRORS, STATION_GATEWAY_ACTIONS, STATION_GATEWAY_SERVICE } from '@chargemesh/contracts/station';
import { type FindTokenByRefRequest, TOKEN_ERRORS, type TokenByRef } from '@chargemesh/contracts/token';
import { commandSubject } from '@chargemesh/contracts/envelope';
import { ocpiTypesOf } from '@chargemesh/directory-domain';
import { type NatsRequester, NoRespondersError, RemoteError } from '@chargemesh/platform-messaging';
import { NATS_REQUESTER, SERVICE_CONFIG } from '@chargemesh/platform-runtime';
import type { DirectoryConfig } from '../../directory.config';
import { TokenReadModel } from '../token-read-model';

/**
 * `find-token-by-ref`: the eMSP and CdrToken behind the token reference of a station
 * transaction. The gateway gives the raw id token for the reference; the CPO's tokens are
 * searched by uid among the types that id token can be, the most recently updated first.
 */
@Injectable()
export class FindTokenByRefQueryHandler {
  constructor(
    private readonly tokens: TokenReadModel,
    @Inject(NATS_REQUESTER) private readonly requester: NatsRequester,
    @Inject(SERVICE_CONFIG) private readonly config: DirectoryConfig,
  ) {}

  async execute(request: FindTokenByRefRequest): Promise<TokenByRef> {
    const idToken = await this.resolve(request.tokenRef);
    const types = ocpiTypesOf(idToken.type);
    const found = (await this.tokens.receivedByUid(request.cpo, idToken.value)).find((held) => types.includes(held.type));
    if (!found) throw new CodedError(TOKEN_ERRORS.notFound, `${request.cpo.countryCode}*${request.cpo.partyId} holds no OCPI token for this reference`);
    const { token } = found;
    const { authorizationReference } = await this.tokens.authorizations(found.ref, request.cpo, undefined);
    return {
      emsp: found.owner,
      cdrToken: { country_code: token.country_code, party_id: token.party_id, uid: token.uid, type: token.type, contract_id: token.contract_id },
      whitelist: token.whitelist,
      ...(authorizationReference ? { authorizationReference } : {}),
    };
  }

  private async resolve(ref: string): Promise<{ value: string; type?: string }> {
    try {
      const answer = await this.requester.request(commandSubject(this.config.CHARGEMESH_NAMESPACE, STATION_GATEWAY_SERVICE, STATION_GATEWAY_ACTIONS.resolveTokenRef), { ref });
      return resolvedTokenSchema.parse(answer);
    } catch (error) {
      if (error instanceof RemoteError && error.code === STATION_ERRORS.tokenRefNotFound) throw new CodedError(TOKEN_ERRORS.refNotFound, `the station gateway knows no token ${ref}`);
      if (error instanceof NoRespondersError) throw new CodedError('TOKEN.UNAVAILABLE', 'the station gateway is not running');
      throw error;
    }
  }
}
