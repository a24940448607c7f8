// Every Cypher statement the project can issue, linted with @neo4j-cypher/language-support against the graph
// model. Statements are collected from the modules that build them: (1) the store driven through every contract
// case on the embedded engine behind a RecordingExecutor, (2) every `...Statement(s)` builder exported from
// server/src/store/cypher/*.ts (including engine variants the embedded run does not reach).
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Statement } from '../../server/src/store/executor.js';
import { GrafeoExecutor } from '../../server/src/store/grafeo-executor.js';
import { CypherKiesStore } from '../../server/src/store/kies-store.js';
import { RecordingExecutor } from './recording-executor.js';
import * as graph from '../../server/src/store/cypher/graph-cypher.js';
import * as analysis from '../../server/src/store/cypher/analysis-cypher.js';
import * as partner from '../../server/src/store/cypher/partner-cypher.js';
import * as paths from '../../server/src/store/cypher/path-cypher.js';
import * as query from '../../server/src/store/cypher/query-cypher.js';
import * as neighbourhood from '../../server/src/store/cypher/neighbourhood-cypher.js';
import * as curation from '../../server/src/store/cypher/curation-cypher.js';
import * as fulltext from '../../server/src/store/cypher/fulltext-cypher.js';
import type { NodePageRequest } from '../../server/src/domain/node-lookups.js';
import type { PathRequest } from '../../server/src/domain/subgraphs.js';
import { contractFixture } from '../fixtures/contract-graph.js';
import { contractContext, loadContractCases } from '../contract/load-cases.js';
import { formatProblems, lintStatement } from './cypher-lint.js';

const CYPHER_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'server', 'src', 'store', 'cypher');

/**
 * Sample calls for builders that take arguments, keyed by export name (typed calls, so a changed signature fails
 * the type check). Text-shaping arguments (label filters, type lists, directions) get each variant. Builders
 * that take no arguments are called as they are; any other builder is covered by the store run only, and listed.
 */
