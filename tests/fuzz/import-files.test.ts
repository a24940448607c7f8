// Hostile import files at volume (fast-check): JSON graph files with malformed rows, wrong types, unknown labels,
// properties and relationship types, dangling ends, huge values, cut-off or non-JSON text, read through the import
// code path (`readGraphForImport` on a real file, then `importGraph` with an IMPORT audit event, as `npm run import`
// does). A refused file changes nothing (graph and audit counts checked after every case); an accepted one is
// stored exactly, with one audit event.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readGraphForImport } from '../../server/src/exchange/graph-import.js';
import { StoreError } from '../../server/src/store/executor.js';
import { readSeedGraph } from '../../server/src/seed-graph.js';
import { hostileText, label, relType, someId, startFuzzApp, wrongType, type FuzzApp } from './fuzz-app.js';

const dir = mkdtempSync(join(tmpdir(), 'kies-fuzz-import-'));
const seed = readSeedGraph();
const seedRels = seed.relationships.map((r) => ({ type: r.type, start: r.start, end: r.end }));
const ppps = seed.nodes.filter((n) => n.labels.includes('PPP')).map((n) => n.id);

const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 3 });
const text = fc.oneof({ arbitrary: hostileText.filter((s) => s.trim().length > 0), weight: 6 }, wrongType);
const asserted = fc.constant({ note: 'asserted by the import fuzz test', confidence: 'inferred' });
const properties = fc.oneof(
  { arbitrary: fc.tuple(text, asserted).map(([name, p]) => ({ name, ...p })), weight: 6 },
  fc.dictionary(
    fc.oneof(
      fc.constantFrom('name', 'note', 'confidence', 'sources', 'quotes', 'amountEur', 'searchText', 'id'),
      fc.string({ maxLength: 8 }),
    ),
    fc.oneof(text, fc.jsonValue({ maxDepth: 2 })),
    { maxKeys: 4 },
  ),
  wrongType,
);
const nodeRow = fc.oneof(
  {
    arbitrary: fc.record({
      id: fc.nat({ max: 3000 }).map((n) => `org-import-${n}`),
      labels: fc.constant(['Organisation']),
      properties,
    }),
    weight: 5,
  },
  fc.record(
    { id: fc.oneof(someId, wrongType), labels: fc.oneof(fc.array(label, { maxLength: 3 }), wrongType), properties },
    { requiredKeys: [] },
  ),
  wrongType,
);
const relRow = fc.oneof(
  {
    arbitrary: fc.tuple(fc.constantFrom(...seedRels), properties).map(([r, p]) => ({ ...r, properties: p })),
    weight: 3,
  },
  {
    arbitrary: fc
      .tuple(fc.nat({ max: 3000 }), fc.constantFrom(...ppps), properties)
      .map(([n, ppp, p]) => ({ type: 'PARTNER_IN', start: `org-import-${n}`, end: ppp, properties: p })),
    weight: 2,
  },
  fc.record({ type: relType, start: fc.oneof(someId, wrongType), end: someId, properties }, { requiredKeys: [] }),
  wrongType,
);
const document = fc.record(
  {
    nodes: fc.oneof({ arbitrary: fc.array(nodeRow, { maxLength: 4 }), weight: 6 }, wrongType),
    relationships: fc.oneof({ arbitrary: fc.array(relRow, { maxLength: 3 }), weight: 6 }, wrongType),
    audit: maybe(fc.oneof(fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 2 }), wrongType)),
    format: maybe(text),
  },
  { requiredKeys: ['nodes'] },
);
const file = fc.oneof(
  { arbitrary: document.map((d) => JSON.stringify(d, null, 2)), weight: 8 },
  fc.tuple(document, fc.nat({ max: 400 })).map(([d, n]) => JSON.stringify(d, null, 2).slice(0, n)),
  fc.string({ maxLength: 200 }),
  fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
);

const RUNS = 3000;

