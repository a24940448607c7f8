// The KIES graph model: properties, provenance and audit trail; node labels and relationship types are re-exported.
// The seed validator, the loader, the store (label/type whitelist) and the Cypher lint all read it.

/** Every node also carries this label; it holds the global unique `id` constraint. */
export const BASE_LABEL = 'Entity' as const;

// Labels and relationship types live in labels.ts and relationships.ts (one entry each); re-exported here with the
// label spec's shape (label-spec.ts) and the lists derived from the registry (label-lists.ts).
export * from './label-spec.js';
export * from './labels.js';
export * from './label-lists.js';
export * from './relationships.js';

export type PropertyType = 'string' | 'string[]' | 'int' | 'float' | 'boolean';

export interface PropertySpec {
  type: PropertyType;
  required?: boolean;
  /** Computed by the loader from other properties; never in seed files or exports. */
  derived?: boolean;
  /**
   * A seed file may leave this column out of its header (the period columns): only the files that use it carry it,
   * so adding one does not rewrite every row of every file. Exports always write every column.
   */
  optionalColumn?: boolean;
  description: string;
}

/** Provenance carried by every node and every relationship (issue: "where it comes from"). */
export const PROVENANCE_PROPERTIES: Record<string, PropertySpec> = {
  sources: {
    type: 'string[]',
    required: true,
    description:
      'Source spans as FILE#Lstart-Lend (or FILE#Ln), one per quote, e.g. 004_9090d7b3c6790adc.txt#L6206-L6207',
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
  id: {
    type: 'string',
    required: true,
    description: 'Stable kebab-case id, prefixed by kind (mission-iv, ppp-health-ri)',
  },
  name: {
    type: 'string',
    required: true,
    description: 'Short display name as the sources write it (e.g. "Health-RI")',
  },
  fullName: { type: 'string', description: 'Full name when the sources expand an abbreviation' },
  aliases: { type: 'string[]', description: 'Other names and abbreviations used in the sources ("HI-NL")' },
  description: { type: 'string', description: 'One or two sentences from the sources (Dutch)' },
  nameEn: { type: 'string', description: 'English name when an English source gives one' },
  code: { type: 'string', description: 'Official code: mission CM/I-V, MJP number, NWA route number' },
  kind: {
    type: 'string',
    description:
      'Sub-kind: agreement/programme/policy for CareAgreement, university/company/... for Organisation, MJP/BGP for Programme',
  },
  target: { type: 'string', description: "A mission's official target wording" },
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
  // After provenance, so that a file taking these columns gains them at the end of each row.
  periodStart: {
    type: 'int',
    optionalColumn: true,
    description: 'First year of the period the sources give (2024 of "2024-2027"); with periodText',
  },
  periodEnd: {
    type: 'int',
    optionalColumn: true,
    description: 'Last year of the period the sources give (2027 of "2024-2027"); with periodText',
  },
  periodText: {
    type: 'string',
    optionalColumn: true,
    description: 'The period as the sources write it ("tussen 2021 en 2025", "sinds 2015"), verbatim',
  },
};

/** Properties any relationship may carry besides provenance. */
export const RELATIONSHIP_PROPERTIES: Record<string, PropertySpec> = {
  role: {
    type: 'string',
    description: 'Role of the start node in the relation (e.g. "penvoerder", "initiatiefnemer")',
  },
  ...PROVENANCE_PROPERTIES,
};

/** Array delimiter in the neo4j-admin CSV files (`--array-delimiter="|"`); `;` occurs in Dutch quotes. */
export const CSV_ARRAY_DELIMITER = '|';

/** Names of the loader-computed properties (excluded from seed CSV and exports). */
export const DERIVED_NODE_PROPERTIES: readonly string[] = Object.entries(NODE_PROPERTIES)
  .filter(([, spec]) => spec.derived)
  .map(([name]) => name);

/** Folds text for matching: lower case, accents removed ("Geïntegreerde" -> "geintegreerde"). */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** The searchText a node gets from its names (see NODE_PROPERTIES.searchText). */
export function searchTextOf(properties: Record<string, unknown>): string {
  const parts = [
    properties.name,
    properties.fullName,
    properties.code,
    properties.nameEn,
    ...((properties.aliases as unknown[]) ?? []),
  ];
  return parts
    .filter((p): p is string => typeof p === 'string' && p !== '')
    .map(foldText)
    .join(' | ');
}

/** The searchBody a node gets from its target and description (see NODE_PROPERTIES.searchBody). */
export function searchBodyOf(properties: Record<string, unknown>): string {
  return [properties.target, properties.description]
    .filter((p): p is string => typeof p === 'string' && p !== '')
    .map(foldText)
    .join(' | ');
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
