// The lanes and bands of Figuur 5, left (input) to right (impact); which label goes where is its `figure` in the registry.
import {
  FIGURE_BANDS,
  FIGURE_LANES,
  LABELS,
  NODE_LABELS,
  type BandId,
  type LaneId,
  type NodeLabel,
} from '@kies/schema';

export type { BandId, LaneId };

export interface LaneSpec {
  id: LaneId;
  /** i18n key of the header. */
  titleKey: string;
  width: number;
  labels: readonly NodeLabel[];
}

const inLane = (id: LaneId) =>
  NODE_LABELS.filter((l) => {
    const f = LABELS[l].figure;
    return f !== null && 'lane' in f && f.lane === id;
  });
const inBand = (id: BandId) =>
  NODE_LABELS.filter((l) => {
    const f = LABELS[l].figure;
    return f !== null && 'band' in f && f.band === id;
  });

/** Lane widths (px in the figure): routes and PPPs hold the most names. */
const LANE_WIDTH: Record<LaneId, number> = { ministries: 76, routes: 288, tech: 192, ppp: 288, missions: 140 };

export const LANES: readonly LaneSpec[] = FIGURE_LANES.map((id) => ({
  id,
  titleKey: `lane.${id}`,
  width: LANE_WIDTH[id],
  labels: inLane(id),
}));

export const BANDS: readonly { id: BandId; titleKey: string; labels: readonly NodeLabel[] }[] = FIGURE_BANDS.map(
  (id) => ({
    id,
    titleKey: `band.${id}`,
    labels: inBand(id),
  }),
);

/**
 * Labels drawn in the KIES figure; the KIES view loads exactly these. Organisations, teams, activities and
 * instruments are not in Figuur 5: they come by expanding and are placed next to their neighbours.
 */
export const FIGURE_LABELS: readonly NodeLabel[] = [
  ...LANES.flatMap((l) => l.labels),
  ...BANDS.flatMap((b) => b.labels),
];

export function laneOfLabel(label: NodeLabel): LaneId | null {
  const f = LABELS[label].figure;
  return f !== null && 'lane' in f ? f.lane : null;
}

export function bandOfLabel(label: NodeLabel): BandId | null {
  const f = LABELS[label].figure;
  return f !== null && 'band' in f ? f.band : null;
}