const nodePage: NodePageRequest = {
  labels: ['PPP', 'NGFProject'],
  ids: null,
  nameContains: 'health',
  kind: null,
  code: null,
  confidence: null,
  hasSources: true,
  relatedTo: null,
  first: 10,
  afterId: null,
};
const path: PathRequest = {
  from: 'ppp-health-ri',
  to: 'mission-iv',
  toLabels: null,
  maxLength: 3,
  via: null,
  types: null,
  limit: 5,
};
const SAMPLE_CALLS: Record<string, () => (Statement | Statement[])[]> = {
  schemaStatements: () => [
    graph.schemaStatements({ indexBesideConstraint: true }),
    graph.schemaStatements({ indexBesideConstraint: false }),
  ],
  mergeNodesStatement: () => [
    graph.mergeNodesStatement(['PPP', 'NGFProject'], [{ id: 'ppp-x', properties: { id: 'ppp-x', name: 'X' } }]),
  ],
  mergeRelationshipsStatement: () => [
    graph.mergeRelationshipsStatement('FUNDS', [{ start: 'a', end: 'b', properties: { role: 'x' } }]),
  ],
  exportNodesStatement: () => [graph.exportNodesStatement(0, 10)],
  exportRelationshipsStatement: () => [graph.exportRelationshipsStatement(0, 10)],
  coverageStatement: () => [analysis.coverageStatement(['PPP', 'NGFProject'])],
  nodesWithoutProvenanceStatement: () => [analysis.nodesWithoutProvenanceStatement(10)],
  relationshipsWithoutProvenanceStatement: () => [analysis.relationshipsWithoutProvenanceStatement(10)],
  missionPppEdgesStatement: () => [analysis.missionPppEdgesStatement(10)],
  partnerSubjectStatement: () => [partner.partnerSubjectStatement('org-umcu')],
  partnerCandidatesStatement: () => [partner.partnerCandidatesStatement(['org-umcu', 'ppp-aboard'])],
  partnerCandidateContextStatement: () => [partner.partnerCandidateContextStatement(['org-umcu'], ['mission-iv'])],
  partnerHubsStatement: () => [partner.partnerHubsStatement(['ppp-aboard'])],
  pathsStatement: () => [
    paths.pathsStatement(path),
    paths.pathsStatement({ ...path, to: null, toLabels: ['Mission'], via: ['PPP'], types: ['ADDRESSES', 'PART_OF'] }),
  ],
  shortestPathStatement: () => [
    paths.shortestPathStatement('a', 'b', 4, null),
    paths.shortestPathStatement('a', 'b', 4, ['FUNDS', 'SUPPORTS']),
  ],
  nodesByIdStatement: () => [query.nodesByIdStatement(['a', 'b'])],
  nodePageStatement: () => [
    query.nodePageStatement(nodePage),
    query.nodePageStatement({ ...nodePage, labels: null, afterId: 'a' }),
  ],
  searchStatement: () => [
    query.searchStatement('health', ['health'], null, 5),
    query.searchStatement('health ri', ['health', 'ri'], ['PPP'], 5),
    query.searchStatement('health ri', ['health', 'ri'], ['PPP'], 5, { fulltext: true }),
  ],
  fulltextIndexStatement: () => [fulltext.fulltextIndexStatement()],
  missingSearchPropertiesStatement: () => [fulltext.missingSearchPropertiesStatement(100)],
  setSearchPropertiesStatement: () => [
    fulltext.setSearchPropertiesStatement([{ id: 'a', searchText: 'a', searchBody: 'x' }]),
  ],
  ringStatement: () => [
    neighbourhood.ringStatement(['a'], 10, null, null),
    neighbourhood.ringStatement(['a', 'b'], 10, ['PPP', 'Mission'], ['FUNDS', 'ADDRESSES']),
  ],
  subgraphStatement: () => [
    neighbourhood.subgraphStatement(
      { kept: ['a'], readOut: [], readIn: [], outHubs: [], fromStart: [], fromEnd: [] },
      null,
    ),
    neighbourhood.subgraphStatement(
      {
        kept: ['a', 'b'],
        readOut: ['a'],
        readIn: ['b'],
        outHubs: ['a'],
        fromStart: [{ start: 'a', end: 'b' }],
        fromEnd: [{ start: 'a', end: 'b' }],
      },
      ['FUNDS'],
    ),
    neighbourhood.subgraphStatement(
      { kept: ['a', 'b'], readOut: ['a'], readIn: [], outHubs: [], fromStart: [{ start: 'a', end: 'b' }], fromEnd: [] },
      null,
      { node: ['name', 'nameEn'], relationship: ['confidence', 'role'] },
    ),
    neighbourhood.subgraphStatement(
      { kept: ['a'], readOut: ['a'], readIn: [], outHubs: [], fromStart: [], fromEnd: [] },
      null,
      { node: [], relationship: [] },
    ),
  ],
  hubDegreesStatement: () => [neighbourhood.hubDegreesStatement(30)],
  nodeDegreesStatement: () => [neighbourhood.nodeDegreesStatement(['a'])],
  graphStatement: () => [query.graphStatement(null, 10), query.graphStatement(['Mission', 'PPP'], 10)],
  relationshipsOfStatement: () =>
    (['OUT', 'IN', 'BOTH'] as const).map((direction) =>
      query.relationshipsOfStatement(['a'], direction === 'BOTH' ? ['FUNDS'] : null, direction, 10),
    ),
  auditSchemaStatements: () => [
    curation.auditSchemaStatements({ indexBesideConstraint: true }),
    curation.auditSchemaStatements({ indexBesideConstraint: false }),
  ],
  nodeStateStatement: () => [curation.nodeStateStatement('a')],
  relationshipStateStatement: () => [curation.relationshipStateStatement('FUNDS', 'a', 'b')],
  createNodeStatement: () => [
    curation.createNodeStatement(
      ['PPP', 'NGFProject'],
      { id: 'ppp-x', name: 'X' },
      { id: 'audit-1', action: 'CREATE_NODE' },
    ),
  ],
  updateNodeStatement: () => [
    curation.updateNodeStatement(
      'a',
      { labels: ['PPP'], properties: { id: 'a' } },
      { labels: ['PPP'], properties: { id: 'a', name: 'A' } },
      { id: 'audit-1' },
    ),
    curation.updateNodeStatement(
      'a',
      { labels: ['PPP'], properties: { id: 'a' } },
      { labels: ['NGFProject'], properties: { id: 'a' } },
      { id: 'audit-1' },
    ),
  ],
  deleteNodeStatement: () => [
    curation.deleteNodeStatement('a', { labels: ['PPP'], properties: { id: 'a' }, degree: 2 }, { id: 'audit-1' }),
  ],
  createRelationshipStatement: () => [
    curation.createRelationshipStatement('FUNDS', 'a', 'b', { role: 'x' }, { id: 'audit-1' }),
  ],
  updateRelationshipStatement: () => [
    curation.updateRelationshipStatement('FUNDS', 'a', 'b', { role: 'x' }, { role: 'y' }, { id: 'audit-1' }),
  ],
  deleteRelationshipStatement: () => [
    curation.deleteRelationshipStatement('FUNDS', 'a', 'b', { role: 'x' }, { id: 'audit-1' }),
  ],
  auditEventStatement: () => [curation.auditEventStatement({ id: 'audit-1', action: 'IMPORT' })],
  auditEventsStatement: () => [
    curation.auditEventsStatement({ nodeId: 'a', actor: null, since: null, until: null, limit: 10 }),
  ],
  auditEventByIdStatement: () => [curation.auditEventByIdStatement('audit-1')],
  exportAuditStatement: () => [curation.exportAuditStatement(0, 10)],
  mergeAuditStatement: () => [curation.mergeAuditStatement([{ id: 'audit-1', action: 'IMPORT' }])],
};

