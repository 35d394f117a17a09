import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { type HandleOcpiModuleRequest, handleOcpiModuleRequestSchema, type OcpiExchangeReply, ocpiModuleHandlerSubject } from '@chargemesh/contracts/ocpi';
import type { NatsResponder } from '@chargemesh/platform-messaging';
import { NATS_RESPONDER, parseRequest, SERVICE_CONFIG } from '@chargemesh/platform-runtime';
import { type CommandType, matchOcpiRoute, OcpiStatus } from '@chargemesh/protocol-ocpi';
import type { HubRouterConfig } from '../../hub-router.config';
import { ModuleLookups } from '../shared/lookups.client';
import { moduleFailure, routeMismatch, routePath } from '../shared/module-replies';
import { AcceptCommandCommandHandler } from './receiver/accept-command.command-handler';
import { ReceiveCommandResultCommandHandler } from './sender/receive-command-result/receive-command-result.command-handler';

/**
 * `<ns>.cmd.ocpi-commands.handle`: the Commands module of the parties hosted here. Receiver (CPOs):
 * the five commands, answered at once and carried out at the charge point. Sender (eMSPs): the
 * CommandResults of the commands they sent, on the response_url we gave.
 */
@Injectable()
export class CommandsOcpiMessageController implements OnApplicationBootstrap {
  constructor(
    @Inject(NATS_RESPONDER) private readonly responder: NatsResponder,
    @Inject(SERVICE_CONFIG) private readonly config: HubRouterConfig,
    private readonly lookups: ModuleLookups,
    private readonly accept: AcceptCommandCommandHandler,
    private readonly results: ReceiveCommandResultCommandHandler,
  ) {}

  onApplicationBootstrap(): void {
    this.responder.serve(ocpiModuleHandlerSubject(this.config.CHARGEMESH_NAMESPACE, 'commands'), (payload) => this.handle(parseRequest(handleOcpiModuleRequestSchema, payload)), { queue: 'hub-router' });
  }

  async handle(request: HandleOcpiModuleRequest): Promise<OcpiExchangeReply> {
    const match = matchOcpiRoute({ module: 'commands', interfaceRole: request.interface, method: request.method, path: routePath(request.path) });
    if (match.kind !== 'matched') return routeMismatch(match);
    const role = request.interface === 'RECEIVER' ? 'CPO' : 'EMSP';
    if (!(await this.lookups.hostedRoles(request.to)).includes(role)) {
      return moduleFailure(200, OcpiStatus.CLIENT_ERROR, `${request.to.countryCode}*${request.to.partyId} is not hosted here as ${role === 'CPO' ? 'a CPO' : 'an eMSP'}: it has no commands ${request.interface.toLowerCase()} interface`);
    }
    if (request.interface === 'SENDER') return this.results.execute(request.path, request.body, request.from, request.to);
    return this.accept.execute({ command: match.route.id.split('.')[2] as CommandType, body: request.body, cpo: request.to, emsp: request.from, correlationId: request.correlationId });
  }
}
