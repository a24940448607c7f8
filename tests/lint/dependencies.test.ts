// dependency-cruiser with the committed rules (.dependency-cruiser.cjs): no forbidden import in the sources, and a
// planted import from server/src/domain/ into server/src/store/ in a temporary copy of the layout is reported exactly.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bin, ROOT, runNode } from './lint-tools.js';

interface Violation {
  from: string;
  to: string;
  rule: { name: string; severity: string };
}
interface CruiseResult {
  summary: { violations: Violation[]; totalCruised: number };
}

// TypeScript 7 ships no compiler API: the preload points dependency-cruiser at the lint workspace's TypeScript 6.
const depcruise = (cwd: string, paths: string[]): CruiseResult => {
  const run = runNode(
    [
      '--import',
      join(ROOT, 'lint', 'typescript6.mjs'),
      bin('dependency-cruiser/bin/dependency-cruise.mjs'),
      '--config',
      join(ROOT, '.dependency-cruiser.cjs'),
      '--output-type',
      'json',
      ...paths,
    ],
    cwd,
  );
  if (!run.stdout.trim()) throw new Error(`dependency-cruiser wrote nothing (exit ${run.status}): ${run.stderr}`);
  return JSON.parse(run.stdout) as CruiseResult;
};
const described = (v: Violation) => `${v.rule.name}: ${v.from} -> ${v.to}`;

describe('dependency-cruiser', () => {
  it('finds no forbidden import in server, web, schema, graph-seed and bench', { timeout: 120_000 }, () => {
    const result = depcruise(ROOT, ['server/src', 'web/src', 'schema/src', 'graph-seed/src', 'bench/src']);
    const violations = result.summary.violations.map(described);
    if (violations.length)
      console.log(`dependency-cruiser: ${violations.length} violation(s)\n${violations.join('\n')}`);
    expect(result.summary.totalCruised).toBeGreaterThan(300);
    expect(violations).toEqual([]);
  });

  it('reports a planted domain -> store import, and nothing else', { timeout: 120_000 }, () => {
    const copy = mkdtempSync(join(tmpdir(), 'kies-depcruise-'));
    try {
      mkdirSync(join(copy, 'server', 'src', 'domain'), { recursive: true });
      mkdirSync(join(copy, 'server', 'src', 'store'), { recursive: true });
      writeFileSync(join(copy, 'server', 'src', 'store', 'facts.ts'), 'export const facts = [1, 2];\n');
      writeFileSync(
        join(copy, 'server', 'src', 'domain', 'allowed.ts'),
        'export const double = (n: number) => 2 * n;\n',
      );
      writeFileSync(
        join(copy, 'server', 'src', 'domain', 'planted.ts'),
        "import { facts } from '../store/facts.js';\nimport { double } from './allowed.js';\nexport const total = facts.map(double);\n",
      );
      const result = depcruise(copy, ['server/src']);
      expect(result.summary.violations.map(described)).toEqual([
        'domain-is-pure: server/src/domain/planted.ts -> server/src/store/facts.ts',
      ]);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});
