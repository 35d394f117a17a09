import type { AssignCdrReceiverRequest, CdrReceiver } from '@chargemesh/contracts/cdr';
import { NOT_AVAILABLE } from '@chargemesh/protocol-ocpi';
import { asciiUpper } from '../shared/party';
import type { PersonalTokenData } from '../shared/personal-token';

/**
 * The receiver an admin gives a waiting CDR, with the token as the CDR will carry it: the OCPI
 * CdrToken for an eMSP; for an OICP EMP, its ProviderID (`DE*ABC`, `DE-ABC` or `DEABC`) read as
 * country code and party id, and the OICP Identification kept with the personal fields.
 */
export function assignedReceiverOf(receiver: AssignCdrReceiverRequest['receiver']): {
  receiver: CdrReceiver;
  token: { country_code: string; party_id: string; type: string };
  personal: PersonalTokenData;
} {
  if (receiver.kind === 'ocpi') {
    const { country_code, party_id, uid, type, contract_id } = receiver.cdrToken;
    return {
      receiver: { kind: 'ocpi', party: { countryCode: asciiUpper(country_code), partyId: asciiUpper(party_id) } },
      token: { country_code, party_id, type },
      personal: { uid, contract_id },
    };
  }
  const providerId = asciiUpper(receiver.providerId);
  return {
    receiver: { kind: 'oicp', providerId },
    token: { country_code: providerId.slice(0, 2), party_id: providerId.slice(-3), type: 'OTHER' },
    personal: { uid: receiver.uid ?? NOT_AVAILABLE, contract_id: receiver.contractId ?? NOT_AVAILABLE, identification: receiver.identification },
  };
}
