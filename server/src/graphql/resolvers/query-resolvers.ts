// Query resolvers: check arguments, call one store operation (or a pure domain function over its result).
import {
  LABEL_DESCRIPTIONS,
  NODE_LABELS,
  relationshipSpec,
  RELATIONSHIP_TYPES,
  type NodeLabel,
  type RelationshipType,
} from '@kies/schema';
import type { GraphNode } from '../../domain/graph-data.js';
import { buildCoverage, DIMENSION_LABELS, DIMENSIONS } from '../../domain/coverage.js';
import { classifyGaps, SEVERITY_RANK } from '../../domain/gaps.js';
import { factNodes } from '../../domain/gap-facts.js';
import type { ApiContext } from '../context.js';
import type { QueryResolvers } from '../generated/resolvers-types.js';
import {
  badInput,
  checkId,
  decodeCursor,
  encodeCursor,
  intInRange,
  LIMITS,
  listOrNull,
  searchText,
  unknownId,
} from '../arguments.js';
import { searchProjection, subgraphProjection } from '../projection.js';
import { WHOLE_ROWS } from '../../domain/subgraphs.js';

/** Remembers nodes a query already returned, so nested fields (hop ends, relationship ends) cost no extra query. */
function prime(context: ApiContext, nodes: GraphNode[]): void {
  for (const node of nodes) context.loaders.node.prime(node.id, node);
}

async function existing(context: ApiContext, id: string, argument: string): Promise<GraphNode> {
  checkId(id, argument);
  const node = await context.loaders.node.load(id);
  if (!node) throw unknownId(id, argument);
  return node;
}

// The store may hand out the same (cached) facts until the next write; classify them once per facts object, and
// index the nodes the facts carry (every node a finding names) so each request only primes what it returns.
type GapFacts = Parameters<typeof classifyGaps>[0];
const classifications = new WeakMap<
  GapFacts,
  { findings: ReturnType<typeof classifyGaps>; nodes: Map<string, GraphNode> }
>();
function classified(facts: GapFacts) {
  let done = classifications.get(facts);
  if (!done) {
    const carried = factNodes(facts);
    classifications.set(
      facts,
      (done = { findings: classifyGaps(facts), nodes: new Map(carried.map((n) => [n.id, n])) }),
    );
  }
  return done;
}

// Partner ranking looks at this many candidates at most: enough for a 500+ node graph, bounded for larger ones.
const PARTNER_CANDIDATES = 300;

