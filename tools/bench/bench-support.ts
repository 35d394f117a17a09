import { randomBytes } from 'node:crypto';
import os from 'node:os';

/** Small helpers shared by the `npm run bench:*` scripts. Benchmarks only ever target 127.0.0.1. */
export const benchNamespace = (prefix: string) => `bench_${prefix}_${randomBytes(3).toString('hex')}`;

export function rate(count: number, startedAt: bigint, endedAt = process.hrtime.bigint()): number {
  return count / (Number(endedAt - startedAt) / 1e9);
}

/** Runs `task(i)` for i in [0, count) with at most `window` in flight. */
export async function pipelined(count: number, window: number, task: (index: number) => Promise<unknown>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < count) await task(next++);
  };
  await Promise.all(Array.from({ length: Math.min(window, count) }, worker));
}

export function machine(): string {
  return `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
}

export function printTable(title: string, rows: [string, string][]): void {
  const width = Math.max(...rows.map(([label]) => label.length));
  console.log(`\n${title}`);
  for (const [label, value] of rows) console.log(`  ${label.padEnd(width)}  ${value}`);
}
