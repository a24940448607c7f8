// The generated types must match the SDL and the explorer's operations: regenerate in memory, compare with the committed files.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generate } from '@graphql-codegen/cli';
import config from '../../server/src/graphql/codegen-config.js';

const ROOT = join(import.meta.dirname, '..', '..');
const WEB_OPERATIONS = 'web/src/core/api/generated/operations.ts';

describe('codegen', () => {
  let outputs: { filename: string; content: string }[] = [];
  beforeAll(async () => {
    const previous = process.cwd();
    process.chdir(ROOT);
    try {
      outputs = await generate({ ...config, cwd: ROOT }, false);
    } finally {
      process.chdir(previous);
    }
  });

  it('server resolver types and web operation types are up to date with the SDL and the .graphql files (run `npm run codegen`)', () => {
    expect(outputs.map((o) => o.filename).sort()).toEqual([
      'server/src/graphql/generated/resolvers-types.ts',
      WEB_OPERATIONS,
    ]);
    for (const output of outputs) {
      const committed = readFileSync(join(ROOT, output.filename), 'utf8');
      expect(committed, `${output.filename} is stale: run npm run codegen`).toBe(output.content);
    }
  });

  it('every operation of web/src/core/<feature>/*.graphql becomes a typed document with result and variable types', () => {
    const core = join(ROOT, 'web', 'src', 'core');
    const files = readdirSync(core, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.graphql'));
    const names = files.flatMap((f) =>
      [...readFileSync(join(core, f), 'utf8').matchAll(/^(query|mutation) (\w+)/gm)].map(
        (m) => [m[1]!, m[2]!] as const,
      ),
    );
    expect(names.length).toBeGreaterThanOrEqual(15);
    const generated = outputs.find((o) => o.filename === WEB_OPERATIONS)!.content;
    for (const [kind, name] of names) {
      const result = `${name}${kind === 'query' ? 'Query' : 'Mutation'}`;
      expect(generated).toContain(`export type ${result}Variables = `);
      expect(generated).toContain(`export type ${result} = `);
      expect(generated).toMatch(
        new RegExp(`export const ${name}Document = .*TypedDocumentString<${result}, ${result}Variables>;`, 's'),
      );
    }
  });
});