describe('hostile import files', () => {
  let app: FuzzApp;
  beforeAll(async () => {
    app = await startFuzzApp();
  });
  afterAll(async () => {
    await app?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it(
    `${RUNS} generated JSON files: refused with file:line:field problems and nothing written, or imported exactly`,
    { timeout: 300_000 },
    async () => {
      const existing = new Map((await app.store.exportGraph()).nodes.map((n) => [n.id, n.labels] as const));
      const path = join(dir, 'graph.json');
      const tally = { total: 0, imported: 0, refused: 0, refusedByStore: 0 };
      const problems: string[] = [];
      await fc
        .assert(
          fc.asyncProperty(file, async (content) => {
            tally.total++;
            const before = await app.counts();
            writeFileSync(path, content);
            let read: ReturnType<typeof readGraphForImport>;
            try {
              read = readGraphForImport(path, 'json', existing);
            } catch (error) {
              problems.push(
                `the reader threw instead of reporting: ${(error as Error).message}\n  file: ${content.slice(0, 300)}`,
              );
              return false;
            }
            if (read.issues.length > 0) {
              tally.refused++;
              const vague = read.issues.find((issue) => !/^[^:]+\.json:\d+:.*: \S.{4,}$/s.test(issue));
              if (vague) problems.push(`an issue without file:line:field: message: ${vague.slice(0, 200)}`);
            } else {
              const audit = app.store.curation.wholeGraphAuditStatement(
                'IMPORT',
                { name: 'fuzz', role: 'admin' },
                { file: 'graph.json' },
                { note: 'fuzz import' },
              );
              try {
                await app.store.importGraph(read.graph, { extraStatements: [audit] });
              } catch (error) {
                if (!(error instanceof StoreError && error.code !== 'INTERNAL')) {
                  problems.push(
                    `import failed unclearly: ${(error as Error).message}\n  file: ${content.slice(0, 300)}`,
                  );
                  return false;
                }
                tally.refusedByStore++;
                const after = await app.counts();
                if (JSON.stringify(after) !== JSON.stringify(before))
                  problems.push(
                    `a refused import changed the counts ${JSON.stringify(before)} -> ${JSON.stringify(after)}`,
                  );
                return problems.length === 0;
              }
              tally.imported++;
              const after = await app.counts();
              const fresh = new Set(read.graph.nodes.map((n) => n.id).filter((id) => !existing.has(id)));
              if (
                after.nodes !== before.nodes + fresh.size ||
                after.audit !== before.audit + 1 ||
                after.relationships < before.relationships ||
                after.relationships > before.relationships + read.graph.relationships.length
              ) {
                problems.push(
                  `an import of ${read.graph.nodes.length} nodes (${fresh.size} new) changed the counts ${JSON.stringify(before)} -> ${JSON.stringify(after)}`,
                );
              }
              const stored = new Map(
                (await app.store.nodesById(read.graph.nodes.map((n) => n.id))).map((n) => [n.id, n]),
              );
              for (const node of read.graph.nodes) {
                if (stored.get(node.id)?.properties.name !== node.properties.name)
                  problems.push(`node ${node.id} not stored as imported`);
                existing.set(node.id, node.labels);
              }
              return problems.length === 0;
            }
            const after = await app.counts();
            if (JSON.stringify(after) !== JSON.stringify(before))
              problems.push(`a refused file changed the counts ${JSON.stringify(before)} -> ${JSON.stringify(after)}`);
            return problems.length === 0;
          }),
          { numRuns: RUNS, seed: 1618, endOnFailure: true },
        )
        .catch((error: Error) => {
          // The property's own findings first: fast-check's counterexample alone does not say what was wrong.
          throw new Error(`${problems.join('\n')}\n${error.message}`);
        });
      console.log(
        `fuzz: ${tally.total} import file cases, ${tally.imported} imported, ${tally.refused} refused with file:line:field problems, ${tally.refusedByStore} refused by the store, ${problems.length} crashes or half-writes`,
      );
      expect(problems).toEqual([]);
      expect(tally.total).toBe(RUNS);
      expect(tally.imported).toBeGreaterThan(50);
      expect(await app.alive()).toBe(true);
    },
  );
});
