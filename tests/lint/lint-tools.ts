// Shared by the lint tests: the repository root, the tools' command lines, and scratch folders for planted violations.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * A fresh folder under tests/lint/scratch/ (covered by the tsconfig, ESLint and Prettier like any test code; knip's
 * repository run ignores it because the other lint tests plant files there while it runs). Remove it with `drop`.
 */
export function scratchFolder(tool: string): { dir: string; rel: (file: string) => string; drop: () => void } {
  const dir = join(ROOT, 'tests', 'lint', 'scratch', `${tool}-${process.pid}-${Date.now()}`);
  mkdirSync(dir, { recursive: true });
  return {
    dir,
    rel: (file) => relative(ROOT, join(dir, file)),
    drop: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Runs a Node script (a tool's bin file) from the repository root; stdout, stderr and the exit code. */
export function runNode(args: string[], cwd = ROOT): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.error) throw run.error;
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

export const bin = (path: string) => join(ROOT, 'node_modules', path);
