import { Inject, Injectable } from '@nestjs/common';
import { STATION_ERRORS, stationCommandSubject } from '@chargemesh/contracts/station';
import { type NatsRequester, NoRespondersError, RemoteError, RequestTimeoutError } from '@chargemesh/platform-messaging';
import { NATS_REQUESTER, SERVICE_CONFIG } from '@chargemesh/platform-runtime';
import type { HubRouterConfig } from '../../hub-router.config';

/** How a command to a charge point ended. */
export type StationOutcome =
  | { kind: 'answered'; response: Record<string, unknown> }
  | { kind: 'failed'; reason: 'timeout' | 'offline' | 'not-supported' | 'not-accepted' | 'error'; message: string };

/**
 * `cmd.station.<id>`: an OCPP action of the station's version through whichever gateway instance
 * holds its socket. The charge point gets OCPI_COMMAND_STATION_TIMEOUT_MS to answer; every way it
 * can fail comes back as an outcome, never as an exception.
 */
@Injectable()
export class StationCommandsClient {
  constructor(
    @Inject(NATS_REQUESTER) private readonly requester: NatsRequester,
    @Inject(SERVICE_CONFIG) private readonly config: HubRouterConfig,
  ) {}

  async send(stationId: string, action: string, payload: Record<string, unknown>): Promise<StationOutcome> {
    const timeoutMs = this.config.OCPI_COMMAND_STATION_TIMEOUT_MS;
    try {
      const response = await this.requester.request<Record<string, unknown>>(stationCommandSubject(this.config.CHARGEMESH_NAMESPACE, stationId), { action, payload, timeoutMs }, { timeoutMs: timeoutMs + 2_000 });
      return { kind: 'answered', response: response ?? {} };
    } catch (error) {
      if (error instanceof NoRespondersError) return { kind: 'failed', reason: 'offline', message: 'the charge point is not connected' };
      if (error instanceof RequestTimeoutError) return { kind: 'failed', reason: 'timeout', message: 'the charge point did not answer in time' };
      if (error instanceof RemoteError) return { kind: 'failed', reason: reasonOf(error), message: error.message };
      throw error;
    }
  }
}

function reasonOf(error: RemoteError): Exclude<StationOutcome, { kind: 'answered' }>['reason'] {
  if (error.code === STATION_ERRORS.timeout) return 'timeout';
  if (error.code === STATION_ERRORS.offline) return 'offline';
  if (error.code === STATION_ERRORS.notAccepted) return 'not-accepted';
  if (error.code === STATION_ERRORS.callError && /NotSupported|NotImplemented/.test(error.message)) return 'not-supported';
  return 'error';
}
