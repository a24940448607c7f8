// Hostile mutation inputs at volume (fast-check): createNode, updateNode and createRelationship with arbitrary
// strings, wrong types, huge values, unknown labels and properties, weak or missing tokens. Each case gets a clear
// error or a correct answer; after each batch the graph and audit counts equal what the acknowledged writes explain,
// and no refused createNode left its node behind.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  hostileInt,
  hostileText,
  inParallel,
  label,
  relType,
  someId,
  startFuzzApp,
  unclear,
  wrongType,
  type Counts,
  type FuzzApp,
} from './fuzz-app.js';

type Kind = 'createNode' | 'updateNode' | 'createRelationship';
interface Case {
  kind: Kind;
  query: string;
  variables: Record<string, unknown>;
  role: 'editor' | 'viewer' | 'none';
}

const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 3 });
const text = fc.oneof({ arbitrary: hostileText, weight: 6 }, wrongType);
const newId = fc.oneof(
  { arbitrary: fc.nat({ max: 5000 }).map((n) => `org-fuzz-${n}`), weight: 5 },
  fc.nat({ max: 500 }).map((n) => `ppp-fuzz-${n}`),
  someId,
  wrongType,
);
const provenance = fc.oneof(
  { arbitrary: fc.constant({ note: 'asserted by the fuzz test' }), weight: 6 },
  fc.record({
    note: maybe(text),
    sources: maybe(fc.oneof(fc.array(hostileText, { maxLength: 2 }), wrongType)),
    quotes: maybe(fc.array(hostileText, { maxLength: 2 })),
    confidence: maybe(fc.oneof(fc.constantFrom('stated', 'inferred', 'certain'), hostileText)),
  }),
  wrongType,
);
const labels = fc.oneof(
  { arbitrary: fc.constant(['Organisation']), weight: 4 },
  fc.array(label, { maxLength: 3 }),
  wrongType,
);
const unknownField = fc.oneof(
  { arbitrary: fc.constant({}), weight: 6 },
  fc.dictionary(fc.constantFrom('searchText', 'id', 'secret', '__proto__', 'labels2', 'createdBy'), text, {
    maxKeys: 2,
  }),
);
const fields = {
  fullName: maybe(text),
  aliases: maybe(fc.oneof(fc.array(hostileText, { maxLength: 3 }), wrongType)),
  description: maybe(text),
  amountEur: maybe(fc.oneof(fc.double({ noNaN: true }), hostileInt, text)),
  url: maybe(fc.oneof(fc.webUrl(), text)),
  code: maybe(text),
};
const role = fc.constantFrom<'editor' | 'viewer' | 'none'>(
  'editor',
  'editor',
  'editor',
  'editor',
  'editor',
  'editor',
  'viewer',
  'none',
);

const cases: fc.Arbitrary<Case> = fc.oneof(
  fc
    .record({ id: newId, labels, name: text, provenance, extra: unknownField, role, ...fields })
    .map(({ extra, role, ...input }): Case => ({
      kind: 'createNode',
      query: 'mutation($input: CreateNodeInput!) { createNode(input: $input) { node { id } audit { id } } }',
      variables: { input: { ...input, ...extra } },
      role,
    })),
  fc
    .record({
      id: someId,
      labels: maybe(labels),
      name: maybe(text),
      provenance,
      extra: unknownField,
      role,
      replaceProvenance: maybe(fc.oneof(fc.boolean(), wrongType)),
      ...fields,
    })
    .map(({ id, extra, role, ...input }): Case => ({
      kind: 'updateNode',
      query:
        'mutation($id: ID!, $input: UpdateNodeInput!) { updateNode(id: $id, input: $input) { node { id } audit { id } } }',
      variables: { id, input: { ...input, ...extra } },
      role,
    })),
  fc
    .record({
      type: relType,
      start: someId,
      end: someId,
      role: maybe(text),
      provenance,
      extra: unknownField,
      who: role,
    })
    .map(({ extra, who, ...input }): Case => ({
      kind: 'createRelationship',
      query:
        'mutation($input: CreateRelationshipInput!) { createRelationship(input: $input) { relationship { id type start end } audit { id } } }',
      variables: { input: { ...input, ...extra } },
      role: who,
    })),
);

