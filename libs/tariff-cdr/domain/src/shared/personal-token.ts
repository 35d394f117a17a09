import type { CdrTokenRef } from '@chargemesh/contracts/cdr';
import { NOT_AVAILABLE } from '@chargemesh/protocol-ocpi';

/** The personal fields of a CdrToken, kept in the vault (BRIEF §2); `identification` is an OICP Identification. */
export interface PersonalTokenData {
  uid: string;
  contract_id: string;
  identification?: Record<string, unknown>;
}

export interface OcpiCdrToken {
  country_code: string;
  party_id: string;
  uid: string;
  type: string;
  contract_id: string;
}

export function splitCdrToken(token: OcpiCdrToken, personalRef: string): { ref: CdrTokenRef; personal: PersonalTokenData } {
  return {
    ref: { country_code: token.country_code, party_id: token.party_id, type: token.type, personalRef },
    personal: { uid: token.uid, contract_id: token.contract_id },
  };
}

/** The OCPI CdrToken again; after an erasure the personal fields read `#NA` (transport_and_format_not_available). */
export function joinCdrToken(ref: CdrTokenRef, personal: PersonalTokenData | undefined): OcpiCdrToken {
  return {
    country_code: ref.country_code,
    party_id: ref.party_id,
    uid: personal?.uid ?? NOT_AVAILABLE,
    type: ref.type,
    contract_id: personal?.contract_id ?? NOT_AVAILABLE,
  };
}
