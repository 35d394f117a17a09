import { Inject, Injectable } from '@nestjs/common';
import type { OcpiExchangeReply } from '@chargemesh/contracts/ocpi';
import type { Logger } from 'pino';
import { LOGGER, SERVICE_CONFIG } from '@chargemesh/platform-runtime';
import { type CommandResponse, commandRequestSchemas, type CommandType, type PartyRef, validateOcpi } from '@chargemesh/protocol-ocpi';
import type { HubRouterConfig } from '../../../hub-router.config';
import { AsyncJobs } from '../../shared/async-jobs';
import { ModuleLookups } from '../../shared/lookups.client';
import { invalidParameters, moduleFailure, moduleOk } from '../../shared/module-replies';
import { ResultPoster } from '../../shared/result-poster';
import { StationCommandsClient } from '../../shared/station-commands.client';
import { commandResultOf } from '../translation/command-results';
import { CommandPlanner } from './command-planner';

export interface ReceivedCommand {
  command: CommandType;
  body: unknown;
  cpo: PartyRef;
  emsp: PartyRef;
  correlationId?: string;
}

/**
 * POST {command} on the Commands Receiver of a hosted CPO (mod_commands_cpo_post_method): answers
 * at once with the CommandResponse and its timeout, then sends the OCPP action to the charge point
 * and POSTs the CommandResult to the eMSP's response_url (TIMEOUT when the charge point does not
 * answer). A START_SESSION/RESERVE_NOW token is recorded with the directory first, so that the
 * charge point's own check of it is accepted without asking the eMSP again.
 */
@Injectable()
export class AcceptCommandCommandHandler {
  constructor(
    private readonly planner: CommandPlanner,
    private readonly stations: StationCommandsClient,
    private readonly lookups: ModuleLookups,
    private readonly poster: ResultPoster,
    private readonly jobs: AsyncJobs,
    @Inject(SERVICE_CONFIG) private readonly config: HubRouterConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async execute(received: ReceivedCommand): Promise<OcpiExchangeReply> {
    const validated = validateOcpi(commandRequestSchemas[received.command], received.body, { nullAsAbsent: true });
    if (!validated.success) return invalidParameters(validated.message);
    const request = validated.data as { response_url: string };
    const plan = await this.planner.plan(received.command, validated.data, received);
    if (plan.kind === 'status') return moduleFailure(200, plan.statusCode, plan.message);
    if (plan.kind === 'refuse') return moduleOk({ result: plan.result, timeout: 0, message: [{ language: 'en', text: plan.message }] } satisfies CommandResponse);
    this.jobs.start(`command ${received.command}`, async () => {
      if (plan.token) {
        await this.lookups.recordCommandToken({ cpo: received.cpo, emsp: received.emsp, command: received.command as 'START_SESSION' | 'RESERVE_NOW', token: plan.token.token, stationId: plan.stationId, locationId: plan.token.locationId, ...(plan.token.authorizationReference ? { authorizationReference: plan.token.authorizationReference } : {}) })
          // Without the record the charge point's check of the token is asked of the eMSP: worse, not wrong.
          .catch((error: unknown) => this.logger.warn({ err: error }, 'the token of a command could not be recorded'));
      }
      const outcome = await this.stations.send(plan.stationId, plan.action, plan.payload);
      await this.poster.post('commands', request.response_url, commandResultOf(received.command, outcome), received.cpo, received.emsp, received.correlationId);
    });
    return moduleOk({ result: 'ACCEPTED', timeout: this.timeoutSeconds() } satisfies CommandResponse);
  }

  /** What the eMSP is told to wait: the charge point's time plus a margin for the way back. */
  private timeoutSeconds(): number {
    return Math.ceil(this.config.OCPI_COMMAND_STATION_TIMEOUT_MS / 1000) + 15;
  }
}
