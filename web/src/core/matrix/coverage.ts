// Loader of the mission × dimension coverage matrix, and its flat cells, ready for a d3 heatmap.
import { DIMENSION_LABELS, type Dimension, type NodeLabel } from '@kies/schema';
import type { CoverageQuery } from '../api/generated/operations';
import type { Lang } from '../i18n/i18n';
import { displayName } from '../texts/node-names';

export { CoverageDocument } from '../api/generated/operations';

/** The matrix as the API answers it: dimensions (columns), and per mission its cells with member ids. */
export type Coverage = CoverageQuery['missionCoverage'];

export interface MatrixCell {
  missionId: string;
  missionName: string;
  dimension: Dimension;
  count: number;
  memberIds: string[];
  row: number;
  col: number;
}

/** The cells row by row; `missionName` is the mission's name in `lang` (texts/node-names.ts). */
export function coverageCells(coverage: Coverage, lang: Lang = 'nl'): MatrixCell[] {
  const cells: MatrixCell[] = [];
  coverage.rows.forEach((row, r) => {
    coverage.dimensions.forEach((dimension, c) => {
      const cell = row.cells.find((x) => x.dimension === dimension);
      cells.push({
        missionId: row.mission.id,
        missionName: displayName(row.mission, lang),
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

/** Dimension enum value -> node label, for the legend colour and the label name (shared with the server). */
export const DIMENSION_LABEL: Record<Dimension, NodeLabel> = DIMENSION_LABELS;

/** Breaks a label into lines of at most `max` characters at spaces (a longer word keeps its own line). */
export function wrapLabel(text: string, max: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}
