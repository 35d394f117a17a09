import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { getChargeDetailRecordsCommandSchema, OICP_ACTIONS } from '@chargemesh/contracts/oicp';
import type { PlatformConfig } from '@chargemesh/platform-config';
import type { NatsResponder } from '@chargemesh/platform-messaging';
import { NATS_RESPONDER, SERVICE_CONFIG } from '@chargemesh/platform-runtime';
import { serveCommand } from '../../../shared/command-endpoint';
import { GetChargeDetailRecordsCommandHandler } from './get-charge-detail-records.command-handler';

@Injectable()
export class GetChargeDetailRecordsMessageController implements OnApplicationBootstrap {
  constructor(
    @Inject(NATS_RESPONDER) private readonly responder: NatsResponder,
    @Inject(SERVICE_CONFIG) private readonly config: PlatformConfig,
    private readonly handler: GetChargeDetailRecordsCommandHandler,
  ) {}

  onApplicationBootstrap(): void {
    serveCommand(this.responder, this.config.CHARGEMESH_NAMESPACE, OICP_ACTIONS.getChargeDetailRecords, getChargeDetailRecordsCommandSchema, (request) => this.handler.execute(request));
  }
}
