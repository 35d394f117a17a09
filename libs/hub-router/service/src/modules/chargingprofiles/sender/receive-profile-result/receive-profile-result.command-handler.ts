import { Injectable } from '@nestjs/common';
import type { OcpiExchangeReply } from '@chargemesh/contracts/ocpi';
import { activeChargingProfileResultSchema, chargingProfileResultSchema, OcpiStatus, type PartyRef, sameParty, validateOcpi } from '@chargemesh/protocol-ocpi';
import { invalidParameters, moduleFailure, moduleOk } from '../../../shared/module-replies';
import { SentRequestsRepository } from '../../../shared/sent-requests.repository';

/**
 * POST on our response_url (mod_charging_profiles_msp_post_method): a ChargingProfileResult,
 * ActiveChargingProfileResult or ClearProfileResult. The URL names the kind of request, since the
 * first and last have the same shape, and the id; only the CPO asked may answer it.
 */
@Injectable()
export class ReceiveProfileResultCommandHandler {
  constructor(private readonly requests: SentRequestsRepository) {}

  async execute(path: string[], body: unknown, from: PartyRef, to: PartyRef): Promise<OcpiExchangeReply> {
    const [kind, id] = path;
    const sent = id && path.length === 2 ? await this.requests.find(id) : undefined;
    if (!sent || sent.module !== 'chargingprofiles' || sent.kind !== kind || !sameParty(sent.sender, to) || !sameParty(sent.receiver, from)) {
      return moduleFailure(404, OcpiStatus.CLIENT_ERROR, 'no such charging profile request was sent to this party');
    }
    const result = validateOcpi(kind === 'get' ? activeChargingProfileResultSchema : chargingProfileResultSchema, body, { nullAsAbsent: true });
    if (!result.success) return invalidParameters(result.message);
    await this.requests.addResult(sent.id, result.data);
    return moduleOk();
  }
}
