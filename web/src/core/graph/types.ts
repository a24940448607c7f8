// Client-side graph shapes: what the explorer holds, independent of the GraphQL wire format.
import type { NodeLabel, RelationshipType } from '@kies/schema';

/** Provenance carried by every node and relationship (see schema/src/graph-model.ts). */
interface Provenance {
  sources: string[];
  quotes: string[];
  confidence: string | null;
  note: string | null;
}

export interface KNode extends Provenance {
  id: string;
  /** Model labels, primary first (no base label); never empty. */
  labels: NodeLabel[];
  name: string;
  /** The English name the sources give, if any (shown in the English interface, see texts/node-names.ts). */
  nameEn: string | null;
  fullName: string | null;
  aliases: string[];
  description: string | null;
  code: string | null;
  kind: string | null;
  url: string | null;
  amountText: string | null;
}

export interface KEdge extends Provenance {
  /** Stable id built from type, start and end (relationships have no id of their own). */
  id: string;
  type: RelationshipType;
  source: string;
  target: string;
  role: string | null;
}

/** The graph loaded in the explorer: maps keep insertion order, so element order is deterministic. */
export interface GraphModel {
  nodes: Map<string, KNode>;
  edges: Map<string, KEdge>;
}

export interface Point {
  x: number;
  y: number;
}
export type Positions = Record<string, Point>;
