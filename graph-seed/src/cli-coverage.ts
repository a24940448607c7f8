// `npm run seed-coverage`: per source section, how many seed rows cite it; --json for machines, --fail-on-uncited for CI.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { readSeed } from './read-seed.js';
import { formatIssue } from './seed-types.js';
import { coverageReport } from './coverage/coverage.js';
import { formatReport } from './coverage/format.js';
import { openSections } from './coverage/report.js';

/** The graph-seed folder: nodes/, relationships/, sources/ and coverage-exceptions.csv. */
const SEED_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');
const USAGE =
  'usage: npm run seed-coverage -- [--json] [--fail-on-uncited] [--seed DIR] [--sources DIR] [--exceptions FILE]';

let args;
try {
  args = parseArgs({
    options: {
      json: { type: 'boolean', default: false },
      'fail-on-uncited': { type: 'boolean', default: false },
      seed: { type: 'string', default: SEED_DIR },
      sources: { type: 'string' },
      exceptions: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  }).values;
} catch (error) {
  console.error(`seed-coverage: ${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}
if (args.help) {
  console.log(USAGE);
  process.exit(0);
}

const seedDir = resolve(args.seed);
const sourcesDir = resolve(args.sources ?? join(seedDir, 'sources'));
const exceptionsPath = resolve(args.exceptions ?? join(seedDir, 'coverage-exceptions.csv'));
if (!existsSync(sourcesDir)) {
  console.error(`seed-coverage: no sources folder ${sourcesDir}`);
  process.exit(2);
}

const texts = new Map(
  readdirSync(sourcesDir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => [f, readFileSync(join(sourcesDir, f), 'utf8')]),
);
const { graph, issues: readIssues } = readSeed(seedDir, join(seedDir, '..'));
if (readIssues.length > 0)
  console.error(
    `seed-coverage: the seed has ${readIssues.length} read problems (npm run validate-seed lists them); rows that could not be read are not counted`,
  );
const exceptions = existsSync(exceptionsPath)
  ? { text: readFileSync(exceptionsPath, 'utf8'), file: relative(process.cwd(), exceptionsPath) }
  : undefined;
if (args.exceptions && !exceptions) {
  console.error(`seed-coverage: no exceptions file ${exceptionsPath}`);
  process.exit(2);
}

const { report, issues } = coverageReport({ texts, graph, exceptions });
for (const issue of issues) console.error(formatIssue(issue));
if (!report) process.exit(2);
console.log(args.json ? JSON.stringify(report, null, 2) : formatReport(report));
const open = openSections(report);
process.exit(args['fail-on-uncited'] && (open.length > 0 || issues.length > 0) ? 1 : 0);
