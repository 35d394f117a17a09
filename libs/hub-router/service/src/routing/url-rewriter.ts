import { Injectable } from '@nestjs/common';
import type { OcpiInterface, OcpiModule } from '@chargemesh/contracts/ocpi';
import { readBodyResponseUrl, responseUrlCarrier, withBodyResponseUrl, withQueryResponseUrl } from '@chargemesh/hub-router-domain';
import { parseLinkHeader, rewriteLinkHeader } from '@chargemesh/protocol-ocpi';
import type { Exchange, ExchangeBody, RemoteDelivery } from './exchange';
import { ForwardedUrlStore } from './forwarded-urls/forwarded-url.store';

/**
 * Points the URLs in a routed message at us, so that whoever receives it can follow them with the
 * only credentials it holds, ours, and the answer takes the path the request came by:
 * - a partner's response_url (commands, chargingprofiles) before we pass its request on, here or
 *   onwards; the callback then comes to us and we POST it to the original URL with the token of
 *   the platform the request came from;
 * - a receiver's pagination Link and CDR Location before we pass its answer back to a partner.
 * Requests from module services here are not rewritten: their URLs are already ours.
 */
@Injectable()
export class UrlRewriter {
  constructor(private readonly forwarded: ForwardedUrlStore) {}

  /** The query and body to pass on; `audiencePlatformId` is the platform the request goes to (none: a module service here). */
  async rewriteRequest(exchange: Exchange, audiencePlatformId: string | undefined): Promise<{ query: string; body?: ExchangeBody }> {
    const unchanged = { query: exchange.query, ...(exchange.body ? { body: exchange.body } : {}) };
    if (exchange.origin.kind !== 'partner') return unchanged;
    const carrier = responseUrlCarrier({ module: exchange.module, interfaceRole: exchange.interfaceRole, method: exchange.method });
    if (!carrier) return unchanged;
    const forward = (targetUrl: string) =>
      this.forwarded.forward({ targetUrl, targetPlatformId: (exchange.origin as { platformId: string }).platformId, ...(audiencePlatformId ? { audiencePlatformId } : {}), module: exchange.module, interfaceRole: 'SENDER', method: 'POST' });
    if (carrier === 'query') {
      const original = new URLSearchParams(exchange.query).get('response_url');
      return original ? { ...unchanged, query: withQueryResponseUrl(exchange.query, await forward(original)) } : unchanged;
    }
    const original = readBodyResponseUrl(exchange.body?.parsed);
    if (!original || !exchange.body) return unchanged;
    // The one field we change; JSON.stringify keeps every other value, last_updated included, as it was.
    const parsed = withBodyResponseUrl(exchange.body.parsed, await forward(original));
    return { ...unchanged, body: { parsed, raw: Buffer.from(JSON.stringify(parsed), 'utf8') } };
  }

  /** Rewrites the Link and Location of a receiver's answer (in place) before it goes back to `audiencePlatformId`. */
  async rewriteResponse(delivery: RemoteDelivery, module: OcpiModule, interfaceRole: OcpiInterface, targetPlatformId: string, audiencePlatformId: string): Promise<void> {
    const forward = (targetUrl: string, iface = interfaceRole) => this.forwarded.forward({ targetUrl, targetPlatformId, audiencePlatformId, module, interfaceRole: iface, method: 'GET' });
    const link = delivery.headers['link'];
    if (link) {
      try {
        const urls = new Map<string, string>();
        for (const { url } of parseLinkHeader(link)) urls.set(url, await forward(absolute(url, delivery)));
        delivery.headers['link'] = rewriteLinkHeader(link, (url) => urls.get(url) ?? url);
      } catch {
        delete delivery.headers['link']; // unreadable: a Link we cannot follow for the requester is worse than none
      }
    }
    const location = delivery.headers['location'];
    // A stored CDR's URL is on the eMSP's CDRs Receiver interface (mod_cdrs_response_headers).
    if (location) delivery.headers['location'] = await forward(absolute(location, delivery), 'RECEIVER');
  }
}

/** Links are absolute in practice; a relative one is resolved against the URL that was called. */
function absolute(url: string, delivery: RemoteDelivery): string {
  return delivery.requestUrl ? new URL(url, delivery.requestUrl).toString() : url;
}
