// The relationship types, each defined once: names, descriptions, colour and the labels allowed at each end.
import type { NodeLabel } from './labels.js';

export interface RelationshipSpec {
  /** What a person reads, in English and Dutch. */
  name: { en: string; nl: string };
  /** Direction and meaning (the API's schemaInfo). */
  description: string;
  /** The SDL enum value's description (kept as written there). */
  sdlDescription: string;
  /** Edge colour in the explorer. */
  colour: string;
  /** Labels allowed at the start and at the end: every seed row and every curated relationship is checked. */
  from: readonly NodeLabel[];
  to: readonly NodeLabel[];
}

export const RELATIONSHIPS = {
  ADDRESSES: {
    name: { en: 'addresses', nl: 'richt zich op' },
    description:
      "Start works on the mission: it stands in that mission's row of Figuur 5, or the text says it addresses the mission",
    sdlDescription: "Start works on the mission: it stands in that mission's row of Figuur 5, or the text says so",
    colour: '#b5179e',
    from: [
      'Ministry',
      'Topsector',
      'TKI',
      'NWARoute',
      'KeyTechnology',
      'Programme',
      'KeyMethodology',
      'PPP',
      'NGFProject',
      'CareAgreement',
      'Instrument',
      'Activity',
      'Organisation',
      'Team',
      'CoreElement',
      'Precondition',
      'Region',
      'SciencePark',
    ],
    to: ['Mission'],
  },
  ACTS_VIA: {
    name: { en: 'acts via', nl: 'werkt via' },
    description:
      'A ministry acts through a topsector/TKI, NWA route, or care agreement/programme ("EZK via LSH", "VWS via IZA")',
    sdlDescription: 'A ministry acts through a topsector, NWA route, care agreement or programme ("VWS via IZA")',
    colour: '#37474f',
    from: ['Ministry'],
    to: ['Topsector', 'TKI', 'NWARoute', 'CareAgreement', 'Programme', 'Instrument'],
  },
  PART_OF: {
    name: { en: 'part of', nl: 'onderdeel van' },
    description:
      'Start is a component of end: a programme of a key technology, a TKI of a topsector, a sub-mission of the central mission, a team of an organisation or of another team, a member of an umbrella (a key technology of the national list, an NWA route of the NWA, a methodology of the KEMs: the umbrella node has its members\' label and kind "umbrella"), a policy of a wider policy, a mission of its theme, an action of a wider action',
    sdlDescription: 'Start is a component of end (a programme of a key technology, a TKI of a topsector)',
    colour: '#2e7d32',
    from: [
      'Mission',
      'Programme',
      'TKI',
      'Team',
      'Organisation',
      'PPP',
      'NGFProject',
      'Activity',
      'KeyTechnology',
      'SciencePark',
      'Instrument',
      'CareAgreement',
      'NWARoute',
      'KeyMethodology',
      'Policy',
    ],
    to: [
      'Mission',
      'KeyTechnology',
      'Topsector',
      'Organisation',
      'PPP',
      'NGFProject',
      'Programme',
      'Region',
      'Instrument',
      'CareAgreement',
      'Team',
      'NWARoute',
      'KeyMethodology',
      'Policy',
      'Theme',
      'Activity',
    ],
  },
  PARTNER_IN: {
    name: { en: 'partner in', nl: 'partner in' },
    description: 'An organisation (or partnership) takes part in a partnership, NGF project, programme or activity',
    sdlDescription: 'An organisation or partnership takes part in a partnership, NGF project, programme or activity',
    colour: '#c62828',
    from: ['Organisation', 'PPP', 'NGFProject', 'Topsector', 'TKI', 'Ministry'],
    to: ['PPP', 'NGFProject', 'Programme', 'Activity', 'Instrument', 'Team'],
  },
  FUNDS: {
    name: { en: 'funds', nl: 'financiert' },
    description: 'Start finances end (NGF allocation, ministry budget, instrument such as PPS-toeslag)',
    sdlDescription: 'Start finances end (NGF allocation, ministry budget, instrument)',
    colour: '#ef6c00',
    from: ['NGFProject', 'Ministry', 'Instrument', 'Organisation', 'Topsector', 'TKI'],
    to: ['PPP', 'NGFProject', 'Programme', 'Activity', 'Organisation', 'Instrument', 'Mission'],
  },
  SUPPORTS: {
    name: { en: 'supports', nl: 'ondersteunt' },
    description:
      'Start contributes to a care agreement, government programme or policy, or helps meet a precondition (the sources say so)',
    sdlDescription:
      'Start contributes to a care agreement, government programme or policy, or helps meet a precondition',
    colour: '#6a1b9a',
    from: [
      'PPP',
      'NGFProject',
      'Programme',
      'Activity',
      'Organisation',
      'KeyTechnology',
      'Instrument',
      'CareAgreement',
    ],
    to: ['CareAgreement', 'Precondition', 'Policy'],
  },
  INITIATED_BY: {
    name: { en: 'initiated by', nl: 'geïnitieerd door' },
    description: 'A KIA priority/action, partnership, programme, mission or policy was initiated or is led by end',
    sdlDescription: 'A priority, action or partnership was initiated or is led by end',
    colour: '#8d6e63',
    from: ['Activity', 'PPP', 'NGFProject', 'Programme', 'Instrument', 'Mission', 'Policy'],
    to: ['Organisation', 'PPP', 'Team', 'Ministry', 'Topsector', 'TKI'],
  },
  MEMBER_OF: {
    name: { en: 'member of', nl: 'lid van' },
    description: 'An organisation is represented in a team (mission team, writing team of the KIA)',
    sdlDescription: 'An organisation is represented in a team',
    colour: '#5d4037',
    from: ['Organisation'],
    to: ['Team'],
  },
  LOCATED_IN: {
    name: { en: 'located in', nl: 'gevestigd in' },
    description:
      'Start is located in a region or on a science park (a programme or project the text places there: a region hosting it)',
    sdlDescription: 'Start is located in a region or on a science park',
    colour: '#0277bd',
    from: ['Organisation', 'SciencePark', 'PPP', 'NGFProject', 'Programme', 'Activity', 'Team'],
    to: ['Region', 'SciencePark'],
  },
  APPLIES_TO: {
    name: { en: 'applies to', nl: 'geldt voor' },
    description: 'A core element or precondition (bottom rows of Figuur 5) applies to a mission',
    sdlDescription: 'A core element or precondition applies to a mission',
    colour: '#f9a825',
    from: ['CoreElement', 'Precondition'],
    to: ['Mission'],
  },
  RUNS: {
    name: { en: 'runs', nl: 'voert uit' },
    description:
      'An organisation, team, TKI or topsector runs (coordinates, carries out, is the secretariat of) a programme, partnership, project, mission or activity',
    sdlDescription: 'Start runs (coordinates, carries out) a programme, partnership, project, mission or activity',
    colour: '#455a64',
    from: ['Organisation', 'Team', 'TKI', 'Topsector', 'PPP'],
    to: ['Programme', 'PPP', 'NGFProject', 'Mission', 'Activity', 'Instrument'],
  },
  RESPONSIBLE_FOR: {
    name: { en: 'responsible for', nl: 'verantwoordelijk voor' },
    description: 'A ministry (or a government body) is responsible for a policy: it set, owns or carries it out',
    sdlDescription: 'A ministry or government body is responsible for a policy',
    colour: '#3949ab',
    from: ['Ministry', 'Organisation'],
    to: ['Policy'],
  },
  FRAMES: {
    name: { en: 'frames', nl: 'kadert' },
    description:
      'A policy sets the frame of end: a theme, mission, programme, partnership, key technology or policy works within it or is steered by it',
    sdlDescription:
      'A policy sets the frame of a theme, mission, programme, partnership, key technology or other policy',
    colour: '#7986cb',
    from: ['Policy'],
    to: [
      'Mission',
      'Programme',
      'PPP',
      'NGFProject',
      'KeyTechnology',
      'Instrument',
      'Policy',
      'CareAgreement',
      'Theme',
    ],
  },
  COLLABORATES_WITH: {
    name: { en: 'collaborates with', nl: 'werkt samen met' },
    description:
      'Start and end work together, as the sources name it (symmetric in meaning, stored once in the direction the text gives)',
    sdlDescription: 'Start and end work together (symmetric, stored once)',
    colour: '#78909c',
    from: ['Organisation', 'PPP', 'NGFProject', 'TKI', 'Topsector', 'Team'],
    to: ['Organisation', 'PPP', 'NGFProject', 'TKI', 'Topsector', 'Team'],
  },
  INPUT_FOR: {
    name: { en: 'input for', nl: 'input voor' },
    description: 'A key technology feeds a mission: the text says the technology is needed for or contributes to it',
    sdlDescription: 'A key technology feeds a mission',
    colour: '#43a047',
    from: ['KeyTechnology'],
    to: ['Mission'],
  },
} as const satisfies Record<string, RelationshipSpec>;

export type RelationshipType = keyof typeof RELATIONSHIPS;
export const RELATIONSHIP_TYPES = Object.keys(RELATIONSHIPS) as RelationshipType[];

export const isRelationshipType = (value: string): value is RelationshipType => Object.hasOwn(RELATIONSHIPS, value);

/** The spec of a type, typed as the general RelationshipSpec (RELATIONSHIPS itself keeps each entry's literal types). */
export const relationshipSpec = (type: RelationshipType): RelationshipSpec => RELATIONSHIPS[type];

/** What a person reads for each relationship type, in English and Dutch. */
export const RELATIONSHIP_NAMES = Object.fromEntries(
  RELATIONSHIP_TYPES.map((t) => [t, RELATIONSHIPS[t].name]),
) as Record<RelationshipType, { en: string; nl: string }>;
