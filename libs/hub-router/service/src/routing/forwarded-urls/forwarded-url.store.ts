import { randomBytes } from 'node:crypto';
import { type BeforeApplicationShutdown, Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import type { OcpiInterface, OcpiModule } from '@chargemesh/contracts/ocpi';
import { DATA_SOURCE, LOGGER, SERVICE_CONFIG } from '@chargemesh/platform-runtime';
import type { HubRouterConfig } from '../../hub-router.config';

/** A URL we handed out in place of another one. */
export interface ForwardedUrl {
  id: string;
  /** Where it really points. */
  targetUrl: string;
  /** The partner platform that serves the target URL (its token is presented there). */
  targetPlatformId: string;
  /** The partner platform we gave our URL to: only it may follow it over HTTP. Absent: only module services here (over NATS). */
  audiencePlatformId?: string;
  module: OcpiModule;
  /** The interface the target URL belongs to: SENDER for a result callback or a next page, RECEIVER for a stored CDR. */
  interfaceRole: OcpiInterface;
  /** POST for a response_url, GET for a Link or a Location. */
  method: 'GET' | 'POST';
  expiresAt: number;
}

export const FORWARDED_PATH = '/ocpi/2.2.1/forwarded/';
const MAX_REMEMBERED = 100_000;
const CLEANUP_INTERVAL_MS = 15 * 60_000;

/**
 * The mapping behind the URLs the router rewrites, kept in Postgres (so any instance can follow a
 * URL another one handed out) with an expiry, and in memory for the hot path: rewriting the same
 * URL for the same audience again (every crawl of the same page) reuses its entry without a query.
 */
@Injectable()
export class ForwardedUrlStore implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly byId = new Map<string, ForwardedUrl>();
  private readonly byTarget = new Map<string, ForwardedUrl>();
  private timer?: NodeJS.Timeout;
  private readonly base: string;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(SERVICE_CONFIG) private readonly config: HubRouterConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    this.base = config.OCPI_BASE_URL.replace(/\/+$/, '');
  }

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.deleteExpired(), CLEANUP_INTERVAL_MS);
    this.timer.unref();
  }

  beforeApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  /** Our URL standing for `entry.targetUrl`. */
  async forward(entry: Omit<ForwardedUrl, 'id' | 'expiresAt'>): Promise<string> {
    const key = `${entry.audiencePlatformId ?? 'local'}|${entry.targetPlatformId}|${entry.interfaceRole}|${entry.method}|${entry.targetUrl}`;
    const known = this.byTarget.get(key);
    // Reuse while more than half of its life is left, so a reused URL never expires soon after being handed out.
    if (known && known.expiresAt - Date.now() > this.config.OCPI_FORWARDED_URL_TTL_MS / 2) return this.publicUrl(known.id);
    const forwarded: ForwardedUrl = { ...entry, id: randomBytes(16).toString('base64url'), expiresAt: Date.now() + this.config.OCPI_FORWARDED_URL_TTL_MS };
    await this.dataSource.query(
      `INSERT INTO forwarded_urls (id, target_url, target_platform_id, audience_platform_id, module, interface, method, expires_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [forwarded.id, forwarded.targetUrl, forwarded.targetPlatformId, forwarded.audiencePlatformId ?? null, forwarded.module, forwarded.interfaceRole, forwarded.method, new Date(forwarded.expiresAt)],
    );
    this.remember(forwarded, key);
    return this.publicUrl(forwarded.id);
  }

  /** The entry behind one of our URLs, unless it expired. */
  async find(id: string): Promise<ForwardedUrl | undefined> {
    const cached = this.byId.get(id);
    if (cached) return cached.expiresAt > Date.now() ? cached : undefined;
    const rows: { target_url: string; target_platform_id: string; audience_platform_id: string | null; module: OcpiModule; interface: OcpiInterface; method: 'GET' | 'POST'; expires_at: Date }[] = await this.dataSource.query(
      'SELECT target_url, target_platform_id, audience_platform_id, module, interface, method, expires_at FROM forwarded_urls WHERE id = $1 AND expires_at > now()',
      [id],
    );
    const row = rows[0];
    if (!row) return undefined;
    const found: ForwardedUrl = {
      id,
      targetUrl: row.target_url,
      targetPlatformId: row.target_platform_id,
      ...(row.audience_platform_id ? { audiencePlatformId: row.audience_platform_id } : {}),
      module: row.module,
      interfaceRole: row.interface,
      method: row.method,
      expiresAt: new Date(row.expires_at).getTime(),
    };
    this.remember(found);
    return found;
  }

  publicUrl(id: string): string {
    return `${this.base}${FORWARDED_PATH}${id}`;
  }

  /** The id when `url` is one of our forwarded URLs. */
  idOf(url: string): string | undefined {
    const prefix = `${this.base}${FORWARDED_PATH}`;
    if (!url.startsWith(prefix)) return undefined;
    const id = url.slice(prefix.length).split(/[?#]/)[0];
    return /^[A-Za-z0-9_-]{1,64}$/.test(id) ? id : undefined;
  }

  private remember(entry: ForwardedUrl, key?: string): void {
    if (this.byId.size >= MAX_REMEMBERED) {
      this.byId.clear();
      this.byTarget.clear();
    }
    this.byId.set(entry.id, entry);
    if (key) this.byTarget.set(key, entry);
  }

  private async deleteExpired(): Promise<void> {
    try {
      await this.dataSource.query('DELETE FROM forwarded_urls WHERE expires_at < now()');
    } catch (error) {
      this.logger.warn({ err: error }, 'deleting expired forwarded URLs failed; will retry');
    }
  }
}
