import { Injectable } from '@nestjs/common';
import { CodedError } from '@chargemesh/contracts/envelope';
import type { z } from 'zod';
import { type getActiveChargingProfileRequestSchema, MODULE_ERRORS } from '../../../shared/module-actions';
import { ActiveProfilesRepository } from './active-profiles.repository';

/** The latest ActiveChargingProfile a CPO pushed to a hosted party for a session. */
@Injectable()
export class GetActiveProfileQueryHandler {
  constructor(private readonly profiles: ActiveProfilesRepository) {}

  async execute(request: z.infer<typeof getActiveChargingProfileRequestSchema>) {
    const found = await this.profiles.find(request, request.cpo, request.sessionId);
    if (!found) throw new CodedError(MODULE_ERRORS.notFound, `${request.cpo.countryCode}*${request.cpo.partyId} pushed no ActiveChargingProfile for session ${request.sessionId}`);
    return found;
  }
}
