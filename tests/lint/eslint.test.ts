// ESLint (typescript-eslint, type-aware promise rules, react-hooks) over the whole repository finds nothing, and a
// planted `any` is reported exactly. Node API: one linter per case, the repository's own flat config.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { exclusive, ROOT, scratchFolder } from './lint-tools.js';

const findings = (results: ESLint.LintResult[]) =>
  results.flatMap((r) =>
    r.messages.map(
      (m) => `${r.filePath.slice(ROOT.length + 1)}:${m.line}:${m.column} ${m.ruleId ?? 'fatal'} ${m.message}`,
    ),
  );

describe('ESLint', () => {
  it('reports no problem anywhere in the repository', { timeout: 600_000 }, async () => {
    const results = await exclusive(() => new ESLint({ cwd: ROOT }).lintFiles(['.']));
    const problems = findings(results);
    if (problems.length) console.log(`ESLint: ${problems.length} problem(s)\n${problems.join('\n')}`);
    expect(results.length).toBeGreaterThan(300);
    expect(problems).toEqual([]);
  });

  it('reports a planted `any` in a test-tree file, and nothing else', { timeout: 300_000 }, async () => {
    await exclusive(async () => {
      const scratch = scratchFolder('eslint');
      try {
        const file = join(scratch.dir, 'planted-any.ts');
        // Formatted and type-correct: anyone's tsc may read it while it exists.
        writeFileSync(
          file,
          '// Planted by tests/lint/eslint.test.ts.\nexport const planted = (value: any): string => String(value);\n',
        );
        const results = await new ESLint({ cwd: ROOT }).lintFiles([file]);
        expect(findings(results)).toEqual([
          `${scratch.rel('planted-any.ts')}:2:32 @typescript-eslint/no-explicit-any Unexpected any. Specify a different type.`,
        ]);
      } finally {
        scratch.drop();
      }
    });
  });
});
