import http from 'node:http';

/**
 * The load generator of `npm run bench:hub`, a separate process (forked by hub.bench.ts) so that it
 * never shares an event loop with what it measures. It runs one plan per IPC message and answers
 * with the figures: a closed loop of `concurrency` requests in flight over keep-alive connections,
 * each request's latency from write to last byte.
 */
export interface LoadPlan {
  method: 'GET' | 'PUT';
  /** `{i}` is replaced by the request's number. */
  url: string;
  headers: Record<string, string>;
  /** `{i}` as in the URL; `{ts}` by a last_updated that grows with `i` (so every PUT is a real update). */
  body?: string;
  /** Added to `i`, so that runs do not repeat each other's objects. */
  firstIndex: number;
  count: number;
  warmup: number;
  concurrency: number;
}

export interface LoadResult {
  count: number;
  seconds: number;
  /** Each request's latency in ms, in completion order. */
  latencies: number[];
  failures: number;
  sampleFailure?: string;
}

const STATUS_CODE = /"status_code"\s*:\s*(\d+)/;

function fill(template: string, index: number): string {
  return template.replace(/\{i\}/g, String(index)).replace(/\{ts\}/g, new Date(Date.UTC(2026, 0, 1) + index * 1000).toISOString());
}

function once(agent: http.Agent, plan: LoadPlan, index: number): Promise<{ ms: number; failure?: string }> {
  const body = plan.body === undefined ? undefined : Buffer.from(fill(plan.body, index));
  const headers = { ...plan.headers, ...(body ? { 'content-type': 'application/json', 'content-length': String(body.length) } : {}) };
  const started = process.hrtime.bigint();
  return new Promise((resolve) => {
    const request = http.request(fill(plan.url, index), { method: plan.method, headers, agent }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const ms = Number(process.hrtime.bigint() - started) / 1e6;
        const text = Buffer.concat(chunks).toString('utf8');
        const code = STATUS_CODE.exec(text)?.[1];
        resolve(response.statusCode === 200 || response.statusCode === 201 ? (code === '1000' ? { ms } : { ms, failure: text.slice(0, 300) }) : { ms, failure: `HTTP ${response.statusCode} ${text.slice(0, 300)}` });
      });
    });
    request.on('error', (error) => resolve({ ms: 0, failure: error.message }));
    request.end(body);
  });
}

async function run(plan: LoadPlan): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: plan.concurrency });
  const loop = async (total: number, offset: number, latencies?: number[]) => {
    let next = 0;
    let failures = 0;
    let sampleFailure: string | undefined;
    const worker = async () => {
      while (next < total) {
        const index = plan.firstIndex + offset + next++;
        const outcome = await once(agent, plan, index);
        latencies?.push(outcome.ms);
        if (outcome.failure) {
          failures++;
          sampleFailure ??= outcome.failure;
        }
      }
    };
    await Promise.all(Array.from({ length: plan.concurrency }, worker));
    return { failures, sampleFailure };
  };
  await loop(plan.warmup, 0);
  const latencies: number[] = [];
  const started = process.hrtime.bigint();
  const { failures, sampleFailure } = await loop(plan.count, plan.warmup, latencies);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  agent.destroy();
  return { count: plan.count, seconds, latencies, failures, ...(sampleFailure ? { sampleFailure } : {}) };
}

process.on('message', (plan: LoadPlan) => {
  run(plan).then(
    (result) => process.send?.({ ok: true, result }),
    (error: unknown) => process.send?.({ ok: false, error: (error as Error).message }),
  );
});
