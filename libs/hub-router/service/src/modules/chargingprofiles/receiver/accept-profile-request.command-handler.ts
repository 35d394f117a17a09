import { Inject, Injectable } from '@nestjs/common';
import type { OcpiExchangeReply } from '@chargemesh/contracts/ocpi';
import { SERVICE_CONFIG } from '@chargemesh/platform-runtime';
import {
  activeChargingProfileQuerySchema,
  type ChargingProfileResponse,
  clearProfileQuerySchema,
  type PartyRef,
  setChargingProfileSchema,
  validateOcpi,
} from '@chargemesh/protocol-ocpi';
import type { HubRouterConfig } from '../../../hub-router.config';
import type { StationAction } from '../../commands/translation/station-actions';
import { AsyncJobs } from '../../shared/async-jobs';
import { invalidParameters, moduleOk } from '../../shared/module-replies';
import { ResultPoster } from '../../shared/result-poster';
import { type StationOutcome, StationCommandsClient } from '../../shared/station-commands.client';
import { activeProfileAction, activeProfileResultOf, clearProfileAction, profileResultOf, setProfileAction } from '../translation/profile-actions';
import { ProfilePlanner } from './profile-planner';

export interface ProfileRequest {
  method: 'GET' | 'PUT' | 'DELETE';
  sessionId: string;
  query: Record<string, string>;
  body: unknown;
  cpo: PartyRef;
  sender: PartyRef;
  correlationId?: string;
}

/**
 * The ChargingProfiles Receiver of a hosted CPO (mod_charging_profiles_cpo_interface): PUT sets a
 * profile on a session, GET asks for the ActiveChargingProfile, DELETE clears it. Each is answered
 * at once with a ChargingProfileResponse; the charge point's outcome follows as a POST to the
 * response_url (ChargingProfileResult, ActiveChargingProfileResult, ClearProfileResult).
 */
@Injectable()
export class AcceptProfileRequestCommandHandler {
  constructor(
    private readonly planner: ProfilePlanner,
    private readonly stations: StationCommandsClient,
    private readonly poster: ResultPoster,
    private readonly jobs: AsyncJobs,
    @Inject(SERVICE_CONFIG) private readonly config: HubRouterConfig,
  ) {}

  async execute(request: ProfileRequest): Promise<OcpiExchangeReply> {
    const input = this.read(request);
    if ('problem' in input) return invalidParameters(input.problem);
    const target = await this.planner.target(request.cpo, request.sender, request.sessionId);
    if (target.kind === 'refuse') return respond(target.result, 0);
    let action: StationAction;
    if (request.method === 'PUT') action = setProfileAction(target.version, { ...target, profileId: await this.planner.profileId(request.cpo, request.sessionId, target.stationId) }, input.profile as never);
    else if (request.method === 'GET') action = activeProfileAction(target.version, target.evseId, input.duration as number);
    else action = clearProfileAction(target.version, target.evseId, await this.planner.knownProfileId(request.cpo, request.sessionId));
    if ('refusal' in action) return respond('REJECTED', 0);
    const { stationId } = target;
    this.jobs.start(`charging profile ${request.method}`, async () => {
      const outcome = await this.stations.send(stationId, action.action, action.payload);
      await this.poster.post('chargingprofiles', input.responseUrl, this.resultOf(request.method, outcome), request.cpo, request.sender, request.correlationId);
    });
    return respond('ACCEPTED', Math.ceil(this.config.OCPI_COMMAND_STATION_TIMEOUT_MS / 1000) + 15);
  }

  private read(request: ProfileRequest): { responseUrl: string; profile?: unknown; duration?: number } | { problem: string } {
    if (request.method === 'PUT') {
      const body = validateOcpi(setChargingProfileSchema, request.body, { nullAsAbsent: true });
      return body.success ? { responseUrl: body.data.response_url, profile: body.data.charging_profile } : { problem: body.message };
    }
    if (request.method === 'GET') {
      const query = validateOcpi(activeChargingProfileQuerySchema, request.query);
      return query.success ? { responseUrl: query.data.response_url, duration: query.data.duration } : { problem: query.message };
    }
    const query = validateOcpi(clearProfileQuerySchema, request.query);
    return query.success ? { responseUrl: query.data.response_url } : { problem: query.message };
  }

  private resultOf(method: ProfileRequest['method'], outcome: StationOutcome) {
    return method === 'GET' ? activeProfileResultOf(outcome, new Date()) : profileResultOf(outcome);
  }
}

const respond = (result: ChargingProfileResponse['result'], timeout: number) => moduleOk({ result, timeout } satisfies ChargingProfileResponse);
