// Wire shapes of the query results (the subset of schema/schema.graphql the explorer selects) and mappers.
import type { NodeLabel, RelationshipType } from '@kies/schema';
import type { KEdge, KNode } from '../graph/types';

export interface WireProvenance {
  sources?: string[];
  quotes?: string[];
  confidence?: string | null;
  note?: string | null;
}

export interface WireNode {
  id: string;
  labels: NodeLabel[];
  label?: NodeLabel;
  name: string;
  fullName?: string | null;
  aliases?: string[];
  description?: string | null;
  nameEn?: string | null;
  code?: string | null;
  kind?: string | null;
  target?: string | null;
  amountText?: string | null;
  url?: string | null;
  degree?: number;
  provenance?: WireProvenance;
}

export interface WireRel {
  id: string;
  type: RelationshipType;
  start: string;
  end: string;
  role?: string | null;
  provenance?: WireProvenance;
}

export interface WireSubgraph {
  nodes: WireNode[];
  relationships: WireRel[];
  truncated: boolean;
  totalNodes: number;
  /** False when totalNodes is a lower bound (the server stopped counting). */
  totalNodesExact: boolean;
}

export function toKNode(w: WireNode): KNode {
  // The primary label (colour, lane) goes first; `label` is the server's choice of main kind.
  const labels = w.label ? [w.label, ...w.labels.filter((l) => l !== w.label)] : [...w.labels];
  // The SDL requires a label; a node without one would be drawn in no colour, placed in no lane: say so instead.
  if (labels.length === 0) throw new Error(`Node ${w.id} came without a label`);
  return {
    id: w.id,
    labels,
    name: w.name,
    fullName: w.fullName ?? null,
    aliases: w.aliases ?? [],
    description: w.description ?? null,
    code: w.code ?? null,
    kind: w.kind ?? null,
    url: w.url ?? null,
    amountText: w.amountText ?? null,
    sources: w.provenance?.sources ?? [],
    quotes: w.provenance?.quotes ?? [],
    confidence: w.provenance?.confidence ?? null,
    note: w.provenance?.note ?? null,
  };
}

export function toKEdge(w: WireRel): KEdge {
  return {
    id: w.id,
    type: w.type,
    source: w.start,
    target: w.end,
    role: w.role ?? null,
    sources: w.provenance?.sources ?? [],
    quotes: w.provenance?.quotes ?? [],
    confidence: w.provenance?.confidence ?? null,
    note: w.provenance?.note ?? null,
  };
}