interface Collected {
  statement: Statement;
  from: string;
}

async function collectFromStore(): Promise<Map<string, Collected>> {
  const collected = new Map<string, Collected>();
  for (const contractCase of await loadContractCases()) {
    const executor = GrafeoExecutor.open(null);
    const recorder = new RecordingExecutor(executor);
    const store = new CypherKiesStore(recorder);
    try {
      await store.ensureSchema();
      // Cases get the raw executor: statements a test writes itself are not the project's and are not recorded.
      await contractCase.run(contractContext(store, executor));
    } finally {
      await store.close();
    }
    for (const { statement } of recorder.statements) {
      if (!collected.has(statement.cypher))
        collected.set(statement.cypher, { statement, from: `store (${contractCase.name})` });
    }
  }
  // The seed-sized import path (batches of the default size) as the loader runs it.
  const recorder = new RecordingExecutor(GrafeoExecutor.open(null));
  const store = new CypherKiesStore(recorder);
  await store.ensureSchema();
  await store.importGraph(contractFixture());
  await store.exportGraph();
  await store.counts();
  await store.close();
  for (const { statement } of recorder.statements) {
    if (!collected.has(statement.cypher)) collected.set(statement.cypher, { statement, from: 'store (import/export)' });
  }
  return collected;
}

async function collectFromBuilders(): Promise<{ collected: Map<string, Collected>; notSwept: string[] }> {
  const collected = new Map<string, Collected>();
  const notSwept: string[] = [];
  const files = readdirSync(CYPHER_DIR)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.endsWith('.d.ts'))
    .sort();
  for (const file of files) {
    const mod = (await import(pathToFileURL(join(CYPHER_DIR, file)).href)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) {
      if (typeof value !== 'function' || !/Statements?$/.test(name)) continue;
      const results =
        SAMPLE_CALLS[name]?.() ?? (value.length === 0 ? [(value as () => Statement | Statement[])()] : null);
      if (!results) {
        notSwept.push(`${file}:${name}`);
        continue;
      }
      for (const result of results) {
        for (const statement of Array.isArray(result) ? result : [result]) {
          if (!collected.has(statement.cypher)) collected.set(statement.cypher, { statement, from: `${file}:${name}` });
        }
      }
    }
  }
  return { collected, notSwept };
}

