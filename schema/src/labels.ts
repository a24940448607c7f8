// The node labels, each defined once: names, descriptions, id prefix, colour, shape, place in the KIES figure and its
// role in coverage, partner suggestions and gaps. Every list or map keyed by label (server, seed, web) derives from it.

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
  | 'octagon';

/** Columns of Figuur 5, left (input) to right (impact), and the bands below them. */
export const FIGURE_LANES = ['ministries', 'routes', 'tech', 'ppp', 'missions'] as const;
export type LaneId = (typeof FIGURE_LANES)[number];
export const FIGURE_BANDS = ['core', 'preconditions', 'regions'] as const;
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
}

const no = { category: null, hub: false, candidate: false, seeks: false } as const;

/** Model order: a node with several labels shows (and exports) under the first (Health-RI: PPP before NGFProject). */
export const LABELS = {
  Mission: {
    name: { en: 'Mission', nl: 'Missie' },
    description: 'One of the six Health & Care missions: the central mission "+5, -30" and missions I-V',
    sdlDescription: 'One of the six Health & Care missions: the central mission "+5, -30" and missions I-V',
    idPrefix: 'mission',
    colour: '#b5179e',
    shape: 'star',
    figure: { lane: 'missions' },
    coverage: null,
    partners: { ...no, category: 'missions' },
  },
  Ministry: {
    name: { en: 'Ministry', nl: 'Ministerie' },
    description: 'A government department (EZK, OCW, VWS, IenW, LNV, ...)',
    sdlDescription: 'A government department (EZK, OCW, VWS, IenW, LNV, ...)',
    idPrefix: 'ministry',
    colour: '#37474f',
    shape: 'round-rectangle',
    figure: { lane: 'ministries' },
    coverage: {
      dimension: 'MINISTRY',
      column: 8,
      emptyCell: 'MEDIUM',
      plural: { nl: 'ministeries', en: 'ministries' },
    },
    partners: no,
  },
  Topsector: {
    name: { en: 'Topsector', nl: 'Topsector' },
    description: 'A Dutch topsector (LSH, HTSM, CLICKNL, ...)',
    sdlDescription: 'A Dutch topsector (LSH, HTSM, CLICKNL, ...)',
    idPrefix: 'topsector',
    colour: '#1565c0',
    shape: 'hexagon',
    figure: { lane: 'routes' },
    coverage: {
      dimension: 'TOPSECTOR',
      column: 6,
      emptyCell: 'MEDIUM',
      plural: { nl: 'topsectoren', en: 'topsectors' },
    },
    partners: { ...no, category: 'topsectors', seeks: true },
  },
  TKI: {
    name: { en: 'TKI', nl: 'TKI' },
    description: 'A Top consortium for Knowledge and Innovation of a topsector (Health~Holland, ...)',
    sdlDescription: 'A Top consortium for Knowledge and Innovation of a topsector (Health~Holland, ...)',
    idPrefix: 'tki',
    colour: '#42a5f5',
    shape: 'hexagon',
    figure: { lane: 'routes' },
    coverage: null,
    partners: { ...no, category: 'topsectors', seeks: true },
  },
  NWARoute: {
    name: { en: 'NWA route', nl: 'NWA-route' },
    description: 'A route of the Nationale Wetenschapsagenda',
    sdlDescription: 'A route of the Nationale Wetenschapsagenda',
    idPrefix: 'nwa',
    colour: '#00838f',
    shape: 'diamond',
    figure: { lane: 'routes' },
    coverage: {
      dimension: 'NWA_ROUTE',
      column: 7,
      emptyCell: 'MEDIUM',
      plural: { nl: 'NWA-routes', en: 'NWA routes' },
    },
    partners: no,
  },
  KeyTechnology: {
    name: { en: 'Key technology', nl: 'Sleuteltechnologie' },
    description: 'A key enabling technology (KET, sleuteltechnologie) or its broad programme (BGP)',
    sdlDescription: 'A key enabling technology (sleuteltechnologie)',
    idPrefix: 'ket',
    colour: '#2e7d32',
    shape: 'round-triangle',
    figure: { lane: 'tech' },
    coverage: {
      dimension: 'KEY_TECHNOLOGY',
      column: 2,
      emptyCell: 'MEDIUM',
      plural: { nl: 'sleuteltechnologieën', en: 'key technologies' },
    },
    partners: { ...no, category: 'technologies' },
  },
  Programme: {
    name: { en: 'Programme', nl: 'Programma' },
    description: 'A multi-year programme (MJP) or broadly supported programme (BGP) of a key technology',
    sdlDescription: 'A multi-year programme (MJP) or broadly supported programme (BGP) of a key technology',
    idPrefix: 'programme',
    colour: '#66bb6a',
    shape: 'triangle',
    figure: { lane: 'tech' },
    coverage: {
      dimension: 'PROGRAMME',
      column: 3,
      emptyCell: 'MEDIUM',
      plural: { nl: "programma's (MJP/BGP)", en: 'programmes (MJP/BGP)' },
    },
    partners: { ...no, category: 'technologies' },
  },
  KeyMethodology: {
    name: { en: 'Key methodology', nl: 'Sleutelmethodologie' },
    description: 'A key methodology (KEM, sleutelmethodologie)',
    sdlDescription: 'A key methodology (sleutelmethodologie)',
    idPrefix: 'kem',
    colour: '#9e9d24',
    shape: 'round-pentagon',
    figure: { lane: 'tech' },
    coverage: {
      dimension: 'KEY_METHODOLOGY',
      column: 4,
      emptyCell: 'MEDIUM',
      plural: { nl: 'sleutelmethodologieën', en: 'key methodologies' },
    },
    partners: { ...no, category: 'technologies' },
  },
  PPP: {
    name: { en: 'PPP', nl: 'PPP' },
    description: 'A national strategic public-private partnership or consortium',
    sdlDescription: 'A national strategic public-private partnership or consortium',
    idPrefix: 'ppp',
    colour: '#c62828',
    shape: 'ellipse',
    figure: { lane: 'ppp' },
    coverage: {
      dimension: 'PPP',
      column: 0,
      emptyCell: 'HIGH',
      plural: { nl: "publiek-private partnerschappen (PPP's)", en: 'public-private partnerships (PPPs)' },
    },
    partners: { category: 'partnerships', hub: true, candidate: true, seeks: true },
  },
  NGFProject: {
    name: { en: 'NGF project', nl: 'NGF-project' },
    description: 'A project funded by the Nationaal Groeifonds',
    sdlDescription: 'A project funded by the Nationaal Groeifonds',
    idPrefix: 'ngf',
    colour: '#ef6c00',
    shape: 'ellipse',
    figure: { lane: 'ppp' },
    coverage: {
      dimension: 'NGF_PROJECT',
      column: 1,
      emptyCell: 'MEDIUM',
      plural: { nl: 'Nationaal Groeifonds-projecten', en: 'Nationaal Groeifonds projects' },
    },
    partners: { category: 'partnerships', hub: true, candidate: true, seeks: true },
  },
  CareAgreement: {
    name: { en: 'Care agreement', nl: 'Zorgakkoord' },
    description: 'A care agreement, government programme or policy (IZA, WOZO, GALA, TAZ, NDS, ...)',
    sdlDescription: 'A care agreement, government programme or policy (IZA, WOZO, GALA, ...)',
    idPrefix: 'care',
    colour: '#6a1b9a',
    shape: 'round-tag',
    figure: { lane: 'routes' },
    coverage: {
      dimension: 'CARE_AGREEMENT',
      column: 5,
      emptyCell: 'MEDIUM',
      plural: { nl: 'zorgakkoorden', en: 'care agreements' },
    },
    partners: { ...no, category: 'careAgreements' },
  },
  Region: {
    name: { en: 'Region', nl: 'Regio' },
    description: 'A region (zorgkantoor/ROAZ region, province, city region)',
    sdlDescription: 'A region',
    idPrefix: 'region',
    colour: '#0277bd',
    shape: 'octagon',
    figure: { band: 'regions' },
    coverage: null,
    partners: no,
  },
  SciencePark: {
    name: { en: 'Science park', nl: 'Science park' },
    description: 'A science park or campus',
    sdlDescription: 'A science park or campus',
    idPrefix: 'sciencepark',
    colour: '#00695c',
    shape: 'octagon',
    figure: { band: 'regions' },
    coverage: null,
    partners: no,
  },
  Organisation: {
    name: { en: 'Organisation', nl: 'Organisatie' },
    description: 'An organisation (university, UMC, company, foundation, association, government body)',
    sdlDescription: 'An organisation (university, UMC, company, foundation, association, government body)',
    idPrefix: 'org',
    colour: '#546e7a',
    shape: 'ellipse',
    figure: null,
    coverage: null,
    partners: { category: 'partnerships', hub: false, candidate: true, seeks: true },
  },
  Instrument: {
    name: { en: 'Instrument', nl: 'Instrument' },
    description: 'A funding or support instrument (PPS-toeslag, MIT, ...)',
    sdlDescription: 'A funding or support instrument (PPS-toeslag, MIT, ...)',
    idPrefix: 'instrument',
    colour: '#8d6e63',
    shape: 'tag',
    figure: null,
    coverage: null,
    partners: no,
  },
  CoreElement: {
    name: { en: 'Core element', nl: 'Kernelement' },
    description: 'A core element innovations must meet (bottom rows of Figuur 5)',
    sdlDescription: 'A core element innovations must meet (bottom rows of Figuur 5)',
    idPrefix: 'core',
    colour: '#f9a825',
    shape: 'round-rectangle',
    figure: { band: 'core' },
    coverage: null,
    partners: no,
  },
  Precondition: {
    name: { en: 'Precondition', nl: 'Randvoorwaarde' },
    description: 'A precondition for impact (bottom rows of Figuur 5)',
    sdlDescription: 'A precondition for impact (bottom rows of Figuur 5)',
    idPrefix: 'precondition',
    colour: '#ffb300',
    shape: 'round-rectangle',
    figure: { band: 'preconditions' },
    coverage: null,
    partners: no,
  },
  Team: {
    name: { en: 'Team', nl: 'Team' },
    description: 'A team: mission team, KIA writing team, working group',
    sdlDescription: 'A team: mission team, KIA writing team, working group',
    // Not a partnership: the KIA's writing team has dozens of members, and having co-written it says little.
    idPrefix: 'team',
    colour: '#5d4037',
    shape: 'rhomboid',
    figure: null,
    coverage: null,
    partners: no,
  },
  Activity: {
    name: { en: 'Activity', nl: 'Activiteit' },
    description: 'A KIA priority or action, with its initiators',
    sdlDescription: 'A KIA priority or action, with its initiators',
    // KIA actions and consortia (PRIME Parkinson) are collaborations: an organisation known only from those
    // (Radboudumc) would otherwise share nothing with anyone.
    idPrefix: 'activity',
    colour: '#a1887f',
    shape: 'vee',
    figure: null,
    coverage: null,
    partners: { ...no, category: 'partnerships' },
  },
} as const satisfies Record<string, LabelSpec>;

export type NodeLabel = keyof typeof LABELS;
/** Every label, in model order. */
export const NODE_LABELS = Object.keys(LABELS) as NodeLabel[];

export const isNodeLabel = (value: string): value is NodeLabel => Object.hasOwn(LABELS, value);

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
