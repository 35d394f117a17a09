import { Controller, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { OICP_OPERATIONS, statusRecordsOperationFor } from '@chargemesh/protocol-oicp';
import { OicpEndpoint } from '../../../peer-api/inbound/oicp-endpoint';
import { oicpRoutes } from '../../../peer-api/inbound/oicp-route';
import { PullEvseStatusQueryHandler } from './pull-evse-status.query-handler';

/** The three status pulls, served by the CPO at their own paths (and all three at `status-records`, as the 2.3 OpenAPI has it). */
@Controller()
export class PullEvseStatusHttpController {
  constructor(
    private readonly endpoint: OicpEndpoint,
    private readonly handler: PullEvseStatusQueryHandler,
  ) {}

  @Post(oicpRoutes(OICP_OPERATIONS.PullEvseStatus))
  all(@Req() request: Request, @Res() response: Response): Promise<void> {
    const variant = statusRecordsOperationFor(request.body);
    if (variant === 'PullEvseStatusById') return this.byId(request, response);
    if (variant === 'PullEvseStatusByOperatorId') return this.byOperatorId(request, response);
    return this.endpoint.serve(request, response, OICP_OPERATIONS.PullEvseStatus, (call) => this.handler.all(call));
  }

  @Post(oicpRoutes(OICP_OPERATIONS.PullEvseStatusById))
  byId(@Req() request: Request, @Res() response: Response): Promise<void> {
    return this.endpoint.serve(request, response, OICP_OPERATIONS.PullEvseStatusById, (call) => this.handler.byId(call));
  }

  @Post(oicpRoutes(OICP_OPERATIONS.PullEvseStatusByOperatorId))
  byOperatorId(@Req() request: Request, @Res() response: Response): Promise<void> {
    return this.endpoint.serve(request, response, OICP_OPERATIONS.PullEvseStatusByOperatorId, (call) => this.handler.byOperatorId(call));
  }
}
