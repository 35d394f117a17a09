import { Injectable } from '@nestjs/common';
import type { OcpiExchangeReply } from '@chargemesh/contracts/ocpi';
import { activeChargingProfileSchema, type PartyRef, validateOcpi } from '@chargemesh/protocol-ocpi';
import { invalidParameters, moduleOk } from '../../../shared/module-replies';
import { ActiveProfilesRepository } from './active-profiles.repository';

/** PUT {session_id} on the ChargingProfiles Sender of a hosted eMSP/SCSP: the CPO's changed ActiveChargingProfile (mod_charging_profiles_msp_put_method). */
@Injectable()
export class ReceiveActiveProfileCommandHandler {
  constructor(private readonly profiles: ActiveProfilesRepository) {}

  async execute(sessionId: string, body: unknown, from: PartyRef, to: PartyRef): Promise<OcpiExchangeReply> {
    const profile = validateOcpi(activeChargingProfileSchema, body, { nullAsAbsent: true });
    if (!profile.success) return invalidParameters(profile.message);
    await this.profiles.save(to, from, sessionId, profile.data);
    return moduleOk();
  }
}
