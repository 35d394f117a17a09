import { Inject, Injectable } from '@nestjs/common';
import { commandSubject, isCodedError } from '@chargemesh/contracts/envelope';
import { type IdentityView, OICP_ACTIONS, OICP_SERVICE } from '@chargemesh/contracts/oicp';
import type { PartyRef } from '@chargemesh/contracts/tariff';
import { type AttemptOutcome, describeParty, oicpCdrOf } from '@chargemesh/tariff-cdr-domain';
import { type NatsRequester, NoRespondersError, RequestTimeoutError } from '@chargemesh/platform-messaging';
import { NATS_REQUESTER, SERVICE_CONFIG } from '@chargemesh/platform-runtime';
import type { TariffCdrConfig } from '../../tariff-cdr.config';

/** Refusals of the oicp-peer that another attempt cannot change (a bad CDR, an unknown operator or EMP). */
const FINAL_CODES = /^(REQUEST\.INVALID|OICP\.INVALID|OICP\.NOT_FOUND|OICP\.CONFLICT)/;

/**
 * Hands a CDR for an EMP that the oicp-peer serves to it (`<ns>.cmd.oicp-peer.send-charge-detail-record`),
 * as an OICP ChargeDetailRecord of the CPO's OperatorID. The oicp-peer queues it and delivers it to
 * the EMP peer exactly once; a repeat of the same CDR is recognised there (one CDR per SessionID).
 */
@Injectable()
export class OicpCdrSender {
  constructor(
    @Inject(NATS_REQUESTER) private readonly requester: NatsRequester,
    @Inject(SERVICE_CONFIG) private readonly config: TariffCdrConfig,
  ) {}

  async send(cpo: PartyRef, providerId: string, cdr: Record<string, unknown>, identification: Record<string, unknown> | undefined): Promise<AttemptOutcome> {
    if (!identification) return { kind: 'rejected', reason: 'the token has no OICP Identification (erased or never given)', statusCode: 2001, httpStatus: 200 };
    const subject = (action: string) => commandSubject(this.config.CHARGEMESH_NAMESPACE, OICP_SERVICE, action);
    try {
      const identities = await this.requester.request<IdentityView[]>(subject(OICP_ACTIONS.listIdentities), {});
      const operatorId = identities.find((identity) => identity.countryCode.toUpperCase() === cpo.countryCode && identity.partyId.toUpperCase() === cpo.partyId)?.operatorId;
      if (!operatorId) return { kind: 'rejected', reason: `${describeParty(cpo)} has no OICP OperatorID configured in the oicp-peer`, statusCode: 2001, httpStatus: 200 };
      await this.requester.request(subject(OICP_ACTIONS.sendChargeDetailRecord), { operatorId, cdr: oicpCdrOf(cdr, identification), providerId }, { timeoutMs: this.config.TARIFF_CDR_SEND_TIMEOUT_MS });
      return { kind: 'accepted', httpStatus: 200 };
    } catch (error) {
      if (error instanceof NoRespondersError) return { kind: 'retry', reason: 'the oicp-peer is not running' };
      if (error instanceof RequestTimeoutError) return { kind: 'retry', reason: 'the oicp-peer did not answer in time' };
      if (isCodedError(error)) {
        const reason = `the oicp-peer refused the CDR: ${error.code}: ${error.message}`;
        return FINAL_CODES.test(error.code) ? { kind: 'rejected', reason, statusCode: 2001, httpStatus: 200 } : { kind: 'retry', reason };
      }
      throw error;
    }
  }
}
