// The generated resolver types must match the SDL: regenerate in memory and compare with the committed file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '@graphql-codegen/cli';
import config from '../../server/src/graphql/codegen-config.js';

const ROOT = join(import.meta.dirname, '..', '..');

describe('codegen', () => {
  it('server/src/graphql/generated is up to date with schema/schema.graphql (run `npm run codegen`)', async () => {
    const previous = process.cwd();
    process.chdir(ROOT);
    try {
      const outputs = await generate({ ...config, cwd: ROOT }, false);
      expect(outputs.length).toBeGreaterThan(0);
      for (const output of outputs) {
        const committed = readFileSync(join(ROOT, output.filename), 'utf8');
        expect(committed, `${output.filename} is stale: run npm run codegen`).toBe(output.content);
      }
    } finally {
      process.chdir(previous);
    }
  });
});
