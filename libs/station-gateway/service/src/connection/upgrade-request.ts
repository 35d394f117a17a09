import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';

const OCPP_PATH = /^\/ocpp\/([^/?#]+)(?:\?[^#]*)?$/;

/** The percent-decoded station identity of `/ocpp/<identity>`, or undefined for any other path. */
export function identityFromPath(url: string | undefined): string | undefined {
  const match = url === undefined ? null : OCPP_PATH.exec(url);
  if (!match) return undefined;
  try {
    const identity = decodeURIComponent(match[1]);
    return identity.length > 0 ? identity : undefined;
  } catch {
    return undefined;
  }
}

/** The subprotocols a station offers, in its order of preference. */
export function offeredSubprotocols(header: string | string[] | undefined): string[] {
  const value = Array.isArray(header) ? header.join(',') : (header ?? '');
  return value
    .split(',')
    .map((protocol) => protocol.trim())
    .filter(Boolean);
}

/** Refuses an upgrade with a plain HTTP answer; the WebSocket handshake never completes. */
export function refuseUpgrade(socket: Duplex, status: number, headers: Readonly<Record<string, string>> = {}): void {
  if (socket.destroyed) return;
  const body = STATUS_CODES[status] ?? 'Error';
  const lines = [`HTTP/1.1 ${status} ${body}`, 'Connection: close', 'Content-Type: text/plain', `Content-Length: ${Buffer.byteLength(body)}`];
  for (const [name, value] of Object.entries(headers)) lines.push(`${name}: ${value}`);
  socket.once('finish', () => socket.destroy());
  socket.end(`${lines.join('\r\n')}\r\n\r\n${body}`);
}
