// The mission matrix's columns: each API dimension is one node label; cells are built from store rows.
import { DIMENSION_LABELS, DIMENSIONS, type Dimension, type NodeLabel } from '@kies/schema';
import type { GraphNode } from './graph-data.js';

export { DIMENSION_LABELS, DIMENSIONS, type Dimension };

export const dimensionOfLabel = (label: NodeLabel): Dimension | undefined =>
  DIMENSIONS.find((d) => DIMENSION_LABELS[d] === label);

/** One mission row of the matrix for one label: the ids of the nodes that ADDRESS the mission. */
export interface CoverageEntry {
  missionId: string;
  label: NodeLabel;
  members: GraphNode[];
}

export interface CoverageCell {
  dimension: Dimension;
  members: GraphNode[];
}

export interface CoverageRow {
  mission: GraphNode;
  cells: CoverageCell[];
}

/**
 * One entry per (mission, label) pair, sorted by mission id then label, members in the order given (empty cells
 * included: gap analysis reports them). `rows` are the addressing nodes with the missions each addresses.
 */
export function coverageEntries(
  missionIds: readonly string[],
  labels: readonly NodeLabel[],
  rows: readonly { missionIds: readonly string[]; member: GraphNode }[],
): CoverageEntry[] {
  const wanted = [...new Set(labels)].sort();
  const cells = new Map<string, CoverageEntry>();
  const key = (missionId: string, label: string) => `${missionId}\u0000${label}`;
  for (const missionId of [...new Set(missionIds)].sort()) {
    for (const label of wanted) cells.set(key(missionId, label), { missionId, label, members: [] });
  }
  for (const { missionIds: addressed, member } of rows) {
    for (const label of member.labels) {
      for (const missionId of addressed) cells.get(key(missionId, label))?.members.push(member);
    }
  }
  return [...cells.values()];
}

/** Arranges store entries into rows (missions by code order CM, I..V, i.e. by id) and cells (dimensions in the given order). */
export function buildCoverage(missions: GraphNode[], entries: CoverageEntry[], dimensions: Dimension[]): CoverageRow[] {
  const key = (missionId: string, label: string) => `${missionId}\u0000${label}`;
  const byKey = new Map(entries.map((e) => [key(e.missionId, e.label), e.members]));
  return [...missions]
    .sort((a, b) => missionOrder(a) - missionOrder(b) || a.id.localeCompare(b.id))
    .map((mission) => ({
      mission,
      cells: dimensions.map((dimension) => ({
        dimension,
        members: byKey.get(key(mission.id, DIMENSION_LABELS[dimension])) ?? [],
      })),
    }));
}

const ROMAN = ['CM', 'I', 'II', 'III', 'IV', 'V'];
function missionOrder(node: GraphNode): number {
  const code = String(node.properties.code ?? '').toUpperCase();
  const index = ROMAN.indexOf(code);
  return index === -1 ? ROMAN.length : index;
}
