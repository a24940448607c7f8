// Runs a benchmark step in a fresh Node process (tsx) so its timings and RSS are not polluted by earlier steps.
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const childFile = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));

/** `env`: added to this process's environment (the Neo4j rows pass NEO4J_URI etc., see neo4j/neo4j-server.ts). */
export function forkChild(file: string, args: string[], env: Record<string, string> = {}): ChildProcess {
  // --expose-gc: children collect garbage before reading RSS, so the figure is the store, not leftover input.
  // NODE_ENV=production as `npm start` sets it: graphql-js skips its development-only checks then.
  return fork(file, args, {
    execArgv: ['--import', 'tsx', '--expose-gc'],
    env: { ...process.env, ...env, NODE_ENV: 'production' },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
}

/** Forks, waits for the first message (the child's result) and for the exit. Rejects on a non-zero exit or timeout. */
export function runChild<T>(
  file: string,
  args: string[],
  timeoutMs: number,
  env: Record<string, string> = {},
): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = forkChild(file, args, env);
    let result: T | undefined;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${file} ${args.join(' ')}: no result within ${timeoutMs} ms`));
    }, timeoutMs);
    child.on('message', (message) => (result = message as T));
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (code === 0 && result !== undefined) resolve(result);
      else reject(new Error(`${file} ${args.join(' ')} exited with ${code}`));
    });
  });
}

/** In a child: sends the result to the parent and exits once it is delivered. */
export function reply(result: unknown): void {
  process.send!(result, () => process.exit(0));
}

/** RSS in MB after a full garbage collection (children run with --expose-gc). */
export function settledRssMb(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  for (let i = 0; i < 3; i++) gc?.();
  return process.memoryUsage().rss / 2 ** 20;
}
