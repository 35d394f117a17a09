import { Injectable } from '@nestjs/common';
import { CodedError } from '@chargemesh/contracts/envelope';
import { chargingProfileSchema, validateOcpi } from '@chargemesh/protocol-ocpi';
import { MODULE_ERRORS, type SendChargingProfileRequest } from '../../../shared/module-actions';
import { OcpiSender } from '../../../shared/ocpi-sender';
import type { SentRequestView } from '../../../shared/sent-requests.repository';

/**
 * A hosted eMSP or SCSP asks a CPO to set (PUT), report (GET) or clear (DELETE) the charging
 * profile of a session. The answer is the record with the CPO's ChargingProfileResponse; the
 * result comes to our response_url, which names the kind of request and its id.
 */
@Injectable()
export class SendProfileRequestCommandHandler {
  constructor(private readonly sender: OcpiSender) {}

  async execute(request: SendChargingProfileRequest): Promise<SentRequestView> {
    const from = await this.sender.requireHosted(request, ['EMSP', 'SCSP']);
    const id = this.sender.newId();
    const responseUrl = this.sender.responseUrl('chargingprofiles', request.kind, id);
    const record = { id, module: 'chargingprofiles' as const, kind: request.kind, sender: from, receiver: request.to, subject: request.sessionId };
    const common = { module: 'chargingprofiles' as const, interface: 'RECEIVER' as const, path: [request.sessionId] };
    if (request.kind === 'set') {
      const profile = validateOcpi(chargingProfileSchema, request.chargingProfile, { nullAsAbsent: true });
      if (!profile.success) throw new CodedError(MODULE_ERRORS.invalid, `chargingProfile: ${profile.message}`);
      return this.sender.send(record, { ...common, method: 'PUT', query: {}, body: { charging_profile: profile.data, response_url: responseUrl } });
    }
    if (request.kind === 'get') {
      if (request.duration === undefined) throw new CodedError(MODULE_ERRORS.invalid, 'duration (seconds) is required to ask for the ActiveChargingProfile');
      return this.sender.send(record, { ...common, method: 'GET', query: { duration: String(request.duration), response_url: responseUrl } });
    }
    return this.sender.send(record, { ...common, method: 'DELETE', query: { response_url: responseUrl } });
  }
}
