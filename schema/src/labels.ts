// The node labels, each defined once: names, descriptions, id prefix, colour, shape, place in the KIES figure, its
// role in coverage, partner suggestions and gaps, and the words questions name it with. Every list or map keyed by
// label (server, seed, web) derives from it (label-lists.ts); the spec's shape is in label-spec.ts. The entries are
// kept in two files by place in the model: Figuur 5's lanes (labels-lanes.ts), its bands and context (labels-context.ts).
import { type LabelSpec } from './label-spec.js';
import { CONTEXT_LABELS } from './labels-context.js';
import { LANE_LABELS } from './labels-lanes.js';

/** Model order: a node with several labels shows (and exports) under the first (Health-RI: PPP before NGFProject). */
export const LABELS = { ...LANE_LABELS, ...CONTEXT_LABELS } as const satisfies Record<string, LabelSpec>;

export type NodeLabel = keyof typeof LABELS;
