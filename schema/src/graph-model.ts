// The KIES graph model: node labels, relationship types and properties, written down once.
// The seed validator, the loader, the store (label/type whitelist) and the Cypher lint all read it.

/** Every node also carries this label; it holds the global unique `id` constraint. */
export const BASE_LABEL = 'Entity' as const;

export const NODE_LABELS = [
  'Mission',
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
  'Region',
  'SciencePark',
  'Organisation',
  'Instrument',
  'CoreElement',
  'Precondition',
  'Team',
  'Activity',
] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

export const RELATIONSHIP_TYPES = [
  'ADDRESSES',
  'ACTS_VIA',
  'PART_OF',
  'PARTNER_IN',
  'FUNDS',
  'SUPPORTS',
  'INITIATED_BY',
  'MEMBER_OF',
  'LOCATED_IN',
  'APPLIES_TO',
] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

export type PropertyType = 'string' | 'string[]' | 'int' | 'float' | 'boolean';

export interface PropertySpec {
  type: PropertyType;
  required?: boolean;
  /** Computed by the loader from other properties; never in seed files or exports. */
  derived?: boolean;
  description: string;
}

/** Provenance carried by every node and every relationship (issue: "where it comes from"). */
export const PROVENANCE_PROPERTIES: Record<string, PropertySpec> = {
  sources: {
    type: 'string[]',
    required: true,
    description: 'Source spans as FILE#Lstart-Lend (or FILE#Ln), one per quote, e.g. 004_9090d7b3c6790adc.txt#L6206-L6207',
  },
  quotes: {
    type: 'string[]',
    required: true,
    description: 'Verbatim snippets from the cited lines, same order as sources',
  },
  confidence: { type: 'string', required: true, description: "'literal' (stated in one place) or 'inferred'" },
  note: { type: 'string', description: 'Why, when inferred; curator remarks otherwise' },
};

export const CONFIDENCE_VALUES = ['literal', 'inferred'] as const;
export type Confidence = (typeof CONFIDENCE_VALUES)[number];

/** Properties any node may carry besides provenance. */
export const NODE_PROPERTIES: Record<string, PropertySpec> = {
  id: { type: 'string', required: true, description: 'Stable kebab-case id, prefixed by kind (mission-iv, ppp-health-ri)' },
  name: { type: 'string', required: true, description: 'Short display name as the sources write it (e.g. "Health-RI")' },
  fullName: { type: 'string', description: 'Full name when the sources expand an abbreviation' },
  aliases: { type: 'string[]', description: 'Other names and abbreviations used in the sources ("HI-NL")' },
  description: { type: 'string', description: 'One or two sentences from the sources (Dutch)' },
  nameEn: { type: 'string', description: 'English name when an English source gives one' },
  code: { type: 'string', description: 'Official code: mission CM/I-V, MJP number, NWA route number' },
  kind: { type: 'string', description: 'Sub-kind: agreement/programme/policy for CareAgreement, university/company/... for Organisation, MJP/BGP for Programme' },
  target: { type: 'string', description: 'A mission\'s official target wording' },
  amountEur: { type: 'float', description: 'Amount in euro when the sources give one (NGF allocations)' },
  amountText: { type: 'string', description: 'The amount as the sources write it ("€69 miljoen")' },
  url: { type: 'string', description: 'Website named in the sources' },
  searchText: {
    type: 'string',
    derived: true,
    description: 'Lower-case, accent-free name, fullName, aliases and code, joined by " | ": what search matches',
  },
  searchBody: {
    type: 'string',
    derived: true,
    description: 'Lower-case, accent-free target and description, joined by " | ": what search matches after the names',
  },
  ...PROVENANCE_PROPERTIES,
};

/** Properties any relationship may carry besides provenance. */
export const RELATIONSHIP_PROPERTIES: Record<string, PropertySpec> = {
  role: { type: 'string', description: 'Role of the start node in the relation (e.g. "penvoerder", "initiatiefnemer")' },
  ...PROVENANCE_PROPERTIES,
};

