import { Controller, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { OICP_OPERATIONS } from '@chargemesh/protocol-oicp';
import { OicpEndpoint } from '../../../peer-api/inbound/oicp-endpoint';
import { oicpRoutes } from '../../../peer-api/inbound/oicp-route';
import { RemoteCommandsCommandHandler } from './remote-commands.command-handler';

/** Remote start and stop (charging/v21/.../authorize-remote) and reservations (reservation/v11, WWCP_OICP's path too), served by the CPO. */
@Controller()
export class RemoteCommandsHttpController {
  constructor(
    private readonly endpoint: OicpEndpoint,
    private readonly handler: RemoteCommandsCommandHandler,
  ) {}

  @Post(oicpRoutes(OICP_OPERATIONS.AuthorizeRemoteStart))
  start(@Req() request: Request, @Res() response: Response): Promise<void> {
    return this.endpoint.serve(request, response, OICP_OPERATIONS.AuthorizeRemoteStart, (call) => this.handler.execute('remote-start', call));
  }

  @Post(oicpRoutes(OICP_OPERATIONS.AuthorizeRemoteStop))
  stop(@Req() request: Request, @Res() response: Response): Promise<void> {
    return this.endpoint.serve(request, response, OICP_OPERATIONS.AuthorizeRemoteStop, (call) => this.handler.execute('remote-stop', call));
  }

  @Post(oicpRoutes(OICP_OPERATIONS.AuthorizeRemoteReservationStart))
  reserve(@Req() request: Request, @Res() response: Response): Promise<void> {
    return this.endpoint.serve(request, response, OICP_OPERATIONS.AuthorizeRemoteReservationStart, (call) => this.handler.execute('reservation-start', call));
  }

  @Post(oicpRoutes(OICP_OPERATIONS.AuthorizeRemoteReservationStop))
  cancel(@Req() request: Request, @Res() response: Response): Promise<void> {
    return this.endpoint.serve(request, response, OICP_OPERATIONS.AuthorizeRemoteReservationStop, (call) => this.handler.execute('reservation-stop', call));
  }
}
