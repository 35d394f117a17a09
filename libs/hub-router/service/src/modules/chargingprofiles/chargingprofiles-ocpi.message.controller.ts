import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { type HandleOcpiModuleRequest, handleOcpiModuleRequestSchema, type OcpiExchangeReply, ocpiModuleHandlerSubject } from '@chargemesh/contracts/ocpi';
import type { NatsResponder } from '@chargemesh/platform-messaging';
import { NATS_RESPONDER, parseRequest, SERVICE_CONFIG } from '@chargemesh/platform-runtime';
import { matchOcpiRoute, OcpiStatus } from '@chargemesh/protocol-ocpi';
import type { HubRouterConfig } from '../../hub-router.config';
import { ModuleLookups } from '../shared/lookups.client';
import { moduleFailure, routeMismatch, routePath } from '../shared/module-replies';
import { AcceptProfileRequestCommandHandler } from './receiver/accept-profile-request.command-handler';
import { ReceiveActiveProfileCommandHandler } from './sender/active-profile/receive-active-profile.command-handler';
import { ReceiveProfileResultCommandHandler } from './sender/receive-profile-result/receive-profile-result.command-handler';

/**
 * `<ns>.cmd.ocpi-chargingprofiles.handle`: the ChargingProfiles module of the parties hosted here.
 * Receiver (CPOs): set, report and clear a session's profile at the charge point. Sender (eMSPs and
 * SCSPs): the results of their requests and the ActiveChargingProfiles CPOs push.
 */
@Injectable()
export class ChargingProfilesOcpiMessageController implements OnApplicationBootstrap {
  constructor(
    @Inject(NATS_RESPONDER) private readonly responder: NatsResponder,
    @Inject(SERVICE_CONFIG) private readonly config: HubRouterConfig,
    private readonly lookups: ModuleLookups,
    private readonly accept: AcceptProfileRequestCommandHandler,
    private readonly results: ReceiveProfileResultCommandHandler,
    private readonly active: ReceiveActiveProfileCommandHandler,
  ) {}

  onApplicationBootstrap(): void {
    this.responder.serve(ocpiModuleHandlerSubject(this.config.CHARGEMESH_NAMESPACE, 'chargingprofiles'), (payload) => this.handle(parseRequest(handleOcpiModuleRequestSchema, payload)), { queue: 'hub-router' });
  }

  async handle(request: HandleOcpiModuleRequest): Promise<OcpiExchangeReply> {
    const match = matchOcpiRoute({ module: 'chargingprofiles', interfaceRole: request.interface, method: request.method, path: routePath(request.path) });
    if (match.kind !== 'matched') return routeMismatch(match);
    if (match.problems.length) return moduleFailure(200, OcpiStatus.INVALID_OR_MISSING_PARAMETERS, match.problems.join('; '));
    const roles = request.interface === 'RECEIVER' ? ['CPO'] : ['EMSP', 'SCSP'];
    if (!(await this.lookups.hostedRoles(request.to)).some((role) => roles.includes(role))) {
      return moduleFailure(200, OcpiStatus.CLIENT_ERROR, `${request.to.countryCode}*${request.to.partyId} is not hosted here as ${roles.join(' or ')}: it has no chargingprofiles ${request.interface.toLowerCase()} interface`);
    }
    if (request.interface === 'SENDER') {
      if (match.route.id === 'chargingprofiles.sender.putActiveProfile') return this.active.execute(match.params.session_id, request.body, request.from, request.to);
      return this.results.execute(request.path, request.body, request.from, request.to);
    }
    return this.accept.execute({ method: request.method as 'GET' | 'PUT' | 'DELETE', sessionId: match.params.session_id, query: request.query, body: request.body, cpo: request.to, sender: request.from, correlationId: request.correlationId });
  }
}
