// Prettier (.prettierrc.json, .prettierignore) finds every file formatted, and lists a planted badly formatted one.
// Run through its command line: the CLI alone walks the repository and honours the ignore files.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bin, exclusive, runNode, scratchFolder } from './lint-tools.js';

const PRETTIER = bin('prettier/bin/prettier.cjs');
const listed = (stdout: string) => stdout.split('\n').filter(Boolean);

describe('Prettier', () => {
  it('lists no file that differs from its formatting', { timeout: 300_000 }, async () => {
    const run = await exclusive(() => runNode([PRETTIER, '--list-different', '.']));
    if (run.status !== 0) console.log(`Prettier: not formatted\n${run.stdout}${run.stderr}`);
    expect(run.stderr).toBe('');
    expect(listed(run.stdout)).toEqual([]);
    expect(run.status).toBe(0);
  });

  it('lists a planted badly formatted file in the test tree, and nothing else', { timeout: 300_000 }, async () => {
    await exclusive(() => {
      const scratch = scratchFolder('prettier');
      try {
        // Valid TypeScript without lint problems (anyone's tsc may read it), but double quotes and spacing.
        writeFileSync(join(scratch.dir, 'formatted.ts'), "export const formatted = { a: 1, b: 'two' };\n");
        writeFileSync(join(scratch.dir, 'planted.ts'), 'export const  planted  =  { a:1,b:"two" }\n');
        const run = runNode([PRETTIER, '--list-different', scratch.rel('')]);
        expect(listed(run.stdout)).toEqual([scratch.rel('planted.ts')]);
        expect(run.status).toBe(1);
      } finally {
        scratch.drop();
      }
    });
  });
});