export interface RelationshipSpec {
  description: string;
  from: readonly NodeLabel[];
  to: readonly NodeLabel[];
}

/** Direction and meaning of each relationship type. Every seed row is checked against from/to. */
export const RELATIONSHIP_SPECS: Record<RelationshipType, RelationshipSpec> = {
  ADDRESSES: {
    description: 'Start works on the mission: it stands in that mission\'s row of Figuur 5, or the text says it addresses the mission',
    from: ['Ministry', 'Topsector', 'TKI', 'NWARoute', 'KeyTechnology', 'Programme', 'KeyMethodology', 'PPP', 'NGFProject', 'CareAgreement', 'Instrument', 'Activity', 'Organisation', 'Team', 'CoreElement', 'Precondition', 'Region', 'SciencePark'],
    to: ['Mission'],
  },
  ACTS_VIA: {
    description: 'A ministry acts through a topsector/TKI, NWA route, or care agreement/programme ("EZK via LSH", "VWS via IZA")',
    from: ['Ministry'],
    to: ['Topsector', 'TKI', 'NWARoute', 'CareAgreement', 'Programme', 'Instrument'],
  },
  PART_OF: {
    description: 'Start is a component of end: a programme of a key technology, a TKI of a topsector, a sub-mission of the central mission, a team of an organisation',
    from: ['Mission', 'Programme', 'TKI', 'Team', 'Organisation', 'PPP', 'NGFProject', 'Activity', 'KeyTechnology', 'SciencePark', 'Instrument', 'CareAgreement'],
    to: ['Mission', 'KeyTechnology', 'Topsector', 'Organisation', 'PPP', 'NGFProject', 'Programme', 'Region', 'Instrument', 'CareAgreement', 'Team'],
  },
  PARTNER_IN: {
    description: 'An organisation (or partnership) takes part in a partnership, NGF project, programme or activity',
    from: ['Organisation', 'PPP', 'NGFProject', 'Topsector', 'TKI', 'Ministry'],
    to: ['PPP', 'NGFProject', 'Programme', 'Activity', 'Instrument', 'Team'],
  },
  FUNDS: {
    description: 'Start finances end (NGF allocation, ministry budget, instrument such as PPS-toeslag)',
    from: ['NGFProject', 'Ministry', 'Instrument', 'Organisation', 'Topsector', 'TKI'],
    to: ['PPP', 'NGFProject', 'Programme', 'Activity', 'Organisation', 'Instrument'],
  },
  SUPPORTS: {
    description: 'Start contributes to a care agreement, government programme or policy (the sources say so)',
    from: ['PPP', 'NGFProject', 'Programme', 'Activity', 'Organisation', 'KeyTechnology', 'Instrument', 'CareAgreement'],
    to: ['CareAgreement'],
  },
  INITIATED_BY: {
    description: 'A KIA priority/action (or partnership) was initiated or is led by end',
    from: ['Activity', 'PPP', 'NGFProject', 'Programme', 'Instrument'],
    to: ['Organisation', 'PPP', 'Team', 'Ministry', 'Topsector', 'TKI'],
  },
  MEMBER_OF: {
    description: 'An organisation is represented in a team (mission team, writing team of the KIA)',
    from: ['Organisation'],
    to: ['Team'],
  },
  LOCATED_IN: {
    description: 'Start is located in a region',
    from: ['Organisation', 'SciencePark', 'PPP'],
    to: ['Region'],
  },
  APPLIES_TO: {
    description: 'A core element or precondition (bottom rows of Figuur 5) applies to a mission',
    from: ['CoreElement', 'Precondition'],
    to: ['Mission'],
  },
};

