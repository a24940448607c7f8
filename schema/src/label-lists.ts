// Lists and look-ups derived from the label registry (labels.ts): every label in model order, guards, names.
import { type LabelSpec } from './label-spec.js';
import { LABELS, type NodeLabel } from './labels.js';

/** Every label, in model order. */
export const NODE_LABELS = Object.keys(LABELS) as NodeLabel[];

export const isNodeLabel = (value: string): value is NodeLabel => Object.hasOwn(LABELS, value);

/**
 * The main label of a node: the first of its labels in model order (Health-RI is PPP before NGFProject). Undefined
 * when none of them is a model label: callers must treat that as an error, no label stands in for another.
 */
export const primaryLabel = (labels: readonly NodeLabel[]): NodeLabel | undefined =>
  NODE_LABELS.find((label) => labels.includes(label));

/** The spec of a label, typed as the general LabelSpec (LABELS itself keeps each entry's literal types). */
export const labelSpec = (label: NodeLabel): LabelSpec => LABELS[label];

/** The labels whose spec satisfies `test`, in model order. */
export const labelsWhere = (test: (spec: LabelSpec) => boolean): NodeLabel[] =>
  NODE_LABELS.filter((l) => test(LABELS[l]));

/** What a person reads for each label, in English and Dutch (server texts and the explorer share them). */
export const LABEL_NAMES = Object.fromEntries(NODE_LABELS.map((l) => [l, LABELS[l].name])) as Record<
  NodeLabel,
  { en: string; nl: string }
>;

export const LABEL_DESCRIPTIONS = Object.fromEntries(NODE_LABELS.map((l) => [l, LABELS[l].description])) as Record<
  NodeLabel,
  string
>;
