import { Controller, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { OICP_OPERATIONS } from '@chargemesh/protocol-oicp';
import { OicpEndpoint } from '../../../peer-api/inbound/oicp-endpoint';
import { oicpRoutes } from '../../../peer-api/inbound/oicp-route';
import { ReceiveChargeDetailRecordCommandHandler } from './receive-charge-detail-record.command-handler';

/** `POST /api/oicp/cdrmgmt/v22/operators/{operatorID}/charge-detail-record` (ChargeDetailRecord, served by the EMP). */
@Controller()
export class ReceiveChargeDetailRecordHttpController {
  constructor(
    private readonly endpoint: OicpEndpoint,
    private readonly handler: ReceiveChargeDetailRecordCommandHandler,
  ) {}

  @Post(oicpRoutes(OICP_OPERATIONS.ChargeDetailRecord))
  serve(@Req() request: Request, @Res() response: Response): Promise<void> {
    return this.endpoint.serve(request, response, OICP_OPERATIONS.ChargeDetailRecord, (call) => this.handler.execute(call));
  }
}
