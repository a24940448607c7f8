// `npm test`: type-checks every package, runs vitest once and ends with the plain line `Tests: N passed, N failed[, N skipped]`.
// Skipped tests are the Neo4j contract run when NEO4J_URI is unset: reported as not run, never as passed.
import { spawnSync } from 'node:child_process';
import { readFileSync, mkdirSync } from 'node:fs';

mkdirSync('test-results', { recursive: true });

// The type check is part of the tests: a type error in any package fails the run like a failing test.
const typecheck = spawnSync('npx', ['tsc', '-b'], { stdio: 'inherit' });
if (typecheck.status !== 0) {
  console.log('Tests: 0 passed, 1 failed (type check: npx tsc -b)');
  process.exit(1);
}

const out = 'test-results/vitest.json';
const run = spawnSync(
  'npx',
  ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${out}`, ...process.argv.slice(2)],
  { stdio: 'inherit' },
);
let summary;
try {
  summary = JSON.parse(readFileSync(out, 'utf8'));
} catch {
  console.log('Tests: 0 passed, 1 failed (vitest wrote no report)');
  process.exit(run.status || 1);
}
const passed = summary.numPassedTests ?? 0;
const failed = (summary.numFailedTests ?? 0) + (summary.numRuntimeErrorTestSuites ?? 0);
const skipped = (summary.numPendingTests ?? 0) + (summary.numTodoTests ?? 0);
const ok = run.status === 0 && failed === 0 && passed > 0;
console.log(`Tests: ${passed} passed, ${failed === 0 && !ok ? 1 : failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(ok ? 0 : 1);