/** What an acknowledged write adds: a node or relationship (creations) and always one audit event. */
const DELTA: Record<Kind, Counts> = {
  createNode: { nodes: 1, relationships: 0, audit: 1 },
  updateNode: { nodes: 0, relationships: 0, audit: 1 },
  createRelationship: { nodes: 0, relationships: 1, audit: 1 },
};

const PARALLEL = 8;
const RUNS = 400; // x 8 = 3200 cases

describe('hostile mutation inputs', () => {
  let app: FuzzApp;
  beforeAll(async () => {
    app = await startFuzzApp();
  });
  afterAll(() => app?.close());

  it(
    `${RUNS * PARALLEL} generated writes: a clear error or a correct answer, and never half a write`,
    { timeout: 300_000 },
    async () => {
      let expected = await app.counts();
      const existing = new Set((await app.store.exportGraph()).nodes.map((n) => n.id));
      const tally = { total: 0, written: 0, refused: 0 };
      const problems: string[] = [];
      await fc
        .assert(
          fc.asyncProperty(fc.array(cases, { minLength: PARALLEL, maxLength: PARALLEL }), async (batch) => {
            const answers = await inParallel(batch, (c) =>
              app.gql(c.query, c.variables, c.role === 'none' ? undefined : app.token[c.role]),
            );
            const refusedIds: string[] = [];
            batch.forEach((c, i) => {
              const answer = answers[i]!;
              const show = `${c.kind} as ${c.role} ${JSON.stringify(c.variables).slice(0, 300)}`;
              tally.total++;
              const why = unclear(answer);
              if (why) return problems.push(`${why}\n  ${show}`);
              if (answer.body!.errors?.length) {
                tally.refused++;
                const id = (c.variables.input as { id?: unknown } | undefined)?.id;
                if (c.kind === 'createNode' && typeof id === 'string' && !existing.has(id)) refusedIds.push(id);
                return;
              }
              tally.written++;
              if (c.role !== 'editor') problems.push(`a ${c.role} wrote\n  ${show}`);
              const data = answer.body!.data!;
              if (c.kind === 'createNode' && data.createNode.node?.id !== (c.variables.input as { id: string }).id)
                problems.push(`created another id\n  ${show}`);
              if (c.kind === 'createNode') existing.add(String(data.createNode.node?.id));
              if (!data[c.kind].audit?.id) problems.push(`no audit event\n  ${show}`);
              const d = DELTA[c.kind];
              expected = {
                nodes: expected.nodes + d.nodes,
                relationships: expected.relationships + d.relationships,
                audit: expected.audit + d.audit,
              };
            });
            // Precise attribution: a refused creation's id must not exist; the counts must be what the writes explain.
            const leftovers = refusedIds.length ? await app.store.nodesById(refusedIds) : [];
            for (const node of leftovers) problems.push(`refused createNode left node ${node.id} behind`);
            const counts = await app.counts();
            if (JSON.stringify(counts) !== JSON.stringify(expected)) {
              problems.push(
                `counts ${JSON.stringify(counts)} != ${JSON.stringify(expected)} after the batch:\n  ${batch.map((c) => JSON.stringify(c.variables).slice(0, 200)).join('\n  ')}`,
              );
              expected = counts;
            }
            return problems.length === 0;
          }),
          { numRuns: RUNS, seed: 1617, endOnFailure: true },
        )
        .catch((error: Error) => {
          // The property's own findings first: fast-check's counterexample alone does not say what was wrong.
          throw new Error(`${problems.join('\n')}\n${error.message}`);
        });
      console.log(
        `fuzz: ${tally.total} mutation input cases, ${tally.written} written, ${tally.refused} clear errors, ${problems.length} server errors or half-writes`,
      );
      expect(problems).toEqual([]);
      expect(tally.total).toBe(RUNS * PARALLEL);
      expect(tally.written).toBeGreaterThan(50); // the suite also exercises the path that writes
      expect(await app.alive()).toBe(true);
    },
  );
});
