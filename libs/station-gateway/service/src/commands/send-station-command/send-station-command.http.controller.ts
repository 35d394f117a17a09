import { Body, Controller, HttpCode, Inject, Param, Post, UseGuards } from '@nestjs/common';
import { CodedError } from '@chargemesh/contracts/envelope';
import { STATION_ERRORS, stationCommandRequestSchema, stationCommandSubject } from '@chargemesh/contracts/station';
import { type NatsRequester, NoRespondersError, RequestTimeoutError } from '@chargemesh/platform-messaging';
import { AdminTokenGuard, NATS_REQUESTER, parseRequest, SERVICE_CONFIG } from '@chargemesh/platform-runtime';
import type { StationGatewayConfig } from '../../station-gateway.config';

/**
 * Sends a command to a station from the admin API. It goes through `cmd.station.<id>` like any
 * other caller's, so it reaches the station on whichever instance holds its socket.
 */
@Controller('admin/stations')
@UseGuards(AdminTokenGuard)
export class SendStationCommandHttpController {
  constructor(
    @Inject(NATS_REQUESTER) private readonly requester: NatsRequester,
    @Inject(SERVICE_CONFIG) private readonly config: StationGatewayConfig,
  ) {}

  @Post(':stationId/commands')
  @HttpCode(200)
  async send(@Param('stationId') stationId: string, @Body() body: unknown) {
    const command = parseRequest(stationCommandRequestSchema, body);
    const timeoutMs = command.timeoutMs ?? this.config.OCPP_CALL_TIMEOUT_MS;
    try {
      // A little longer than the gateway's own deadline, so the station's time-out is reported as such.
      return await this.requester.request(stationCommandSubject(this.config.CHARGEMESH_NAMESPACE, stationId), command, { timeoutMs: timeoutMs + 2_000 });
    } catch (error) {
      if (error instanceof NoRespondersError) throw new CodedError(STATION_ERRORS.offline, `station ${stationId} is not connected`);
      if (error instanceof RequestTimeoutError) throw new CodedError(STATION_ERRORS.timeout, `no answer from station ${stationId} in time`);
      throw error;
    }
  }
}
