// Hostile GraphQL arguments at volume (fast-check): search text, ids, limits, depth, labels, cursors, filters and
// raw request bodies. Every case gets a clear error or a correct answer, and the reads change nothing.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AnyAnswer } from '../api/answers.js';
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
  type FuzzApp,
} from './fuzz-app.js';

interface Case {
  query: string;
  variables: Record<string, unknown>;
  /** A raw request body sent instead of {query, variables}: not JSON, not a request, cut short, too large. */
  raw?: string;
  /** Checks a successful answer; returns why it is wrong, or null. */
  check?: (data: AnyAnswer) => string | null;
}

const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 3 });
const list = <T>(arb: fc.Arbitrary<T>) =>
  fc.oneof({ arbitrary: fc.array(arb, { maxLength: 3 }), weight: 5 }, wrongType);
const atMost = (n: unknown, cap: number, length: number) =>
  length <= Math.min(typeof n === 'number' && n > 0 ? n : cap, cap);

const cases: fc.Arbitrary<Case> = fc.oneof(
  fc
    .record({
      text: fc.oneof({ arbitrary: hostileText, weight: 5 }, wrongType),
      labels: maybe(list(label)),
      first: maybe(hostileInt),
    })
    .map((v): Case => ({
      query:
        'query($text: String!, $labels: [NodeLabel!], $first: Int) { search(text: $text, labels: $labels, first: $first) { score node { id } } }',
      variables: v,
      check: (d) =>
        atMost(v.first ?? 20, 100, d.search.length)
          ? null
          : `search answered ${d.search.length} hits for first=${v.first}`,
    })),
  fc.record({ id: fc.oneof({ arbitrary: someId, weight: 5 }, wrongType) }).map((v): Case => ({
    query: 'query($id: ID!) { node(id: $id) { id name labels } }',
    variables: v,
    check: (d) => (d.node.id === v.id ? null : `node(${JSON.stringify(v.id)}) answered ${d.node.id}`),
  })),
  fc
    .record({
      labels: maybe(list(label)),
      where: maybe(
        fc.oneof(
          fc.record({
            ids: maybe(list(someId)),
            nameContains: maybe(hostileText),
            kind: maybe(hostileText),
            code: maybe(hostileText),
            confidence: maybe(fc.oneof(fc.constantFrom('stated', 'inferred', 'STATED'), hostileText)),
          }),
          wrongType,
        ),
      ),
      first: maybe(hostileInt),
      after: maybe(
        fc.oneof(
          hostileText,
          fc.base64String({ maxLength: 40 }),
          fc.string().map((s) => Buffer.from(s).toString('base64url')),
          wrongType,
        ),
      ),
    })
    .map((v): Case => ({
      query:
        'query($labels: [NodeLabel!], $where: NodeFilter, $first: Int, $after: String) { nodes(labels: $labels, where: $where, first: $first, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }',
      variables: v,
      check: (d) =>
        atMost(v.first ?? 50, 200, d.nodes.edges.length)
          ? null
          : `nodes answered ${d.nodes.edges.length} for first=${v.first}`,
    })),
  fc
    .record({
      id: someId,
      depth: maybe(hostileInt),
      labels: maybe(list(label)),
      types: maybe(list(relType)),
      limit: maybe(fc.oneof(fc.integer({ min: -3, max: 60 }), wrongType)),
    })
    .map((v): Case => ({
      query:
        'query($id: ID!, $depth: Int, $labels: [NodeLabel!], $types: [RelationshipType!], $limit: Int) { neighbourhood(id: $id, depth: $depth, labels: $labels, types: $types, limit: $limit) { nodes { id } relationships { id } truncated } }',
      variables: v,
      check: (d) =>
        atMost(v.limit ?? 200, 2000, d.neighbourhood.nodes.length)
          ? null
          : `neighbourhood answered ${d.neighbourhood.nodes.length} nodes for limit=${v.limit}`,
    })),
  fc
    .record({
      from: someId,
      to: maybe(someId),
      toLabels: maybe(list(label)),
      maxLength: maybe(fc.oneof(fc.integer({ min: -2, max: 4 }), wrongType)),
      via: maybe(list(label)),
      types: maybe(list(relType)),
      limit: maybe(fc.oneof(fc.integer({ min: -2, max: 20 }), wrongType)),
    })
    .map((v): Case => ({
      query:
        'query($from: ID!, $to: ID, $toLabels: [NodeLabel!], $maxLength: Int, $via: [NodeLabel!], $types: [RelationshipType!], $limit: Int) { paths(from: $from, to: $to, toLabels: $toLabels, maxLength: $maxLength, via: $via, types: $types, limit: $limit) { length } }',
      variables: v,
      check: (d) =>
        atMost(v.limit ?? 50, 200, d.paths.length) ? null : `paths answered ${d.paths.length} for limit=${v.limit}`,
    })),
  fc.record({ from: someId, to: someId, maxLength: maybe(hostileInt) }).map((v): Case => ({
    query:
      'query($from: ID!, $to: ID!, $maxLength: Int) { shortestPath(from: $from, to: $to, maxLength: $maxLength) { length } }',
    variables: v,
  })),
  fc.record({ of: someId, limit: maybe(hostileInt) }).map((v): Case => ({
    query: 'query($of: ID!, $limit: Int) { partners(of: $of, limit: $limit) { node { id } } }',
    variables: v,
    check: (d) =>
      atMost(v.limit ?? 10, 50, d.partners.length)
        ? null
        : `partners answered ${d.partners.length} for limit=${v.limit}`,
  })),
  fc
    .record({
      nodeId: maybe(someId),
      actor: maybe(hostileText),
      since: maybe(
        fc.oneof(
          hostileText,
          fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
        ),
      ),
      until: maybe(hostileText),
      first: maybe(hostileInt),
    })
    .map((v): Case => ({
      query:
        'query($nodeId: ID, $actor: String, $since: String, $until: String, $first: Int) { auditLog(nodeId: $nodeId, actor: $actor, since: $since, until: $until, first: $first) { id } }',
      variables: v,
    })),
  // Arguments written into the document itself (the parser sees them), and bodies that are not GraphQL at all.
  fc
    .record({
      text: hostileText,
      kinds: fc.array(
        fc.oneof(
          fc.constantFrom('THIN_MISSION_CELL', 'NODE_WITHOUT_PROVENANCE'),
          fc.stringMatching(/^[A-Za-z_]{1,12}$/),
        ),
        { maxLength: 3 },
      ),
    })
    .map((v): Case => ({
      query: `{ search(text: ${JSON.stringify(v.text)}, first: 3) { node { id } } gaps(kinds: [${v.kinds.join(', ')}]) { id } }`,
      variables: {},
    })),
  fc.string({ maxLength: 200 }).map((garbage) => ({ query: garbage, variables: {} })),
  fc
    .oneof(
      fc.string({ maxLength: 300 }),
      fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
      fc
        .tuple(fc.jsonValue({ maxDepth: 2 }), fc.nat({ max: 60 }))
        .map(([v, n]) => JSON.stringify({ query: '{ stats { nodes } }', variables: v }).slice(0, n)),
      fc
        .integer({ min: 100_001, max: 400_000 })
        .map((n) => JSON.stringify({ query: '{ stats { nodes } }', variables: { pad: 'a'.repeat(n) } })),
    )
    .map((raw): Case => ({ query: '', variables: {}, raw })),
);

