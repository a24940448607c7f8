// The mission coverage matrix's columns: each GraphQL CoverageDimension value is one node label (server and web share it).
import { NODE_LABELS } from './label-lists.js';
import { type LabelSpec } from './label-spec.js';
import { LABELS, type NodeLabel } from './labels.js';

type CoverageOf<L extends NodeLabel> = (typeof LABELS)[L]['coverage'];
/** A CoverageDimension value: one per label whose spec has a matrix column. */
export type Dimension = { [L in NodeLabel]: CoverageOf<L> extends { dimension: infer D } ? D : never }[NodeLabel];

const columns = NODE_LABELS.flatMap((label) => {
  const coverage: LabelSpec['coverage'] = LABELS[label].coverage;
  return coverage
    ? [{ label, dimension: coverage.dimension as Dimension, column: coverage.column, plural: coverage.plural }]
    : [];
}).sort((a, b) => a.column - b.column);

/** Every matrix column in column order. */
export const DIMENSIONS: Dimension[] = columns.map((c) => c.dimension);

/** The label each column counts. */
export const DIMENSION_LABELS = Object.fromEntries(columns.map((c) => [c.dimension, c.label])) as Record<
  Dimension,
  NodeLabel
>;

/** The labels of the matrix columns, in column order. */
export const COVERAGE_LABELS: NodeLabel[] = columns.map((c) => c.label);

/** Each column's name in sentences, in Dutch and English (plural: "geen sleutelmethodologieën"). */
export const DIMENSION_PLURALS = Object.fromEntries(columns.map((c) => [c.dimension, c.plural])) as Record<
  Dimension,
  { nl: string; en: string }
>;
