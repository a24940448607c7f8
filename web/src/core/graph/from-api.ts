// API results (generated operation types) turned into the explorer's own graph shapes (KNode, KEdge).
import type {
  FullRelFragment,
  LightNodeFragment,
  LightRelFragment,
  ProvenanceFieldsFragment,
} from '../api/generated/operations';
import type { KEdge, KNode } from './types';

/** A node as any operation selects it: light fields always, details and provenance when asked for. */
export type ApiNode = LightNodeFragment & {
  description?: string | null;
  url?: string | null;
  amountText?: string | null;
  provenance?: ProvenanceFieldsFragment;
};

/** A relationship as drawn (confidence only) or in full (sources and quotes). */
export type ApiRel = LightRelFragment | FullRelFragment;

export function toKNode(w: ApiNode): KNode {
  // The primary label (colour, lane) goes first; `label` is the server's choice of main kind.
  const labels = w.label ? [w.label, ...w.labels.filter((l) => l !== w.label)] : [...w.labels];
  // The SDL requires a label; a node without one would be drawn in no colour, placed in no lane: say so instead.
  if (labels.length === 0) throw new Error(`Node ${w.id} came without a label`);
  return {
    id: w.id,
    labels,
    name: w.name,
    nameEn: w.nameEn ?? null,
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

export function toKEdge(w: ApiRel): KEdge {
  const full = 'sources' in w.provenance ? w.provenance : null;
  return {
    id: w.id,
    type: w.type,
    source: w.start,
    target: w.end,
    role: w.role ?? null,
    sources: full?.sources ?? [],
    quotes: full?.quotes ?? [],
    confidence: w.provenance.confidence ?? null,
    note: full?.note ?? null,
  };
}
