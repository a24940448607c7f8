// Types of the parsed seed: nodes and relationships with the CSV position they came from.
import type { NodeLabel, RelationshipType } from '@kies/schema';

export type PropertyValue = string | number | boolean | string[];
export type Properties = Record<string, PropertyValue>;

/** Where a row stands in the seed files, for `file:line:field` messages. */
export interface RowPosition {
  file: string;
  line: number;
}

export interface SeedNode {
  id: string;
  labels: NodeLabel[];
  properties: Properties;
  at: RowPosition;
}

export interface SeedRelationship {
  type: RelationshipType;
  start: string;
  end: string;
  properties: Properties;
  at: RowPosition;
}

export interface SeedGraph {
  nodes: SeedNode[];
  relationships: SeedRelationship[];
}

/** One problem found in the seed, printed as `file:line:field: message`. */
export interface SeedIssue {
  file: string;
  line: number;
  field: string;
  message: string;
}

export const formatIssue = (issue: SeedIssue): string => `${issue.file}:${issue.line}:${issue.field}: ${issue.message}`;
