import WebSocket from 'ws';

export interface CallOutcome {
  /** Milliseconds from `scheduledAt` (or the send) to the answer. */
  latencyMs: number;
  answer: unknown[];
}

let sequence = 0;
const processTag = process.pid.toString(36);

/** Message ids unique across reconnects and load-generator processes, as 2.0.1 errata [702] requires. */
export const nextMessageId = () => `${processTag}-${(sequence++).toString(36)}`;

/**
 * A benchmark station on a raw `ws` socket: cheap enough that one process can drive thousands,
 * so that the generator measures the server and not itself. It sends one CALL at a time.
 */
export class BenchStation {
  ws?: WebSocket;
  private pending?: { id: string; startedAt: number; resolve: (outcome: CallOutcome) => void; reject: (error: Error) => void };

  constructor(
    readonly url: string,
    readonly identity: string,
    readonly password: string,
    readonly protocol = 'ocpp2.0.1',
  ) {}

  get busy(): boolean {
    return this.pending !== undefined;
  }

  connect(timeoutMs = 30_000): Promise<void> {
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(`${this.url}/${encodeURIComponent(this.identity)}`, [this.protocol], {
        headers: { authorization: `Basic ${Buffer.from(`${this.identity}:${this.password}`).toString('base64')}` },
        handshakeTimeout: timeoutMs,
        perMessageDeflate: true,
      });
      ws.once('open', () => {
        this.ws = ws;
        resolve();
      });
      ws.once('error', reject);
      ws.once('unexpected-response', (_request, response) => reject(new Error(`HTTP ${response.statusCode}`)));
      ws.on('message', (data) => this.onMessage(data as Buffer));
      ws.on('close', () => {
        if (this.ws === ws) this.ws = undefined;
        this.pending?.reject(new Error('closed'));
        this.pending = undefined;
      });
    });
  }

  call(action: string, payload: unknown, scheduledAt = performance.now()): Promise<CallOutcome> {
    return this.callJson(action, JSON.stringify(payload), scheduledAt);
  }

  /** A CALL whose payload is already JSON: the generator's own cost per CALL must stay well below the server's. */
  callJson(action: string, payloadJson: string, scheduledAt = performance.now()): Promise<CallOutcome> {
    const ws = this.ws;
    if (!ws || ws.readyState !== WebSocket.OPEN) return Promise.reject(new Error('not connected'));
    const id = nextMessageId();
    return new Promise((resolve, reject) => {
      this.pending = { id, startedAt: scheduledAt, resolve, reject };
      ws.send(`[2,"${id}","${action}",${payloadJson}]`);
    });
  }

  /** Drops the connection the way a network failure does: no close handshake. */
  drop(): void {
    this.ws?.terminate();
  }

  close(): void {
    this.ws?.close();
  }

  private onMessage(data: Buffer): void {
    const pending = this.pending;
    if (!pending) return;
    // Only the head of the answer matters: [3|4,"<id>",…]. Parsing the whole answer would cost the generator, not the server.
    const text = data.toString('latin1', 0, Math.min(data.length, 64));
    if (!text.startsWith(`[3,"${pending.id}"`) && !text.startsWith(`[4,"${pending.id}"`)) return;
    this.pending = undefined;
    pending.resolve({ latencyMs: performance.now() - pending.startedAt, answer: [Number(text[1])] });
  }
}