/** What a person reads for each label, in English and Dutch (server texts and the explorer share them). */
export const LABEL_NAMES: Record<NodeLabel, { en: string; nl: string }> = {
  Mission: { en: 'Mission', nl: 'Missie' },
  Ministry: { en: 'Ministry', nl: 'Ministerie' },
  Topsector: { en: 'Topsector', nl: 'Topsector' },
  TKI: { en: 'TKI', nl: 'TKI' },
  NWARoute: { en: 'NWA route', nl: 'NWA-route' },
  KeyTechnology: { en: 'Key technology', nl: 'Sleuteltechnologie' },
  Programme: { en: 'Programme', nl: 'Programma' },
  KeyMethodology: { en: 'Key methodology', nl: 'Sleutelmethodologie' },
  PPP: { en: 'PPP', nl: 'PPP' },
  NGFProject: { en: 'NGF project', nl: 'NGF-project' },
  CareAgreement: { en: 'Care agreement', nl: 'Zorgakkoord' },
  Region: { en: 'Region', nl: 'Regio' },
  SciencePark: { en: 'Science park', nl: 'Science park' },
  Organisation: { en: 'Organisation', nl: 'Organisatie' },
  Instrument: { en: 'Instrument', nl: 'Instrument' },
  CoreElement: { en: 'Core element', nl: 'Kernelement' },
  Precondition: { en: 'Precondition', nl: 'Randvoorwaarde' },
  Team: { en: 'Team', nl: 'Team' },
  Activity: { en: 'Activity', nl: 'Activiteit' },
};

/** What a person reads for each relationship type, in English and Dutch (a new type without names fails tsc). */
export const RELATIONSHIP_NAMES: Record<RelationshipType, { en: string; nl: string }> = {
  ADDRESSES: { en: 'addresses', nl: 'richt zich op' },
  ACTS_VIA: { en: 'acts via', nl: 'werkt via' },
  PART_OF: { en: 'part of', nl: 'onderdeel van' },
  PARTNER_IN: { en: 'partner in', nl: 'partner in' },
  FUNDS: { en: 'funds', nl: 'financiert' },
  SUPPORTS: { en: 'supports', nl: 'ondersteunt' },
  INITIATED_BY: { en: 'initiated by', nl: 'geïnitieerd door' },
  MEMBER_OF: { en: 'member of', nl: 'lid van' },
  LOCATED_IN: { en: 'located in', nl: 'gevestigd in' },
  APPLIES_TO: { en: 'applies to', nl: 'geldt voor' },
};

export const LABEL_DESCRIPTIONS: Record<NodeLabel, string> = {
  Mission: 'One of the six Health & Care missions: the central mission "+5, -30" and missions I-V',
  Ministry: 'A government department (EZK, OCW, VWS, IenW, LNV, ...)',
  Topsector: 'A Dutch topsector (LSH, HTSM, CLICKNL, ...)',
  TKI: 'A Top consortium for Knowledge and Innovation of a topsector (Health~Holland, ...)',
  NWARoute: 'A route of the Nationale Wetenschapsagenda',
  KeyTechnology: "A key enabling technology (KET, sleuteltechnologie) or its broad programme (BGP)",
  Programme: 'A multi-year programme (MJP) or broadly supported programme (BGP) of a key technology',
  KeyMethodology: "A key methodology (KEM, sleutelmethodologie)",
  PPP: 'A national strategic public-private partnership or consortium',
  NGFProject: 'A project funded by the Nationaal Groeifonds',
  CareAgreement: 'A care agreement, government programme or policy (IZA, WOZO, GALA, TAZ, NDS, ...)',
  Region: 'A region (zorgkantoor/ROAZ region, province, city region)',
  SciencePark: 'A science park or campus',
  Organisation: 'An organisation (university, UMC, company, foundation, association, government body)',
  Instrument: 'A funding or support instrument (PPS-toeslag, MIT, ...)',
  CoreElement: 'A core element innovations must meet (bottom rows of Figuur 5)',
  Precondition: 'A precondition for impact (bottom rows of Figuur 5)',
  Team: 'A team: mission team, KIA writing team, working group',
  Activity: 'A KIA priority or action, with its initiators',
};

