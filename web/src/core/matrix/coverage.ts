// The mission × dimension coverage matrix as flat cells, ready for a d3 heatmap.
import type { WireNode } from '../api/wire';

export interface WireCoverage {
  dimensions: string[];
  rows: { mission: WireNode; cells: { dimension: string; count: number; members: WireNode[] }[] }[];
}

export interface MatrixCell {
  missionId: string;
  missionName: string;
  dimension: string;
  count: number;
  memberIds: string[];
  row: number;
  col: number;
}

export function coverageCells(coverage: WireCoverage): MatrixCell[] {
  const cells: MatrixCell[] = [];
  coverage.rows.forEach((row, r) => {
    coverage.dimensions.forEach((dimension, c) => {
      const cell = row.cells.find((x) => x.dimension === dimension);
      cells.push({
        missionId: row.mission.id,
        missionName: row.mission.name,
        dimension,
        count: cell?.count ?? 0,
        memberIds: cell?.members.map((m) => m.id) ?? [],
        row: r,
        col: c,
      });
    });
  });
  return cells;
}

/** Dimension enum value -> node label, for the legend colour and the label name. */
export const DIMENSION_LABEL: Record<string, string> = {
  PPP: 'PPP',
  NGF_PROJECT: 'NGFProject',
  KEY_TECHNOLOGY: 'KeyTechnology',
  PROGRAMME: 'Programme',
  KEY_METHODOLOGY: 'KeyMethodology',
  CARE_AGREEMENT: 'CareAgreement',
  TOPSECTOR: 'Topsector',
  NWA_ROUTE: 'NWARoute',
  MINISTRY: 'Ministry',
};
