// `npm test`: type-checks every package, runs vitest once and ends with the plain line `Tests: N passed, N failed[, N skipped]`.
// The Neo4j half runs on the local Neo4j the global setup starts (Java + Maven) or on NEO4J_URI; without either its
// cases are skipped and the summary says `Neo4j run NOT RUN: <why>`, never a silent skip.
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
// A server of the user's has one database for every test file: one worker, so files never wipe each other's data.
const workers = process.env.NEO4J_URI ? ['--maxWorkers=1'] : [];
const run = spawnSync(
  'npx',
  [
    'vitest',
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${out}`,
    ...workers,
    ...process.argv.slice(2),
  ],
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

// Cases per engine: test names carry `[embedded]` or `[neo4j...]` (tests/engines.ts describeEachEngine).
const perEngine = { embedded: { passed: 0, failed: 0, skipped: 0 }, neo4j: { passed: 0, failed: 0, skipped: 0 } };
let notRun = '';
for (const file of summary.testResults ?? []) {
  for (const test of file.assertionResults ?? []) {
    const name = [...(test.ancestorTitles ?? []), test.title].join(' > ');
    const engine = /\[neo4j\b/.test(name) ? 'neo4j' : /\[embedded\]/.test(name) ? 'embedded' : null;
    if (!engine) continue;
    const status = test.status === 'passed' ? 'passed' : test.status === 'failed' ? 'failed' : 'skipped';
    perEngine[engine][status]++;
    const why = /\[neo4j: NOT RUN, ([^\]]+)\]/.exec(name);
    if (why) notRun = why[1];
  }
}
for (const [engine, c] of Object.entries(perEngine)) {
  console.log(`Engine ${engine}: ${c.passed} passed, ${c.failed} failed, ${c.skipped} not run`);
}
if (perEngine.neo4j.passed === 0 || notRun) console.log(`Neo4j run NOT RUN: ${notRun || 'no Neo4j cases ran'}`);
console.log(
  `Tests: ${passed} passed, ${failed === 0 && !ok ? 1 : failed} failed${skipped ? `, ${skipped} skipped` : ''}`,
);
process.exit(ok ? 0 : 1);
