import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { OcpiExchangeReply } from '@chargemesh/contracts/ocpi';
import type { OcpiTokenType } from '@chargemesh/contracts/token';
import { type AuthorizationInfo, locationReferencesSchema, OcpiStatus, type PartyRef, validateOcpi } from '@chargemesh/protocol-ocpi';
import { ocpiFailure, ocpiOk } from '../../../locations/shared/ocpi-replies';
import { TokenReadModel } from '../../token-read-model';

/**
 * POST {uid}/authorize on the Tokens Sender of a hosted eMSP (mod_tokens_post_method): a valid
 * token is ALLOWED wherever it is asked for (the eMSP does not check opening hours or EVSE status,
 * as the spec says), an invalid one BLOCKED, with a fresh authorization_reference for the Session
 * and CDR; an unknown token is HTTP 404 with 2004.
 */
@Injectable()
export class AuthorizeTokenCommandHandler {
  constructor(private readonly tokens: TokenReadModel) {}

  async execute(emsp: PartyRef, uid: string, type: OcpiTokenType, body: unknown): Promise<OcpiExchangeReply> {
    const references = body === undefined || body === null ? undefined : validateOcpi(locationReferencesSchema, body, { nullAsAbsent: true });
    if (references && !references.success) return ocpiFailure(200, OcpiStatus.INVALID_OR_MISSING_PARAMETERS, references.message);
    const held = await this.tokens.own(emsp, uid, type);
    if (!held) return ocpiFailure(404, OcpiStatus.UNKNOWN_TOKEN, `unknown token ${uid} (${type})`);
    const info: AuthorizationInfo = {
      allowed: held.token.valid ? 'ALLOWED' : 'BLOCKED',
      token: held.token,
      ...(references?.success && held.token.valid ? { location: references.data } : {}),
      ...(held.token.valid ? { authorization_reference: randomUUID() } : {}),
    };
    return ocpiOk(info);
  }
}
