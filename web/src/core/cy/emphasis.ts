// Options that re-encode the graph: node size by degree or betweenness, node colour by a chosen property.

export const SIZE_BY = ['kind', 'degree', 'betweenness'] as const;
export type SizeBy = (typeof SIZE_BY)[number];
export const COLOUR_BY = ['kind', 'confidence', 'missions'] as const;
export type ColourBy = (typeof COLOUR_BY)[number];

/** Marker sizes (graph units) for a score in [0, max]: square root, so a few hubs do not dwarf the rest. */
export function sizeFor(score: number, max: number, min = 6, top = 14): number {
  return max > 0 ? min + (top - min) * Math.sqrt(Math.max(0, score) / max) : min;
}

/** Colours for "literal" and "inferred" provenance, and a light-to-dark ramp for the number of missions served. */
export const CONFIDENCE_COLOURS: Record<string, string> = { literal: '#2e7d32', inferred: '#ef6c00' };
export const MISSION_RAMP = ['#cfd8dc', '#f8bbd0', '#f06292', '#d81b60', '#ad1457', '#880e4f', '#4a0072'];

export function missionColour(count: number): string {
  return MISSION_RAMP[Math.min(MISSION_RAMP.length - 1, Math.max(0, count))]!;
}
