import type { OcpiTokenType, TokenPublicFields } from '@chargemesh/contracts/token';
import type { PartyRef, Token } from '@chargemesh/protocol-ocpi';

/** The personal fields of a Token: kept out of events except sealed with the token's own key. */
export interface TokenPersonalData {
  uid: string;
  contract_id: string;
  visual_number?: string;
  group_id?: string;
  energy_contract?: Token['energy_contract'];
}

/** Splits a Token into what events may carry in clear and what they carry only sealed. */
export function splitToken(token: Token): { fields: TokenPublicFields; personal: TokenPersonalData } {
  const { uid, contract_id, visual_number, group_id, energy_contract, issuer, valid, whitelist, language, default_profile_type, last_updated } = token;
  return {
    fields: { issuer, valid, whitelist, last_updated, ...(language !== undefined ? { language } : {}), ...(default_profile_type !== undefined ? { default_profile_type } : {}) },
    personal: {
      uid,
      contract_id,
      ...(visual_number !== undefined ? { visual_number } : {}),
      ...(group_id !== undefined ? { group_id } : {}),
      ...(energy_contract !== undefined ? { energy_contract } : {}),
    },
  };
}

/** The Token again from an event's parts, in the field order of the spec. */
export function joinToken(owner: PartyRef, type: OcpiTokenType, fields: TokenPublicFields, personal: TokenPersonalData): Token {
  return {
    country_code: owner.countryCode,
    party_id: owner.partyId,
    uid: personal.uid,
    type,
    contract_id: personal.contract_id,
    ...(personal.visual_number !== undefined ? { visual_number: personal.visual_number } : {}),
    issuer: fields.issuer,
    ...(personal.group_id !== undefined ? { group_id: personal.group_id } : {}),
    valid: fields.valid,
    whitelist: fields.whitelist,
    ...(fields.language !== undefined ? { language: fields.language } : {}),
    ...(fields.default_profile_type !== undefined ? { default_profile_type: fields.default_profile_type as Token['default_profile_type'] } : {}),
    ...(personal.energy_contract !== undefined ? { energy_contract: personal.energy_contract } : {}),
    last_updated: fields.last_updated,
  };
}

/** The key a token uid is looked up by: CiStrings compare case-insensitively. */
export const uidKey = (uid: string) => uid.replace(/[a-z]/g, (letter) => letter.toUpperCase());
