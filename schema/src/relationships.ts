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
      'Start is a component of end: a programme of a key technology, a TKI of a topsector, a sub-mission of the central mission, a team of an organisation',
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
    to: ['PPP', 'NGFProject', 'Programme', 'Activity', 'Organisation', 'Instrument'],
  },
  SUPPORTS: {
    name: { en: 'supports', nl: 'ondersteunt' },
    description: 'Start contributes to a care agreement, government programme or policy (the sources say so)',
    sdlDescription: 'Start contributes to a care agreement, government programme or policy',
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
    to: ['CareAgreement'],
  },
  INITIATED_BY: {
    name: { en: 'initiated by', nl: 'geïnitieerd door' },
    description: 'A KIA priority/action (or partnership) was initiated or is led by end',
    sdlDescription: 'A priority, action or partnership was initiated or is led by end',
    colour: '#8d6e63',
    from: ['Activity', 'PPP', 'NGFProject', 'Programme', 'Instrument'],
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
    description: 'Start is located in a region',
    sdlDescription: 'Start is located in a region',
    colour: '#0277bd',
    from: ['Organisation', 'SciencePark', 'PPP'],
    to: ['Region'],
  },
  APPLIES_TO: {
    name: { en: 'applies to', nl: 'geldt voor' },
    description: 'A core element or precondition (bottom rows of Figuur 5) applies to a mission',
    sdlDescription: 'A core element or precondition applies to a mission',
    colour: '#f9a825',
    from: ['CoreElement', 'Precondition'],
    to: ['Mission'],
  },
} as const satisfies Record<string, RelationshipSpec>;

export type RelationshipType = keyof typeof RELATIONSHIPS;
export const RELATIONSHIP_TYPES = Object.keys(RELATIONSHIPS) as RelationshipType[];

export const isRelationshipType = (value: string): value is RelationshipType => Object.hasOwn(RELATIONSHIPS, value);

/** Every spec typed as the general RelationshipSpec (RELATIONSHIPS itself keeps each entry's literal types). */
export const RELATIONSHIP_SPECS: Record<RelationshipType, RelationshipSpec> = RELATIONSHIPS;

/** What a person reads for each relationship type, in English and Dutch. */
export const RELATIONSHIP_NAMES = Object.fromEntries(
  RELATIONSHIP_TYPES.map((t) => [t, RELATIONSHIPS[t].name]),
) as Record<RelationshipType, { en: string; nl: string }>;
