import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { z } from 'zod';
import { CodedError } from '@chargemesh/contracts/envelope';
import { CREDENTIALS_ERRORS } from '@chargemesh/contracts/credential';
import {
  type Credentials,
  credentialsSchema,
  describeOcpiStatus,
  formatAuthorizationHeader,
  isOcpiSuccess,
  ocpiResponseEnvelopeSchema,
  summarizeIssues,
  describeIssues,
  type Version,
  type VersionDetails,
  versionDetailsSchema,
  versionListSchema,
  withoutNulls,
} from '@chargemesh/protocol-ocpi';
import { SERVICE_CONFIG } from '@chargemesh/platform-runtime';
import { allowsPrivateNetworkUrls, type CredentialsConfig } from '../credentials.config';
import { assertPartnerUrlAllowed } from './url-policy';

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

/**
 * Our calls to a partner's versions and credentials endpoints. Each call has a time-out, never
 * follows redirects (the token must not travel elsewhere) and reads the OCPI envelope. Failures
 * are coded: PARTNER_UNREACHABLE when its API cannot be used (OCPI 3001 during registration),
 * PARTNER_REFUSED when it answered our POST, PUT or DELETE with an error. Messages name the URL
 * and the problem, never the token.
 */
@Injectable()
export class PartnerApiClient {
  private readonly timeoutMs: number;
  private readonly allowPrivate: boolean;

  constructor(@Inject(SERVICE_CONFIG) config: CredentialsConfig) {
    this.timeoutMs = config.OCPI_OUTBOUND_TIMEOUT_MS;
    this.allowPrivate = allowsPrivateNetworkUrls(config);
  }

  getVersions(url: string, token: string): Promise<Version[]> {
    return this.call('GET', url, token, versionListSchema);
  }

  getVersionDetails(url: string, token: string): Promise<VersionDetails> {
    return this.call('GET', url, token, versionDetailsSchema);
  }

  postCredentials(url: string, token: string, credentials: Credentials): Promise<Credentials> {
    return this.call('POST', url, token, credentialsSchema, credentials);
  }

  putCredentials(url: string, token: string, credentials: Credentials): Promise<Credentials> {
    return this.call('PUT', url, token, credentialsSchema, credentials);
  }

  async deleteCredentials(url: string, token: string): Promise<void> {
    await this.call('DELETE', url, token, undefined);
  }

  private async call<S extends z.ZodType>(method: Method, url: string, token: string, dataSchema: S | undefined, body?: unknown): Promise<z.output<S>> {
    assertPartnerUrlAllowed(url, this.allowPrivate);
    const failure = method === 'GET' ? CREDENTIALS_ERRORS.partnerUnreachable : CREDENTIALS_ERRORS.partnerRefused;
    let response: Response;
    try {
      response = await fetch(url, {
        method,
        redirect: 'error',
        signal: AbortSignal.timeout(this.timeoutMs),
        headers: {
          authorization: formatAuthorizationHeader(token),
          'x-request-id': randomUUID(),
          'x-correlation-id': randomUUID(),
          accept: 'application/json',
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    } catch (error) {
      const reason = (error as Error).name === 'TimeoutError' ? `no answer within ${this.timeoutMs} ms` : describeFetchError(error);
      throw new CodedError(CREDENTIALS_ERRORS.partnerUnreachable, `${method} ${url} failed: ${reason}`);
    }
    const text = await response.text().catch(() => '');
    let envelope: z.infer<typeof ocpiResponseEnvelopeSchema> | undefined;
    try {
      const parsed = ocpiResponseEnvelopeSchema.safeParse(JSON.parse(text));
      envelope = parsed.success ? parsed.data : undefined;
    } catch {
      envelope = undefined;
    }
    if (!response.ok) {
      const detail = envelope ? ` (${describeOcpiStatus(envelope.status_code)}${envelope.status_message ? `: ${envelope.status_message}` : ''})` : '';
      throw new CodedError(failure, `${method} ${url} answered HTTP ${response.status}${detail}`);
    }
    if (!envelope) throw new CodedError(failure, `${method} ${url} did not answer with an OCPI response envelope`);
    if (!isOcpiSuccess(envelope.status_code)) {
      throw new CodedError(failure, `${method} ${url} answered ${describeOcpiStatus(envelope.status_code)}${envelope.status_message ? `: ${envelope.status_message}` : ''}`);
    }
    if (!dataSchema) return undefined as z.output<S>;
    const data = dataSchema.safeParse(withoutNulls(envelope.data));
    if (!data.success) throw new CodedError(failure, `${method} ${url} answered with invalid data: ${summarizeIssues(describeIssues(data.error))}`);
    return data.data;
  }
}

function describeFetchError(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error as Error).message;
}