export const queryResolvers: QueryResolvers = {
  node: (_root, { id }, context) => existing(context, id, 'id'),

  async nodes(_root, { labels, where, first, after }, context) {
    const size = intInRange(first, 50, 0, LIMITS.pageSize, 'first');
    if (where?.relatedTo) await existing(context, where.relatedTo, 'where.relatedTo');
    const afterId = after ? decodeCursor(after) : null;
    const page = await context.store.nodePage({
      labels: listOrNull(labels),
      ids: where?.ids ? [...where.ids] : null,
      nameContains: where?.nameContains ? searchText(where.nameContains) : null,
      kind: where?.kind ?? null,
      code: where?.code ?? null,
      confidence: where?.confidence ?? null,
      hasSources: where?.hasSources ?? null,
      relatedTo: where?.relatedTo ?? null,
      first: size,
      afterId,
    });
    prime(context, page.nodes);
    return {
      edges: page.nodes.map((node) => ({ cursor: encodeCursor(node.id), node })),
      totalCount: page.totalCount,
      hasNextPage: page.hasNextPage,
      hasPreviousPage: afterId !== null,
    };
  },

  async search(_root, { text, labels, first }, context, info) {
    const size = intInRange(first, 20, 1, LIMITS.searchSize, 'first');
    // As the neighbourhood: only the selected properties are read, and such nodes never stand in for whole ones.
    const properties = info.fieldName === 'search' ? searchProjection(info) : null;
    const hits = await context.store.search(searchText(text), listOrNull(labels), size, properties);
    if (properties === null)
      prime(
        context,
        hits.map((h) => h.node),
      );
    return hits;
  },

  async neighbourhood(_root, { id, depth, labels, types, limit }, context, info) {
    checkId(id, 'id');
    const d = intInRange(depth, 1, 1, LIMITS.neighbourhoodDepth, 'depth');
    const cap = intInRange(limit, 200, 1, LIMITS.subgraphNodes, 'limit');
    // Only the properties the query selects are read (projection.ts); such nodes never stand in for whole ones.
    // Other resolvers call this one with their own field's info (ask's plans): they get whole rows.
    const projection = info.fieldName === 'neighbourhood' ? subgraphProjection(info) : WHOLE_ROWS;
    const subgraph = await context.store.neighbourhood(id, d, listOrNull(labels), listOrNull(types), cap, projection);
    if (subgraph.nodes.length === 0) throw unknownId(id, 'id');
    if (projection.node === null) prime(context, subgraph.nodes);
    return subgraph;
  },

  async graph(_root, { labels, limit }, context) {
    const cap = intInRange(limit, LIMITS.subgraphNodes, 1, LIMITS.subgraphNodes, 'limit');
    const subgraph = await context.store.graph(listOrNull(labels), cap);
    prime(context, subgraph.nodes);
    return subgraph;
  },

  async paths(_root, { from, to, toLabels, maxLength, via, types, limit }, context) {
    const targets = listOrNull(toLabels);
    if ((to == null) === (targets === null))
      throw badInput('give either `to` (a node id) or `toLabels`, not both or neither', to == null ? 'to' : 'toLabels');
    checkId(from, 'from');
    if (to != null) checkId(to, 'to');
    if (to === from) throw badInput('`from` and `to` are the same node', 'to');
    const paths = await context.store.paths({
      from,
      to: to ?? null,
      toLabels: targets,
      maxLength: intInRange(maxLength, 3, 1, LIMITS.pathLength, 'maxLength'),
      via: listOrNull(via),
      types: listOrNull(types),
      limit: intInRange(limit, 50, 1, LIMITS.paths, 'limit'),
    });
    // A path found names both ends, so they exist; only an empty answer needs the ends looked up (one read fewer
    // per answered call, which the load test's mix feels).
    if (paths.length === 0) {
      const ends = await context.loaders.node.loadMany(to != null ? [from, to] : [from]);
      if (!ends[0] || ends[0] instanceof Error) throw unknownId(from, 'from');
      if (to != null && (!ends[1] || ends[1] instanceof Error)) throw unknownId(to, 'to');
    }
    prime(
      context,
      paths.flatMap((p) => p.nodes),
    );
    return paths;
  },

  async shortestPath(_root, { from, to, maxLength, types }, context) {
    checkId(from, 'from');
    checkId(to, 'to');
    if (to === from) throw badInput('`from` and `to` are the same node', 'to');
    const length = intInRange(maxLength, 6, 1, LIMITS.shortestPathLength, 'maxLength');
    const [a, b] = await context.loaders.node.loadMany([from, to]);
    if (!a || a instanceof Error) throw unknownId(from, 'from');
    if (!b || b instanceof Error) throw unknownId(to, 'to');
    const path = await context.store.shortestPath(from, to, length, listOrNull(types));
    if (path) prime(context, path.nodes);
    return path;
  },

  async missionCoverage(_root, { dimension }, context) {
    const dimensions = dimension ? [dimension] : DIMENSIONS;
    const { missions, entries } = await context.store.coverage(dimensions.map((d) => DIMENSION_LABELS[d]));
    return { dimensions, rows: buildCoverage(missions, entries, dimensions) };
  },

  async gaps(_root, { kinds, minSeverity }, context) {
    const wanted = listOrNull(kinds);
    const floor = SEVERITY_RANK[minSeverity ?? 'LOW'];
    const { findings, nodes } = classified(await context.store.gapFacts());
    const kept = findings.filter(
      (f) => (wanted === null || wanted.includes(f.kind)) && SEVERITY_RANK[f.severity] >= floor,
    );
    // Priming the loader with the nodes the facts carry saves the per-request node query behind Gap.nodes.
    prime(
      context,
      kept.flatMap((f) => f.nodeIds.flatMap((id) => nodes.get(id) ?? [])),
    );
    return kept;
  },

  async partners(_root, { of, limit }, context) {
    const size = intInRange(limit, 10, 1, LIMITS.partners, 'limit');
    await existing(context, of, 'of');
    const ranked = await context.store.partners(of, PARTNER_CANDIDATES, size);
    prime(
      context,
      ranked.map((r) => r.node),
    );
    return ranked;
  },

  async stats(_root, _args, context) {
    const counts = await context.store.counts();
    return {
      nodes: counts.nodes,
      relationships: counts.relationships,
      byLabel: NODE_LABELS.filter((l) => counts.byLabel[l]).map((label: NodeLabel) => ({
        label,
        description: LABEL_DESCRIPTIONS[label],
        count: counts.byLabel[label],
      })),
      byType: RELATIONSHIP_TYPES.filter((t) => counts.byType[t]).map((type: RelationshipType) => ({
        type,
        description: relationshipSpec(type).description,
        count: counts.byType[type],
      })),
    };
  },
};
