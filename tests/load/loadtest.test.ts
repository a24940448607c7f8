// `npm run loadtest` as a real process, shortened: it starts its own loopback server, reports rps, p50/p99 and
// errors, and exits 0 only with 0 errors (the full run is 200 connections for 20 s; see README "Load test").
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';
import { ROOT } from '../durability/server-process.js';

it('npm run loadtest reports throughput, latency and zero errors', async () => {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--import', 'tsx', 'server/src/cli/loadtest.ts', '--duration', '3', '--connections', '40'],
    { cwd: ROOT, timeout: 120_000 },
  );
  expect(stdout).toMatch(/server http:\/\/127\.0\.0\.1:\d+ \(started for this run, rate limit off\)/);
  expect(stdout).toMatch(/requests\/second \d+/);
  expect(stdout).toMatch(/latency +p50 \d+ ms, p90 \d+ ms, p99 \d+ ms/);
  expect(stdout).toMatch(/errors +0 \(timeouts 0\), non-2xx 0, GraphQL errors 0/);
  expect(stdout).toMatch(/PASS/);
  const rejected = await promisify(execFile)(
    process.execPath,
    ['--import', 'tsx', 'server/src/cli/loadtest.ts', '--url', 'http://example.com'],
    { cwd: ROOT },
  ).catch((e: { code: number; stderr: string }) => e);
  expect((rejected as { code: number }).code).toBe(1);
  expect((rejected as { stderr: string }).stderr).toMatch(/must be a loopback address/);
});
