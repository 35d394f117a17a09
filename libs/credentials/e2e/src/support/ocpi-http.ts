/** A bare OCPI HTTP client for the tests: the independent side of every exchange. */

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

export interface HttpAnswer {
  status: number;
  body: Json;
  headers: Headers;
}

export const tokenHeader = (token: string) => `Token ${Buffer.from(token, 'utf8').toString('base64')}`;

export async function ocpi(method: string, url: string, options: { token?: string; authorization?: string; body?: unknown; rawBody?: string; headers?: Record<string, string> } = {}): Promise<HttpAnswer> {
  const headers: Record<string, string> = { ...options.headers };
  const authorization = options.authorization ?? (options.token !== undefined ? tokenHeader(options.token) : undefined);
  if (authorization !== undefined) headers.authorization = authorization;
  if (options.body !== undefined || options.rawBody !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(url, { method, headers, body: options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body)) });
  const text = await response.text();
  let body: Json;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = text;
  }
  return { status: response.status, body, headers: response.headers };
}
