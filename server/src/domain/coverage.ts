// The mission matrix's columns: each API dimension is one node label; cells are built from store rows.
import { DIMENSION_LABELS, DIMENSIONS, type Dimension, type NodeLabel } from '@kies/schema';
import type { GraphNode } from './graph-data.js';
import type { CoverageEntry } from './query-types.js';

export { DIMENSION_LABELS, DIMENSIONS, type Dimension };

export const dimensionOfLabel = (label: NodeLabel): Dimension | undefined =>
  DIMENSIONS.find((d) => DIMENSION_LABELS[d] === label);

export interface CoverageCell {
  dimension: Dimension;
  members: GraphNode[];
}

export interface CoverageRow {
  mission: GraphNode;
  cells: CoverageCell[];
}

/** Arranges store entries into rows (missions by code order CM, I..V, i.e. by id) and cells (dimensions in the given order). */
export function buildCoverage(missions: GraphNode[], entries: CoverageEntry[], dimensions: Dimension[]): CoverageRow[] {
  const key = (missionId: string, label: string) => `${missionId}\u0000${label}`;
  const byKey = new Map(entries.map((e) => [key(e.missionId, e.label), e.members]));
  return [...missions]
    .sort((a, b) => missionOrder(a) - missionOrder(b) || a.id.localeCompare(b.id))
    .map((mission) => ({
      mission,
      cells: dimensions.map((dimension) => ({ dimension, members: byKey.get(key(mission.id, DIMENSION_LABELS[dimension])) ?? [] })),
    }));
}

const ROMAN = ['CM', 'I', 'II', 'III', 'IV', 'V'];
function missionOrder(node: GraphNode): number {
  const code = String(node.properties.code ?? '').toUpperCase();
  const index = ROMAN.indexOf(code);
  return index === -1 ? ROMAN.length : index;
}
