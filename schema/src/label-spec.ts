// The shape of a node label's spec (names, id prefix, colour, shape, place in the KIES figure, coverage and partner
// roles) and the closed lists it refers to; the registry itself is labels.ts.

/** Cytoscape node shapes the palette uses (plain strings: the schema package does not depend on Cytoscape). */
export type NodeShape =
  | 'ellipse'
  | 'star'
  | 'round-rectangle'
  | 'hexagon'
  | 'diamond'
  | 'round-tag'
  | 'tag'
  | 'round-triangle'
  | 'triangle'
  | 'round-pentagon'
  | 'vee'
  | 'rhomboid'
  | 'octagon'
  | 'rectangle'
  | 'pentagon';

/** Columns of Figuur 5, left (input) to right (impact), and the bands below them. */
export const FIGURE_LANES = ['ministries', 'routes', 'tech', 'ppp', 'missions'] as const;
export type LaneId = (typeof FIGURE_LANES)[number];
// Policies are not in the printed Figuur 5; they get a band of their own below it (issue 12). Teams stay out: a
// governance band of 23 teams shrank the 1440x900 figure's names to 7.9 px (the readable floor is 8 px).
export const FIGURE_BANDS = ['core', 'preconditions', 'regions', 'policies'] as const;
export type BandId = (typeof FIGURE_BANDS)[number];

/** The groups a partner profile sorts context nodes into (a node with several labels can fall into several). */
export const PARTNER_CATEGORIES = ['missions', 'technologies', 'topsectors', 'partnerships', 'careAgreements'] as const;
export type PartnerCategory = (typeof PARTNER_CATEGORIES)[number];

export interface LabelSpec {
  /** What a person reads, in English and Dutch. */
  name: { en: string; nl: string };
  /** What the label means (the API's schemaInfo). */
  description: string;
  /** The SDL enum value's description (kept as written there, shorter than `description`). */
  sdlDescription: string;
  /** First part of a new node's id (`ppp-health-ri`). */
  idPrefix: string;
  /** When set, a node with this label needs a `kind` from this closed list (the seed validator and curation check it). */
  kinds?: readonly string[];
  colour: string;
  shape: NodeShape;
  /** Where the KIES view draws it; null: not in Figuur 5 (comes by expanding, placed next to its neighbours). */
  figure: { lane: LaneId } | { band: BandId } | null;
  /**
   * Its column in the mission matrix: the CoverageDimension value, the column's place, and the severity of an empty
   * cell in the gaps list (PPPs are how the KIA wants missions served: a mission without one is the worst gap), and
   * the column's name in sentences ("Missie V: geen sleutelmethodologieën").
   */
  coverage: {
    dimension: string;
    column: number;
    emptyCell: 'HIGH' | 'MEDIUM';
    plural: { nl: string; en: string };
  } | null;
  partners: {
    /** The profile group a neighbour with this label counts in. */
    category: PartnerCategory | null;
    /** A partnership hub: taking part in it links its partners (and gives the role "partnership"). */
    hub: boolean;
    /** The partner finder suggests nodes of this label. */
    candidate: boolean;
    /** The details panel offers "find partners" for it. */
    seeks: boolean;
  };
  /**
   * How questions name it (the ask interpreter, server/src/domain/ask): `plural` in the sentences that say how a
   * question was understood ("PPP's gekoppeld aan ..."), `words` the words and two-word phrases a question may use,
   * singular and plural (matched folded and by stem; a word belongs to one label).
   */
  ask: { plural: { en: string; nl: string }; words: { en: string[]; nl: string[] } };
}

/** The partner role of a label that plays none. */
export const NO_PARTNER_ROLE = { category: null, hub: false, candidate: false, seeks: false } as const;
