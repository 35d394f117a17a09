import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import { CodedError, isCodedError, STREAMS } from '@chargemesh/contracts/envelope';
import type { AuthorizationStatus, TokenAuthorityRequest, TokenAuthorityResponse } from '@chargemesh/contracts/station';
import { type AllowedType, RECEIVED_TOKEN_AGGREGATE, TOKEN_ERRORS, TokenAuthorizedV1 } from '@chargemesh/contracts/token';
import { allowedAt, ocpiTypesOf, planAuthorization, statusOfAllowed } from '@chargemesh/directory-domain';
import type { EventStore } from '@chargemesh/platform-messaging';
import { EVENT_STORE, LOGGER, SERVICE_CONFIG } from '@chargemesh/platform-runtime';
import { authorizationInfoSchema, type LocationReferences, normalizeParty, OcpiStatus, type Token } from '@chargemesh/protocol-ocpi';
import type { DirectoryConfig } from '../../directory.config';
import { FindEvseByStationQueryHandler } from '../../locations/find-evse-by-station/find-evse-by-station.query-handler';
import { OcpiOutboundClient } from '../../locations/shared/ocpi-outbound.client';
import { type HeldToken, TokenReadModel } from '../token-read-model';

/**
 * The station gateway's real-time hook (`<ns>.cmd.token-authority.authorize`) for the CPOs hosted
 * here: the token is looked up among those its eMSPs gave the CPO, and the whitelist rules decide
 * whether to answer from it or to ask the eMSP (POST tokens/{uid}/authorize through the router,
 * with the location and EVSE). A token no eMSP gave is refused with TOKEN.NOT_FOUND, so that the
 * gateway falls back to its local authorisation list.
 */
@Injectable()
export class AuthorizeAtStationCommandHandler {
  constructor(
    private readonly tokens: TokenReadModel,
    private readonly evses: FindEvseByStationQueryHandler,
    private readonly outbound: OcpiOutboundClient,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(SERVICE_CONFIG) private readonly config: DirectoryConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async execute(request: TokenAuthorityRequest): Promise<TokenAuthorityResponse> {
    const cpo = normalizeParty(request.party);
    const types = ocpiTypesOf(request.idToken.type);
    const held = (await this.tokens.receivedByUid(cpo, request.idToken.value)).find((candidate) => types.includes(candidate.type));
    if (!held) throw new CodedError(TOKEN_ERRORS.notFound, 'no eMSP gave this CPO the token');
    const known = await this.tokens.authorizations(held.ref, cpo, request.stationId);
    const plan = planAuthorization(held.token, { purpose: request.purpose, ...known, now: new Date(), reuseMs: this.config.TOKEN_AUTHORIZATION_REUSE_MS });
    if (plan.kind === 'answer') return answer(plan.status, held.token);
    return answer(await this.askEmsp(held, cpo, request, plan.unreachable), held.token);
  }

  private async askEmsp(held: HeldToken, cpo: { countryCode: string; partyId: string }, request: TokenAuthorityRequest, unreachable: AuthorizationStatus): Promise<AuthorizationStatus> {
    const where = request.evseId ? await this.evses.execute({ stationId: request.stationId, evseId: request.evseId }).catch(() => undefined) : undefined;
    const references: LocationReferences | undefined = where ? { location_id: where.locationId, evse_uids: [where.evseUid] } : undefined;
    try {
      const reply = await this.outbound.send({
        module: 'tokens',
        interface: 'SENDER',
        method: 'POST',
        path: [held.token.uid, 'authorize'],
        query: { type: held.type },
        ...(references ? { body: references } : {}),
        from: cpo,
        to: held.owner,
        timeoutMs: this.config.TOKEN_REAL_TIME_TIMEOUT_MS,
      });
      if (reply.statusCode === OcpiStatus.UNKNOWN_TOKEN || reply.httpStatus === 404) return 'Unknown';
      const info = authorizationInfoSchema.safeParse(reply.data);
      if (reply.statusCode !== OcpiStatus.SUCCESS || !info.success) {
        this.logger.info({ statusCode: reply.statusCode, httpStatus: reply.httpStatus }, 'the eMSP gave no usable real-time authorisation');
        return unreachable;
      }
      const allowed = allowedAt(info.data, where?.evseUid);
      await this.record(held.ref, cpo, request.stationId, allowed, where?.locationId, info.data.authorization_reference);
      return statusOfAllowed(allowed);
    } catch (error) {
      this.logger.info({ err: isCodedError(error) ? error.code : error }, 'the eMSP could not be asked in real time');
      return unreachable;
    }
  }

  private async record(ref: string, cpo: { countryCode: string; partyId: string }, stationId: string, allowed: AllowedType, locationId: string | undefined, authorizationReference: string | undefined): Promise<void> {
    await this.store.append({ stream: STREAMS.TOKEN, aggregate: RECEIVED_TOKEN_AGGREGATE, id: ref }, TokenAuthorizedV1, {
      ref,
      cpo,
      source: 'REAL_TIME',
      allowed,
      stationId,
      ...(locationId ? { locationId } : {}),
      ...(authorizationReference ? { authorizationReference } : {}),
    });
  }
}

/** The gateway's answer; the token's group id lets a card and a key fob of one driver stop each other's charge. */
const answer = (status: AuthorizationStatus, token: Token): TokenAuthorityResponse => ({ status, ...(token.group_id ? { groupIdToken: { value: token.group_id } } : {}) });