export const isNodeLabel = (value: string): value is NodeLabel => (NODE_LABELS as readonly string[]).includes(value);
export const isRelationshipType = (value: string): value is RelationshipType =>
  (RELATIONSHIP_TYPES as readonly string[]).includes(value);

/** Array delimiter in the neo4j-admin CSV files (`--array-delimiter="|"`); `;` occurs in Dutch quotes. */
export const CSV_ARRAY_DELIMITER = '|';

/** Names of the loader-computed properties (excluded from seed CSV and exports). */
export const DERIVED_NODE_PROPERTIES: readonly string[] = Object.entries(NODE_PROPERTIES)
  .filter(([, spec]) => spec.derived)
  .map(([name]) => name);

/** Folds text for matching: lower case, accents removed ("Geïntegreerde" -> "geintegreerde"). */
export function foldText(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/** The searchText a node gets from its names (see NODE_PROPERTIES.searchText). */
export function searchTextOf(properties: Record<string, unknown>): string {
  const parts = [properties.name, properties.fullName, properties.code, properties.nameEn, ...((properties.aliases as unknown[]) ?? [])];
  return parts.filter((p): p is string => typeof p === 'string' && p !== '').map(foldText).join(' | ');
}

/** The searchBody a node gets from its target and description (see NODE_PROPERTIES.searchBody). */
export function searchBodyOf(properties: Record<string, unknown>): string {
  return [properties.target, properties.description].filter((p): p is string => typeof p === 'string' && p !== '').map(foldText).join(' | ');
}

/** Every derived property a node is stored with, computed from its own properties (one place for all writers). */
export function derivedPropertiesOf(properties: Record<string, unknown>): { searchText: string; searchBody: string } {
  return { searchText: searchTextOf(properties), searchBody: searchBodyOf(properties) };
}

// ---------------------------------------------------------------------------------------------------------------
// Audit trail. Every curation change writes one AuditEvent node in the same transaction as the change. It does NOT
// carry the base label, so exports, counts, search and analyses (which all match :Entity) never see it.

export const AUDIT_LABEL = 'AuditEvent' as const;

/** What a change did. IMPORT and RESTORE record whole-graph loads (they cannot be undone one by one). */
export const AUDIT_ACTIONS = [
  'CREATE_NODE',
  'UPDATE_NODE',
  'DELETE_NODE',
  'CREATE_RELATIONSHIP',
  'UPDATE_RELATIONSHIP',
  'DELETE_RELATIONSHIP',
  'IMPORT',
  'RESTORE',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** Roles of API tokens, weakest first: viewers read, editors curate, admins also undo anyone's change. */
export const ROLES = ['viewer', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Properties of an AuditEvent node. Snapshots are JSON strings: Neo4j stores no maps. */
export const AUDIT_PROPERTIES: Record<string, PropertySpec> = {
  id: { type: 'string', required: true, description: 'Unique, time-ordered event id (audit-...)' },
  at: { type: 'string', required: true, description: 'When, ISO 8601 UTC with milliseconds' },
  actor: { type: 'string', required: true, description: 'Name of the token that made the change (or the CLI user)' },
  role: { type: 'string', required: true, description: 'Role the actor had' },
  action: { type: 'string', required: true, description: 'One of AUDIT_ACTIONS' },
  target: { type: 'string', required: true, description: 'The node id, or start>TYPE>end for a relationship' },
  nodeIds: { type: 'string[]', required: true, description: 'Every node the change touched (for per-node queries)' },
  before: { type: 'string', description: 'JSON snapshot before the change; absent for a creation' },
  after: { type: 'string', description: 'JSON snapshot after the change; absent for a deletion' },
  undoes: { type: 'string', description: 'Id of the event this change undid' },
  ...PROVENANCE_PROPERTIES,
};
