import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { ClientInfoView } from '@chargemesh/contracts/party';
import { describeOcpiStatus, formatAuthorizationHeader, isOcpiSuccess, ocpiResponseEnvelopeSchema } from '@chargemesh/protocol-ocpi';
import { SERVICE_CONFIG } from '@chargemesh/platform-runtime';
import type { DirectoryConfig } from '../../directory.config';
import { PartnerTokensCache } from '../../routing/partner-tokens.cache';

/** PUT {hubclientinfo receiver}/{country_code}/{party_id} on a connected partner (no routing headers: a configuration module). */
@Injectable()
export class ClientInfoSender {
  constructor(
    private readonly tokens: PartnerTokensCache,
    @Inject(SERVICE_CONFIG) private readonly config: DirectoryConfig,
  ) {}

  async put(receiverUrl: string, platformId: string, info: ClientInfoView): Promise<void> {
    const { token, encoding } = await this.tokens.get(platformId);
    const url = `${receiverUrl.replace(/\/+$/, '')}/${encodeURIComponent(info.country_code)}/${encodeURIComponent(info.party_id)}`;
    const response = await fetch(url, {
      method: 'PUT',
      redirect: 'error',
      signal: AbortSignal.timeout(this.config.OCPI_OUTBOUND_TIMEOUT_MS),
      headers: {
        authorization: formatAuthorizationHeader(token, { encode: encoding === 'base64' }),
        'content-type': 'application/json',
        'x-request-id': randomUUID(),
        'x-correlation-id': randomUUID(),
      },
      body: JSON.stringify(info),
    });
    const body = ocpiResponseEnvelopeSchema.safeParse(await response.json().catch(() => undefined));
    if (response.status === 401) this.tokens.invalidate(platformId); // rotated meanwhile: ask credentials again next time
    if (!response.ok || !body.success || !isOcpiSuccess(body.data.status_code)) {
      const status = body.success ? `, ${describeOcpiStatus(body.data.status_code)}` : '';
      throw new Error(`PUT ${url} answered HTTP ${response.status}${status}`);
    }
  }
}
