import { request as httpsRequest } from 'node:https';
import { rootCertificates } from 'node:tls';

/** Our TLS client identity for peers that want mutual TLS, and extra CAs to trust for their server certificates. */
export interface ClientTls {
  cert: string;
  key: string;
  ca?: string;
}

export type TransportResult = { kind: 'response'; status: number; text: string } | { kind: 'timed-out' | 'unreachable'; detail: string };

/**
 * POSTs a JSON body with a time-out. Without a client certificate Node's fetch does it; with one,
 * node:https does (the global fetch has no way to present a client certificate), trusting the extra CAs
 * on top of the system's.
 */
export async function postJson(url: URL, headers: Record<string, string>, body: string, timeoutMs: number, tls?: ClientTls): Promise<TransportResult> {
  if (!tls) {
    try {
      const response = await fetch(url, { method: 'POST', headers, body, signal: AbortSignal.timeout(timeoutMs) });
      return { kind: 'response', status: response.status, text: await response.text() };
    } catch (error) {
      const name = (error as Error).name;
      if (name === 'TimeoutError' || name === 'AbortError') return { kind: 'timed-out', detail: `no answer within ${timeoutMs} ms` };
      const cause = (error as Error).cause as Error | undefined;
      return { kind: 'unreachable', detail: cause?.message ?? (error as Error).message };
    }
  }
  return new Promise((resolve) => {
    let settled = false;
    const settle = (result: TransportResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(result);
    };
    const call = httpsRequest(
      url,
      { method: 'POST', headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) }, cert: tls.cert, key: tls.key, ...(tls.ca ? { ca: [...rootCertificates, tls.ca] } : {}), agent: false },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () => settle({ kind: 'response', status: response.statusCode ?? 0, text }));
        response.on('error', (error) => settle({ kind: 'unreachable', detail: error.message }));
      },
    );
    const timer = setTimeout(() => {
      settle({ kind: 'timed-out', detail: `no answer within ${timeoutMs} ms` });
      call.destroy();
    }, timeoutMs);
    call.on('error', (error) => settle({ kind: 'unreachable', detail: error.message }));
    call.end(body);
  });
}
