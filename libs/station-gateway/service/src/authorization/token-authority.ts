import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import {
  TOKEN_AUTHORITY_ACTIONS,
  TOKEN_AUTHORITY_SERVICE,
  type TokenAuthorityResponse,
  tokenAuthorityResponseSchema,
} from '@chargemesh/contracts/station';
import { commandSubject } from '@chargemesh/contracts/envelope';
import { NatsRequester, NoRespondersError, RemoteError, RequestTimeoutError } from '@chargemesh/platform-messaging';
import { DATA_SOURCE, LOGGER, NATS_REQUESTER, SERVICE_CONFIG } from '@chargemesh/platform-runtime';
import type { Logger } from 'pino';
import type { StationGatewayConfig } from '../station-gateway.config';
import type { AuthorizationAnswer, AuthorizationQuestion, TokenAuthority } from '../gateway/ports';
import { PostgresTokenRefs } from './token-refs';

/**
 * Authorisation of driver tokens: first the real-time hook `<ns>.cmd.token-authority.authorize`
 * (served by the OCPI and OICP work), with a short time-out; when nobody serves it, it times out
 * or fails, the gateway's local authorisation list answers; a token on neither is unknown, which
 * 2.0.1 calls Unknown and 1.6 Invalid (the handlers spell it for the station's version).
 */
@Injectable()
export class NatsTokenAuthority implements TokenAuthority {
  private readonly subject: string;
  private readonly timeoutMs: number;

  constructor(
    @Inject(NATS_REQUESTER) private readonly requester: NatsRequester,
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(SERVICE_CONFIG) config: StationGatewayConfig,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly tokenRefs: PostgresTokenRefs,
  ) {
    this.subject = commandSubject(config.CHARGEMESH_NAMESPACE, TOKEN_AUTHORITY_SERVICE, TOKEN_AUTHORITY_ACTIONS.authorize);
    this.timeoutMs = config.OCPP_TOKEN_AUTHORITY_TIMEOUT_MS;
  }

  async authorize(question: AuthorizationQuestion): Promise<AuthorizationAnswer> {
    const answer = await this.askAuthority(question);
    if (answer) return { ...answer, source: 'authority' };
    return this.askLocalList(question);
  }

  private async askAuthority(question: AuthorizationQuestion): Promise<TokenAuthorityResponse | undefined> {
    try {
      const reply = await this.requester.request(this.subject, question, { timeoutMs: this.timeoutMs });
      const parsed = tokenAuthorityResponseSchema.safeParse(reply);
      if (parsed.success) return parsed.data;
      this.logger.warn({ problem: parsed.error.message }, 'the token authority answered something unreadable; using the local list');
    } catch (error) {
      if (!(error instanceof NoRespondersError)) {
        const why = error instanceof RequestTimeoutError ? 'timed out' : error instanceof RemoteError ? `failed (${error.code})` : 'failed';
        this.logger.warn({ err: error }, `the token authority ${why}; using the local list`);
      }
    }
    return undefined;
  }

  private async askLocalList(question: AuthorizationQuestion): Promise<AuthorizationAnswer> {
    const { ref } = await this.tokenRefs.refOf(question.idToken);
    const rows: { status: AuthorizationAnswer['status']; expires_at: Date | null; group_value: string | null; group_type: string | null }[] =
      await this.dataSource.query(
        `SELECT l.status, l.expires_at, g.value AS group_value, NULLIF(g.type, '') AS group_type
           FROM local_authorizations l LEFT JOIN id_tokens g ON g.ref = l.group_token_ref
          WHERE l.token_ref = $1`,
        [ref],
      );
    const entry = rows[0];
    if (!entry) return { status: 'Unknown', source: 'unknown' };
    const expired = entry.expires_at !== null && entry.expires_at.getTime() <= Date.now();
    return {
      status: expired && entry.status === 'Accepted' ? 'Expired' : entry.status,
      ...(entry.expires_at && !expired ? { expiresAt: entry.expires_at.toISOString() } : {}),
      ...(entry.group_value ? { groupIdToken: { value: entry.group_value, ...(entry.group_type ? { type: entry.group_type } : {}) } } : {}),
      source: 'local-list',
    };
  }
}
