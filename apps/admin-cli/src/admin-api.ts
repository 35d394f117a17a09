import type { CliConfig } from './cli-config';

/** A refusal from an admin API, with the service's stable error code when it gave one. */
export class AdminApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string | undefined,
    message: string,
  ) {
    super(message);
  }
}

/** The admin HTTP APIs of one ChargeMesh instance. */
export class AdminApi {
  constructor(
    private readonly config: CliConfig,
    private readonly fetchImpl: typeof fetch = fetch,
  ) {}

  directory(method: string, path: string, body?: unknown): Promise<unknown> {
    return this.call(this.config.CHARGEMESH_DIRECTORY_URL, method, path, body);
  }

  credentials(method: string, path: string, body?: unknown): Promise<unknown> {
    return this.call(this.config.CHARGEMESH_CREDENTIALS_URL, method, path, body);
  }

  private async call(base: string, method: string, path: string, body?: unknown): Promise<unknown> {
    const url = `${base.replace(/\/+$/, '')}${path}`;
    let response: Response;
    try {
      response = await this.fetchImpl(url, {
        method,
        headers: { authorization: `Bearer ${this.config.ADMIN_TOKEN}`, 'content-type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        signal: AbortSignal.timeout(60_000),
      });
    } catch (error) {
      const cause = (error as { cause?: { code?: string; message?: string; errors?: { code?: string }[] } }).cause;
      throw new AdminApiError(0, undefined, `cannot reach ${url}: ${cause?.code ?? cause?.errors?.[0]?.code ?? cause?.message ?? (error as Error).message}`);
    }
    const text = await response.text();
    const answer = text ? (JSON.parse(text) as { code?: string; message?: string }) : null;
    if (!response.ok) throw new AdminApiError(response.status, answer?.code, `${method} ${path}: HTTP ${response.status}${answer?.code ? ` ${answer.code}` : ''}: ${answer?.message ?? text}`);
    return answer;
  }
}
