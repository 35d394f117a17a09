import { Controller, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { OICP_OPERATIONS } from '@chargemesh/protocol-oicp';
import { OicpEndpoint } from '../../../peer-api/inbound/oicp-endpoint';
import { oicpRoutes } from '../../../peer-api/inbound/oicp-route';
import { GetChargeDetailRecordsQueryHandler } from './get-charge-detail-records.query-handler';

/** `POST /api/oicp/cdrmgmt/v22/providers/{providerID}/get-charge-detail-records-request` (GetChargeDetailRecords, served by the CPO). */
@Controller()
export class GetChargeDetailRecordsHttpController {
  constructor(
    private readonly endpoint: OicpEndpoint,
    private readonly handler: GetChargeDetailRecordsQueryHandler,
  ) {}

  @Post(oicpRoutes(OICP_OPERATIONS.GetChargeDetailRecords))
  serve(@Req() request: Request, @Res() response: Response): Promise<void> {
    return this.endpoint.serve(request, response, OICP_OPERATIONS.GetChargeDetailRecords, (call) => this.handler.execute(call));
  }
}
