// The lanes and bands of Figuur 5: which label goes where, left (input) to right (impact).

export type LaneId = 'ministries' | 'routes' | 'tech' | 'ppp' | 'missions';
export type BandId = 'core' | 'preconditions' | 'regions';

export interface LaneSpec {
  id: LaneId;
  /** i18n key of the header. */
  titleKey: string;
  width: number;
  labels: readonly string[];
}

export const LANES: readonly LaneSpec[] = [
  { id: 'ministries', titleKey: 'lane.ministries', width: 76, labels: ['Ministry'] },
  { id: 'routes', titleKey: 'lane.routes', width: 288, labels: ['Topsector', 'TKI', 'NWARoute', 'CareAgreement'] },
  { id: 'tech', titleKey: 'lane.tech', width: 192, labels: ['KeyTechnology', 'Programme', 'KeyMethodology'] },
  { id: 'ppp', titleKey: 'lane.ppp', width: 288, labels: ['PPP', 'NGFProject'] },
  { id: 'missions', titleKey: 'lane.missions', width: 140, labels: ['Mission'] },
];

export const BANDS: readonly { id: BandId; titleKey: string; labels: readonly string[] }[] = [
  { id: 'core', titleKey: 'band.core', labels: ['CoreElement'] },
  { id: 'preconditions', titleKey: 'band.preconditions', labels: ['Precondition'] },
  { id: 'regions', titleKey: 'band.regions', labels: ['Region', 'SciencePark'] },
];

/**
 * Labels drawn in the KIES figure; the KIES view loads exactly these. Organisations, teams, activities and
 * instruments are not in Figuur 5: they come by expanding and are placed next to their neighbours.
 */
export const FIGURE_LABELS: readonly string[] = [...LANES.flatMap((l) => l.labels), ...BANDS.flatMap((b) => b.labels)];

export function laneOfLabel(label: string): LaneId | null {
  return LANES.find((l) => l.labels.includes(label))?.id ?? null;
}

export function bandOfLabel(label: string): BandId | null {
  return BANDS.find((b) => b.labels.includes(label))?.id ?? null;
}
