import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { sendChargeDetailRecordCommandSchema, OICP_ACTIONS } from '@chargemesh/contracts/oicp';
import { CommandEndpoint } from '../../../shared/command-endpoint';
import { SendChargeDetailRecordCommandHandler } from './send-charge-detail-record.command-handler';

@Injectable()
export class SendChargeDetailRecordMessageController implements OnApplicationBootstrap {
  constructor(
    private readonly endpoint: CommandEndpoint,
    private readonly handler: SendChargeDetailRecordCommandHandler,
  ) {}

  onApplicationBootstrap(): void {
    this.endpoint.serve(OICP_ACTIONS.sendChargeDetailRecord, sendChargeDetailRecordCommandSchema, (request) => this.handler.execute(request));
  }
}
