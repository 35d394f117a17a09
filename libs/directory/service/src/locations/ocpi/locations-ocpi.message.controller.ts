import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { type HandleOcpiModuleRequest, handleOcpiModuleRequestSchema, type OcpiExchangeReply, ocpiModuleHandlerSubject } from '@chargemesh/contracts/ocpi';
import { DIRECTORY_SERVICE } from '@chargemesh/contracts/party';
import { LOCATION_REFUSALS, type LocationTarget } from '@chargemesh/directory-domain';
import type { NatsResponder } from '@chargemesh/platform-messaging';
import { NATS_RESPONDER, parseRequest, SERVICE_CONFIG } from '@chargemesh/platform-runtime';
import { matchOcpiRoute, OcpiStatus, sameParty } from '@chargemesh/protocol-ocpi';
import type { DirectoryConfig } from '../../directory.config';
import { GetReceivedLocationQueryHandler } from '../receiver/get-received-location/get-received-location.query-handler';
import { PushReceivedLocationCommandHandler } from '../receiver/push-received-location/push-received-location.command-handler';
import { GetLocationObjectQueryHandler } from '../sender/get-location-object/get-location-object.query-handler';
import { GetLocationsQueryHandler } from '../sender/get-locations/get-locations.query-handler';
import { ocpiFailure, ocpiOk, type RefusalAnswers, replyForError, routeMismatchReply, routePath } from '../shared/ocpi-replies';
import { PartyRoles } from '../shared/party-roles';

const ok = { httpStatus: 200 };
const ANSWERS: RefusalAnswers = {
  [LOCATION_REFUSALS.invalid]: { ...ok, statusCode: OcpiStatus.INVALID_OR_MISSING_PARAMETERS },
  [LOCATION_REFUSALS.notOwner]: { ...ok, statusCode: OcpiStatus.INVALID_OR_MISSING_PARAMETERS },
  [LOCATION_REFUSALS.idMismatch]: { ...ok, statusCode: OcpiStatus.INVALID_OR_MISSING_PARAMETERS },
  [LOCATION_REFUSALS.notFound]: { ...ok, statusCode: OcpiStatus.UNKNOWN_LOCATION },
  [LOCATION_REFUSALS.evseNotFound]: { ...ok, statusCode: OcpiStatus.UNKNOWN_LOCATION },
  [LOCATION_REFUSALS.connectorNotFound]: { ...ok, statusCode: OcpiStatus.UNKNOWN_LOCATION },
  'DIRECTORY.UNAVAILABLE': { httpStatus: 503, statusCode: OcpiStatus.SERVER_ERROR },
};

const RECEIVER_ROLES = ['EMSP', 'NSP', 'NAP', 'SCSP', 'OTHER'] as const;

/**
 * `<ns>.cmd.ocpi-locations.handle`: the Locations module of the parties hosted here, as the OCPI
 * edge hands requests over. Receiver (eMSPs here): GET, PUT and PATCH of Locations, EVSEs and
 * Connectors pushed by CPOs. Sender (CPOs here): the paginated list and single objects.
 */
@Injectable()
export class LocationsOcpiMessageController implements OnApplicationBootstrap {
  constructor(
    @Inject(NATS_RESPONDER) private readonly responder: NatsResponder,
    @Inject(SERVICE_CONFIG) private readonly config: DirectoryConfig,
    private readonly roles: PartyRoles,
    private readonly push: PushReceivedLocationCommandHandler,
    private readonly getReceived: GetReceivedLocationQueryHandler,
    private readonly list: GetLocationsQueryHandler,
    private readonly getObject: GetLocationObjectQueryHandler,
  ) {}

  onApplicationBootstrap(): void {
    this.responder.serve(ocpiModuleHandlerSubject(this.config.CHARGEMESH_NAMESPACE, 'locations'), (payload) => this.handle(parseRequest(handleOcpiModuleRequestSchema, payload)), {
      queue: DIRECTORY_SERVICE,
    });
  }

  async handle(request: HandleOcpiModuleRequest): Promise<OcpiExchangeReply> {
    const match = matchOcpiRoute({ module: 'locations', interfaceRole: request.interface, method: request.method, path: routePath(request.path) });
    if (match.kind !== 'matched') return routeMismatchReply(match);
    if (match.problems.length) return ocpiFailure(200, OcpiStatus.INVALID_OR_MISSING_PARAMETERS, match.problems.join('; '));
    const { params } = match;
    const target: LocationTarget = { ...(params.evse_uid ? { evseUid: params.evse_uid } : {}), ...(params.connector_id ? { connectorId: params.connector_id } : {}) };
    try {
      if (request.interface === 'SENDER') {
        if (!(await this.roles.isHostedAs(request.to, ['CPO']))) return notImplemented(request, 'CPO');
        if (match.route.id === 'locations.sender.getList') return await this.list.execute(request.to, request.query, request.baseUrl);
        const found = await this.getObject.execute(request.to, params.location_id, target);
        return found ? ocpiOk(found) : unknown(params.location_id, target);
      }
      if (!(await this.roles.isHostedAs(request.to, RECEIVER_ROLES))) return notImplemented(request, 'eMSP');
      const owner = { countryCode: params.country_code, partyId: params.party_id };
      if (request.method === 'GET') {
        // Objects belong to the CPO that pushed them: another party learns nothing about them (transport_and_format_errors).
        const mayRead = sameParty(owner, request.from) || (await this.roles.isHub(request.from));
        const found = mayRead ? await this.getReceived.execute(request.to, owner, params.location_id, target) : undefined;
        return found ? ocpiOk(found) : unknown(params.location_id, target);
      }
      const { created } = await this.push.execute(
        {
          receiver: request.to,
          sender: request.from,
          senderIsHub: await this.roles.isHub(request.from),
          owner,
          locationId: params.location_id,
          ...target,
          method: request.method as 'PUT' | 'PATCH',
          body: request.body,
        },
        { correlationId: request.correlationId },
      );
      return ocpiOk(undefined, { httpStatus: created ? 201 : 200 });
    } catch (error) {
      return replyForError(error, ANSWERS);
    }
  }
}

function unknown(locationId: string, target: LocationTarget): OcpiExchangeReply {
  const what = target.connectorId !== undefined ? `connector ${target.connectorId} of EVSE ${target.evseUid}` : target.evseUid !== undefined ? `EVSE ${target.evseUid}` : 'location';
  return ocpiFailure(404, OcpiStatus.UNKNOWN_LOCATION, `unknown ${what} (location ${locationId})`);
}

function notImplemented(request: HandleOcpiModuleRequest, role: string): OcpiExchangeReply {
  return ocpiFailure(200, OcpiStatus.CLIENT_ERROR, `${request.to.countryCode}*${request.to.partyId} is not hosted here as a ${role}: it has no locations ${request.interface.toLowerCase()} interface`);
}
