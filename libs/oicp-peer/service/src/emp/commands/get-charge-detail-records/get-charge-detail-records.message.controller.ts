import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { getChargeDetailRecordsCommandSchema, OICP_ACTIONS } from '@chargemesh/contracts/oicp';
import { CommandEndpoint } from '../../../shared/command-endpoint';
import { GetChargeDetailRecordsCommandHandler } from './get-charge-detail-records.command-handler';

@Injectable()
export class GetChargeDetailRecordsMessageController implements OnApplicationBootstrap {
  constructor(
    private readonly endpoint: CommandEndpoint,
    private readonly handler: GetChargeDetailRecordsCommandHandler,
  ) {}

  onApplicationBootstrap(): void {
    this.endpoint.serve(OICP_ACTIONS.getChargeDetailRecords, getChargeDetailRecordsCommandSchema, (request) => this.handler.execute(request));
  }
}
