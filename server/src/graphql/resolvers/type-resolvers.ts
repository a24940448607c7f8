// Field resolvers of the object types: read mapped store data; linked nodes come through the request's DataLoaders.
import { primaryLabel } from '@kies/schema';
import { GraphQLError } from 'graphql';
import { distinctNamer } from '../../domain/display-names.js';
import type { GraphNode, PropertyMap } from '../../domain/graph-data.js';
import { reasonExplanation } from '../../domain/partners.js';
import type { ApiContext } from '../context.js';
import type { Resolvers } from '../generated/resolvers-types.js';
import { intInRange, LIMITS, listOrNull } from '../arguments.js';

const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);

/** The main label (model order); a node without a model label is an internal error, never shown as another kind. */
function mainLabel(node: GraphNode) {
  const label = primaryLabel(node.labels);
  if (label) return label;
  throw new GraphQLError(`node ${node.id} has no label of the graph model`, {
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  });
}

/** Nodes for ids through the batching loader; an id that vanished between queries is an internal error, not a hole. */
async function loadNodes(context: ApiContext, ids: readonly string[]): Promise<GraphNode[]> {
  const nodes = await context.loaders.node.loadMany([...ids]);
  return nodes.map((n, i) => {
    if (n === null || n instanceof Error)
      throw new GraphQLError(`node ${ids[i]} is referenced but missing`, {
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      });
    return n;
  });
}

const SPAN = /^(.*?)#L(\d+)(?:-L(\d+))?$/;
function citations(p: PropertyMap) {
  const quotes = strings(p.quotes);
  return strings(p.sources).map((source, i) => {
    const m = SPAN.exec(source);
    return {
      source,
      file: m ? m[1] : source,
      startLine: m ? Number(m[2]) : null,
      endLine: m ? Number(m[3] ?? m[2]) : null,
      quote: quotes[i] ?? null,
    };
  });
}

const year = (v: unknown): number | null => (typeof v === 'number' && Number.isInteger(v) ? v : null);
/** A node's period: only with its verbatim text (the seed validator requires it with any year). */
function periodOf(p: PropertyMap) {
  const text = str(p.periodText);
  return text === null ? null : { start: year(p.periodStart), end: year(p.periodEnd), text };
}

export const typeResolvers: Resolvers = {
  Node: {
    id: (n) => n.id,
    labels: (n) => n.labels,
    label: mainLabel,
    name: (n) => str(n.properties.name) ?? n.id,
    fullName: (n) => str(n.properties.fullName),
    aliases: (n) => strings(n.properties.aliases),
    description: (n) => str(n.properties.description),
    nameEn: (n) => str(n.properties.nameEn),
    code: (n) => str(n.properties.code),
    kind: (n) => str(n.properties.kind),
    target: (n) => str(n.properties.target),
    amountEur: (n) => (typeof n.properties.amountEur === 'number' ? n.properties.amountEur : null),
    amountText: (n) => str(n.properties.amountText),
    url: (n) => str(n.properties.url),
    period: (n) => periodOf(n.properties),
    provenance: (n) => n.properties,
    degree: (n, _args, context) => context.loaders.degree.load(n.id),
    relationships: (n, args, context) => {
      const first = intInRange(args.first, 50, 0, LIMITS.relationshipsPerNode, 'first');
      return context.loaders.relationships(listOrNull(args.types), args.direction ?? 'BOTH', first).load(n.id);
    },
  },
  Relationship: {
    id: (r) => `${r.start}>${r.type}>${r.end}`,
    type: (r) => r.type,
    start: (r) => r.start,
    end: (r) => r.end,
    startNode: async (r, _args, context) => (await loadNodes(context, [r.start]))[0],
    endNode: async (r, _args, context) => (await loadNodes(context, [r.end]))[0],
    role: (r) => str(r.properties.role),
    provenance: (r) => r.properties,
  },
  Provenance: {
    sources: (p) => strings(p.sources),
    quotes: (p) => strings(p.quotes),
    citations: (p) => citations(p),
    confidence: (p) => (p.confidence === 'literal' || p.confidence === 'inferred' ? p.confidence : null),
    note: (p) => str(p.note),
    hasSources: (p) => strings(p.sources).length > 0,
  },
  Path: {
    length: (p) => p.hops.length,
    nodes: (p) => p.nodes,
    hops: (p) => p.hops,
  },
  Hop: {
    from: async (h, _a, context) => (await loadNodes(context, [h.from]))[0],
    to: async (h, _a, context) => (await loadNodes(context, [h.to]))[0],
    relationship: (h) => h.relationship,
    direction: (h) => (h.forward ? 'FORWARD' : 'BACKWARD'),
  },
  CoverageRow: {
    mission: (r) => r.mission,
    cells: (r) => r.cells,
  },
  CoverageCell: {
    dimension: (c) => c.dimension,
    count: (c) => c.members.length,
    members: (c) => c.members,
  },
  Gap: {
    nodes: (g, _a, context) => loadNodes(context, g.nodeIds),
    subject: async (g, _a, context) => (g.subjectId ? (await loadNodes(context, [g.subjectId]))[0]! : null),
    through: async (g, _a, context) => (g.throughId ? (await loadNodes(context, [g.throughId]))[0]! : null),
    affected: (g, _a, context) => loadNodes(context, g.affectedIds),
    relationships: (g) => g.relationships,
    dimension: (g) => g.dimension,
  },
  PartnerReason: {
    via: (r, _a, context) => loadNodes(context, r.viaIds),
    explanation: async (r, _a, context) => {
      const via = await loadNodes(context, r.viaIds);
      const namer = distinctNamer(via);
      return reasonExplanation(r, via.map(namer));
    },
  },
  NodeConnection: {
    pageInfo: (c) => ({
      hasNextPage: c.hasNextPage,
      hasPreviousPage: c.hasPreviousPage,
      startCursor: c.edges[0]?.cursor ?? null,
      endCursor: c.edges.at(-1)?.cursor ?? null,
    }),
  },
};
