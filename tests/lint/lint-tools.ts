// Shared by the lint tests: the repository root, the tools' command lines, scratch folders for planted violations,
// and the lock that keeps one lint test's planted files out of another's repository run.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SCRATCH = join(ROOT, 'tests', 'lint', 'scratch');
const LOCK = join(tmpdir(), `kies-lint-${createHash('sha1').update(ROOT).digest('hex').slice(0, 12)}.lock`);

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/**
 * Runs `body` while no other lint test runs its own: the test files run in parallel workers, and a repository run
 * must not meet files another test planted (or see them vanish mid-run). A lock directory (mkdir is atomic) holds
 * its owner's pid; a lock or a scratch folder left by a killed process is taken over or removed.
 */
export async function exclusive<T>(body: () => T | Promise<T>): Promise<T> {
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number(existsSync(join(LOCK, 'pid')) ? readFileSync(join(LOCK, 'pid'), 'utf8') : NaN);
      if (Number.isInteger(owner) && !alive(owner)) rmSync(LOCK, { recursive: true, force: true });
      else await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  try {
    writeFileSync(join(LOCK, 'pid'), String(process.pid));
    for (const left of existsSync(SCRATCH) ? readdirSync(SCRATCH) : []) {
      const pid = Number(/^[a-z]+-(\d+)-/.exec(left)?.[1]);
      if (pid && !alive(pid)) rmSync(join(SCRATCH, left), { recursive: true, force: true });
    }
    return await body();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

/**
 * A fresh folder under tests/lint/scratch/, covered by the tsconfig, ESLint, Prettier and knip like any test code.
 * Plant only inside `exclusive`, and remove it with `drop` before leaving it.
 */
export function scratchFolder(tool: string): { dir: string; rel: (file: string) => string; drop: () => void } {
  const dir = join(SCRATCH, `${tool}-${process.pid}-${Date.now()}`);
  mkdirSync(dir, { recursive: true });
  return {
    dir,
    rel: (file) => relative(ROOT, join(dir, file)),
    drop: () => {
      rmSync(dir, { recursive: true, force: true });
      // The scratch folder itself goes when empty (another test may still have its own folder there).
      if (readdirSync(SCRATCH).length === 0) rmSync(SCRATCH, { recursive: true, force: true });
    },
  };
}

/** Runs a Node script (a tool's bin file) from the repository root; stdout, stderr and the exit code. */
export function runNode(args: string[], cwd = ROOT): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.error) throw run.error;
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

export const bin = (path: string) => join(ROOT, 'node_modules', path);
