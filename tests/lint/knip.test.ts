// knip (knip.jsonc) finds no unused file, export, type or dependency, and reports a planted unused export exactly.
// Run through its command line with the JSON reporter; the planted case uses a temporary copy of the config with
// one more entry, the planted module's importer.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bin, exclusive, ROOT, runNode, scratchFolder } from './lint-tools.js';

interface KnipIssue {
  file: string;
  [kind: string]: unknown;
}
interface KnipReport {
  issues: KnipIssue[];
}
type KnipConfig = { ignore?: string[]; workspaces: Record<string, { entry?: string[]; ignore?: string[] }> };

const knip = (args: string[] = []) => {
  const run = runNode([bin('knip/bin/knip.js'), '--reporter', 'json', '--no-progress', ...args]);
  if (!run.stdout.trim()) throw new Error(`knip wrote nothing (exit ${run.status}): ${run.stderr}`);
  return { status: run.status, report: JSON.parse(run.stdout) as KnipReport };
};

/** Every finding as `kind file name`: the file itself (files), or each named entry of the other lists. */
const findings = (report: KnipReport) =>
  report.issues.flatMap((issue) =>
    Object.entries(issue).flatMap(([kind, value]) => {
      if (kind === 'file' || kind === 'owners') return [];
      if (kind === 'files') return value === true ? [`files ${issue.file}`] : [];
      const entries = Array.isArray(value) ? value : value && typeof value === 'object' ? Object.values(value) : [];
      return entries.flatMap((e: unknown) => {
        const items = Array.isArray(e) ? e : [e];
        return items.map((item: { name?: string }) => `${kind} ${issue.file} ${item.name ?? JSON.stringify(item)}`);
      });
    }),
  );

/** knip.jsonc as data: whole-line comments and trailing commas removed (the file uses no others). */
const readConfig = (): KnipConfig =>
  JSON.parse(
    readFileSync(join(ROOT, 'knip.jsonc'), 'utf8')
      .replace(/^\s*\/\/.*$/gm, '')
      .replace(/,(\s*[}\]])/g, '$1'),
  ) as KnipConfig;

describe('knip', () => {
  it('finds no unused file, export, type or dependency', { timeout: 300_000 }, async () => {
    const { status, report } = await exclusive(() => knip());
    const found = findings(report);
    if (found.length) console.log(`knip: ${found.length} finding(s)\n${found.join('\n')}`);
    expect(found).toEqual([]);
    expect(status).toBe(0);
  });

  it('reports a planted unused export in the test tree, and nothing else', { timeout: 300_000 }, async () => {
    await exclusive(() => {
      const scratch = scratchFolder('knip');
      const config = join(tmpdir(), `kies-knip-${process.pid}-${Date.now()}.json`);
      try {
        // An entry that uses one of the module's two exports: the other is the planted finding.
        writeFileSync(
          join(scratch.dir, 'entry.ts'),
          "import { plantedUsed } from './planted.js';\n\nexport const entry = plantedUsed + 1;\n",
        );
        writeFileSync(
          join(scratch.dir, 'planted.ts'),
          'export const plantedUsed = 1;\nexport const plantedUnused = 2;\n',
        );
        const copy = readConfig();
        const withoutEntry = { ...copy.workspaces['.'], ignore: [scratch.rel('*')] };
        copy.workspaces['.'] = {
          ...copy.workspaces['.'],
          entry: [...(copy.workspaces['.']?.entry ?? []), scratch.rel('entry.ts')],
        };
        // Compared with a run of the same copy without the entry: exactly one finding more, none fewer (this case
        // does not depend on the repository being clean, the first one checks that).
        writeFileSync(config, JSON.stringify({ ...copy, workspaces: { ...copy.workspaces, '.': withoutEntry } }));
        const before = findings(knip(['--config', config]).report);
        writeFileSync(config, JSON.stringify(copy));
        const { status, report } = knip(['--config', config]);
        const after = findings(report);
        expect(after.filter((f) => !before.includes(f))).toEqual([
          `exports ${scratch.rel('planted.ts')} plantedUnused`,
        ]);
        expect(before.filter((f) => !after.includes(f))).toEqual([]);
        expect(status).toBe(1);
      } finally {
        scratch.drop();
        rmSync(config, { force: true });
      }
    });
  });
});
