import { type ChildProcess, fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { LoadPlan, LoadResult } from './load-generator';

/** A compiled benchmark script next to this one in dist/. */
export const script = (name: string) => path.join(__dirname, `${name}.js`);

export interface Child {
  process: ChildProcess;
  port: number;
}

/** Forks a server and waits for its `{type: 'ready', port}` message. */
export function startChild(file: string, args: string[] = [], env: NodeJS.ProcessEnv = process.env): Promise<Child> {
  const child = fork(file, args, { env, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`${path.basename(file)} exited with ${code}`)));
    child.on('message', (message: { type: string; port: number }) => {
      if (message.type === 'ready') resolve({ process: child, port: message.port });
    });
  });
}

export async function stopChild(child: Child | ChildProcess): Promise<void> {
  const processToStop = 'process' in child ? child.process : child;
  if (processToStop.exitCode !== null) return;
  const exited = new Promise((resolve) => processToStop.once('exit', resolve));
  processToStop.kill('SIGTERM');
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 15_000))]);
  if (processToStop.exitCode === null) processToStop.kill('SIGKILL');
}

/** Resident set size of a process in KiB (Linux /proc). */
export function rssKib(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) : NaN;
}

/** Runs the load generator in its own process and returns its result. */
export function runLoad(plan: LoadPlan): Promise<LoadResult> {
  const generator = fork(script('load-generator'), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return new Promise((resolve, reject) => {
    generator.on('message', (message: { type: string; result?: LoadResult; message?: string }) => {
      if (message.type === 'result') resolve(message.result as LoadResult);
      if (message.type === 'error') reject(new Error(message.message));
    });
    generator.once('exit', (code) => code !== 0 && reject(new Error(`load generator exited with ${code}`)));
    generator.send(plan);
  });
}

/** Connects idle stations from a separate process; resolves once all are connected, with a function that lets them go. */
export function holdIdle(plan: LoadPlan): Promise<{ deflate: number; release(): Promise<void> }> {
  const generator = fork(script('load-generator'), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return new Promise((resolve, reject) => {
    generator.on('message', (message: { type: string; message?: string; deflate?: number }) => {
      if (message.type === 'connected')
        resolve({
          deflate: message.deflate ?? 0,
          release: async () => {
            const exited = new Promise((done) => generator.once('exit', done));
            generator.send({ type: 'release' });
            await exited;
          },
        });
      if (message.type === 'error') reject(new Error(message.message));
    });
    generator.send(plan);
  });
}