const PARALLEL = 8;
const RUNS = 500; // x 8 = 4000 cases

describe('hostile GraphQL arguments', () => {
  let app: FuzzApp;
  beforeAll(async () => {
    app = await startFuzzApp();
  });
  afterAll(() => app?.close());

  it(
    `${RUNS * PARALLEL} generated read requests each get a clear error or a correct answer, and change nothing`,
    { timeout: 300_000 },
    async () => {
      const before = await app.counts();
      let total = 0;
      let errors = 0;
      const codes = new Map<string, number>();
      const serverErrors: string[] = [];
      const problems = serverErrors;
      await fc
        .assert(
          fc.asyncProperty(fc.array(cases, { minLength: PARALLEL, maxLength: PARALLEL }), async (batch) => {
            const answers = await inParallel(batch, (c) =>
              c.raw !== undefined ? app.post(c.raw, app.token.editor) : app.gql(c.query, c.variables, app.token.editor),
            );
            batch.forEach((c, i) => {
              const answer = answers[i]!;
              total++;
              if (answer.body?.errors?.length) errors++;
              for (const e of answer.body?.errors ?? [])
                codes.set(String(e.extensions?.code), (codes.get(String(e.extensions?.code)) ?? 0) + 1);
              const why =
                unclear(answer) ??
                (answer.status === 200 && !answer.body?.errors && c.check ? c.check(answer.body!.data!) : null);
              if (why)
                serverErrors.push(
                  `${why}\n  query: ${(c.raw ?? c.query).slice(0, 200)}\n  variables: ${JSON.stringify(c.variables).slice(0, 300)}`,
                );
            });
            return serverErrors.length === 0;
          }),
          { numRuns: RUNS, seed: 1616, endOnFailure: true },
        )
        .catch((error: Error) => {
          // The property's own findings first: fast-check's counterexample alone does not say what was wrong.
          throw new Error(`${problems.join('\n')}\n${error.message}`);
        });
      console.log(
        `fuzz: ${total} GraphQL argument cases, ${errors} clear errors, ${total - errors} answers, ${serverErrors.length} server errors (${[...codes].map(([c, n]) => `${c} ${n}`).join(', ')})`,
      );
      expect(serverErrors).toEqual([]);
      expect(total).toBe(RUNS * PARALLEL);
      expect(await app.counts()).toEqual(before);
      expect(await app.alive()).toBe(true);
    },
  );
});
