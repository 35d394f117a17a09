import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { type HandleOcpiModuleRequest, handleOcpiModuleRequestSchema, type OcpiExchangeReply, ocpiModuleHandlerSubject } from '@chargemesh/contracts/ocpi';
import { DIRECTORY_SERVICE } from '@chargemesh/contracts/party';
import { TOKEN_REFUSALS } from '@chargemesh/directory-domain';
import type { NatsResponder } from '@chargemesh/platform-messaging';
import { NATS_RESPONDER, parseRequest, SERVICE_CONFIG } from '@chargemesh/platform-runtime';
import { matchOcpiRoute, OcpiStatus, sameParty, tokenTypeQuerySchema, tokenTypeSchema } from '@chargemesh/protocol-ocpi';
import type { DirectoryConfig } from '../../directory.config';
import { ocpiFailure, ocpiOk, type RefusalAnswers, replyForError, routeMismatchReply, routePath } from '../../locations/shared/ocpi-replies';
import { PartyRoles } from '../../locations/shared/party-roles';
import { PushReceivedTokenCommandHandler } from '../receiver/push-received-token/push-received-token.command-handler';
import { AuthorizeTokenCommandHandler } from '../sender/authorize-token/authorize-token.command-handler';
import { GetTokensQueryHandler } from '../sender/get-tokens/get-tokens.query-handler';
import { TokenReadModel } from '../token-read-model';

const ok = { httpStatus: 200 };
const ANSWERS: RefusalAnswers = {
  [TOKEN_REFUSALS.invalid]: { ...ok, statusCode: OcpiStatus.INVALID_OR_MISSING_PARAMETERS },
  [TOKEN_REFUSALS.notOwner]: { ...ok, statusCode: OcpiStatus.INVALID_OR_MISSING_PARAMETERS },
  [TOKEN_REFUSALS.idMismatch]: { ...ok, statusCode: OcpiStatus.INVALID_OR_MISSING_PARAMETERS },
  [TOKEN_REFUSALS.notFound]: { ...ok, statusCode: OcpiStatus.UNKNOWN_TOKEN },
  'DIRECTORY.UNAVAILABLE': { httpStatus: 503, statusCode: OcpiStatus.SERVER_ERROR },
};

/**
 * `<ns>.cmd.ocpi-tokens.handle`: the Tokens module of the parties hosted here. Receiver (CPOs
 * here): GET, PUT and PATCH of tokens pushed by eMSPs. Sender (eMSPs here): the paginated list and
 * real-time authorisation.
 */
@Injectable()
export class TokensOcpiMessageController implements OnApplicationBootstrap {
  constructor(
    @Inject(NATS_RESPONDER) private readonly responder: NatsResponder,
    @Inject(SERVICE_CONFIG) private readonly config: DirectoryConfig,
    private readonly roles: PartyRoles,
    private readonly push: PushReceivedTokenCommandHandler,
    private readonly tokens: TokenReadModel,
    private readonly list: GetTokensQueryHandler,
    private readonly authorize: AuthorizeTokenCommandHandler,
  ) {}

  onApplicationBootstrap(): void {
    this.responder.serve(ocpiModuleHandlerSubject(this.config.CHARGEMESH_NAMESPACE, 'tokens'), (payload) => this.handle(parseRequest(handleOcpiModuleRequestSchema, payload)), { queue: DIRECTORY_SERVICE });
  }

  async handle(request: HandleOcpiModuleRequest): Promise<OcpiExchangeReply> {
    const match = matchOcpiRoute({ module: 'tokens', interfaceRole: request.interface, method: request.method, path: routePath(request.path) });
    if (match.kind !== 'matched') return routeMismatchReply(match);
    if (match.problems.length) return ocpiFailure(200, OcpiStatus.INVALID_OR_MISSING_PARAMETERS, match.problems.join('; '));
    const { params, route } = match;
    const type = route.id === 'tokens.sender.getList' ? undefined : tokenTypeQuerySchema.safeParse({ type: request.query['type'] });
    if (type && !type.success) return ocpiFailure(200, OcpiStatus.INVALID_OR_MISSING_PARAMETERS, `type must be one of AD_HOC_USER, APP_USER, OTHER, RFID`);
    const typeInUrl = request.query['type'] !== undefined;
    // A PUT without ?type= is read as the body's type: the parameter only defaults to RFID when nothing else says.
    const bodyType = request.method === 'PUT' && !typeInUrl ? tokenTypeSchema.safeParse((request.body as { type?: unknown } | undefined)?.type) : undefined;
    const tokenType = bodyType?.success ? bodyType.data : type?.success ? type.data.type : 'RFID';
    try {
      if (request.interface === 'SENDER') {
        if (!(await this.roles.isHostedAs(request.to, ['EMSP']))) return notImplemented(request, 'an eMSP');
        if (route.id === 'tokens.sender.getList') return await this.list.execute(request.to, request.query, request.baseUrl);
        return await this.authorize.execute(request.to, params.token_uid, tokenType, request.body);
      }
      if (!(await this.roles.isHostedAs(request.to, ['CPO']))) return notImplemented(request, 'a CPO');
      const owner = { countryCode: params.country_code, partyId: params.party_id };
      if (request.method === 'GET') {
        // Tokens belong to the eMSP that pushed them: another party learns nothing about them.
        const mayRead = sameParty(owner, request.from) || (await this.roles.isHub(request.from));
        const found = mayRead ? await this.tokens.received(request.to, owner, params.token_uid, tokenType) : undefined;
        return found ? ocpiOk(found) : ocpiFailure(404, OcpiStatus.UNKNOWN_TOKEN, `unknown token ${params.token_uid} (${tokenType})`);
      }
      const { created } = await this.push.execute({
        receiver: request.to,
        sender: request.from,
        owner,
        uid: params.token_uid,
        type: tokenType,
        typeInUrl,
        method: request.method as 'PUT' | 'PATCH',
        body: request.body,
        correlationId: request.correlationId,
      });
      return ocpiOk(undefined, { httpStatus: created ? 201 : 200 });
    } catch (error) {
      return replyForError(error, ANSWERS);
    }
  }
}

function notImplemented(request: HandleOcpiModuleRequest, role: string): OcpiExchangeReply {
  return ocpiFailure(200, OcpiStatus.CLIENT_ERROR, `${request.to.countryCode}*${request.to.partyId} is not hosted here as ${role}: it has no tokens ${request.interface.toLowerCase()} interface`);
}