const fromStore = await collectFromStore();
const { collected: fromBuilders, notSwept } = await collectFromBuilders();
const all = new Map([...fromStore, ...fromBuilders]);
console.log(
  `cypher lint: ${all.size} distinct statements (${fromStore.size} recorded from the store run, ${fromBuilders.size} from builders)` +
    (notSwept.length ? `; builders needing arguments, covered only by the store run: ${notSwept.join(', ')}` : ''),
);

describe(`Cypher lint of every project statement (${all.size} statements)`, () => {
  it('collects statements from the store and the builders', () => {
    expect(fromStore.size).toBeGreaterThan(5);
    expect(fromBuilders.size).toBeGreaterThan(5);
  });

  for (const [cypher, { statement, from }] of all) {
    it(`${from}: ${cypher.split('\n')[0]!.slice(0, 70)}`, () => {
      const problems = lintStatement(statement);
      expect(problems, formatProblems(statement, problems)).toEqual([]);
    });
  }
});

describe('the Cypher lint catches broken statements', () => {
  const problemsOf = (cypher: string, params: Record<string, unknown> = {}) => lintStatement({ cypher, params });

  it('a syntax error', () => {
    const problems = problemsOf('MATCH (n:Entity RETURN n.id AS id');
    expect(problems.some((p) => p.severity === 'error' && /Invalid input/.test(p.message))).toBe(true);
  });

  it('a label outside the graph model', () => {
    expect(
      problemsOf('MATCH (n:Person) RETURN n.id AS id')
        .map((p) => p.message)
        .join('\n'),
    ).toMatch(/Label Person is not present/);
  });

  it('a relationship type outside the graph model', () => {
    expect(
      problemsOf('MATCH (:Entity)-[r:KNOWS]->(:Entity) RETURN count(r) AS c')
        .map((p) => p.message)
        .join('\n'),
    ).toMatch(/Relationship type KNOWS is not present/);
  });

  it('a property key outside the graph model', () => {
    expect(
      problemsOf('MATCH (n:Entity) RETURN n.title AS title')
        .map((p) => p.message)
        .join('\n'),
    ).toMatch(/title is not present/);
  });

  it('a function that does not exist (or only in a plugin)', () => {
    expect(problemsOf('MATCH (n:Entity) RETURN toLowerCase(n.name) AS name').some((p) => p.severity === 'error')).toBe(
      true,
    );
    expect(problemsOf("RETURN apoc.text.join(['a'], ',') AS s").some((p) => /apoc\.text\.join/.test(p.message))).toBe(
      true,
    );
  });

  it('a parameter the statement is not given', () => {
    expect(
      problemsOf('MATCH (n:Entity {id: $id}) RETURN n.name AS name', { ident: 'x' }).map((p) => p.message),
    ).toContain('Parameter $id is not defined.');
  });

  it('a semantic error (undefined variable, aggregation misuse)', () => {
    expect(problemsOf('MATCH (n:Entity) RETURN m.id AS id').some((p) => p.severity === 'error')).toBe(true);
  });

  it('a broken statement issued through the store is caught by the same check', async () => {
    const recorder = new RecordingExecutor(GrafeoExecutor.open(null));
    await recorder.read({ cypher: 'MATCH (n:Entity) RETURN n.id AS id', params: {} });
    await recorder
      .read({ cypher: 'MATCH (n:Entity) WHERE n.name = $name RETURN n.id AS id LIMIT 1', params: {} })
      .catch(() => undefined);
    await recorder.close();
    const failing = recorder.statements.filter(({ statement }) => lintStatement(statement).length > 0);
    expect(failing.map(({ statement }) => statement.cypher)).toEqual([
      'MATCH (n:Entity) WHERE n.name = $name RETURN n.id AS id LIMIT 1',
    ]);
  });

  it('valid statements pass', () => {
    expect(problemsOf('MATCH (n:Entity {id: $id}) RETURN n.name AS name', { id: 'x' })).toEqual([]);
  });
});
