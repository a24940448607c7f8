// Reading and validating a graph to import or restore: neo4j-admin CSV folders (the seed format) and the JSON
// export/backup format, with every problem as `file:line:field: message` before anything reaches the store.
import { readFileSync, statSync } from 'node:fs';
import { relative } from 'node:path';
import {
  NODE_VALUE_COLUMNS,
  RELATIONSHIP_VALUE_COLUMNS,
  formatIssue,
  readGraphJson,
  readSeed,
  readSourceTexts,
  validateSeed,
  type ColumnSpec,
  type SeedGraph,
  type SeedIssue,
} from '@kies/graph-seed';
import { AUDIT_PROPERTIES, type NodeLabel } from '@kies/schema';
import type { GraphData, PropertyMap } from '../domain/graph-data.js';
import { csvFolderFlavour, restoreProperties } from './csv-cells.js';

const textColumns = (columns: ColumnSpec[]) =>
  new Map(
    columns.flatMap((c) => (c.type === 'string' || c.type === 'string[]' ? [[c.property, c.type] as const] : [])),
  );
const NODE_TEXT = textColumns(NODE_VALUE_COLUMNS);
const RELATIONSHIP_TEXT = textColumns(RELATIONSHIP_VALUE_COLUMNS);

export type ImportFormat = 'csv' | 'json';

export interface ReadGraph {
  graph: GraphData;
  /** Audit events carried by a backup (absent in plain exports and CSV). */
  audit: PropertyMap[];
  /** `file:line:field: message`, parse and validation problems together; empty means it may be loaded. */
  issues: string[];
}

/** A folder is CSV (nodes/*.csv, relationships/*.csv); a file is JSON. */
export function detectFormat(path: string): ImportFormat {
  return statSync(path).isDirectory() ? 'csv' : 'json';
}

function readAudit(text: string, file: string, issues: SeedIssue[]): PropertyMap[] {
  let raw: unknown;
  try {
    raw = (JSON.parse(text) as { audit?: unknown }).audit;
  } catch {
    return []; // readGraphJson reports the syntax error with its line
  }
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    issues.push({ file, line: 1, field: 'audit', message: '"audit" must be an array of audit events' });
    return [];
  }
  const events: PropertyMap[] = [];
  raw.forEach((item, i) => {
    const event = item as PropertyMap;
    const unknown = Object.keys(event ?? {}).filter((k) => !AUDIT_PROPERTIES[k]);
    if (
      !event ||
      typeof event.id !== 'string' ||
      typeof event.action !== 'string' ||
      typeof event.at !== 'string' ||
      unknown.length > 0
    ) {
      issues.push({
        file,
        line: 1,
        field: `audit[${i}]`,
        message: `not an audit event (id, at, action${unknown.length ? `; unknown ${unknown.join(', ')}` : ''})`,
      });
    } else events.push(event);
  });
  return events;
}

/**
 * Reads and validates a graph. `existing` are the nodes already stored (id -> labels) that relationships may
 * point at; pass an empty map for a restore, which replaces the graph.
 */
export function readGraphForImport(
  path: string,
  format: ImportFormat,
  existing: Map<string, readonly NodeLabel[]>,
): ReadGraph {
  if (format === 'json')
    return readGraphJsonText(readFileSync(path, 'utf8'), relative(process.cwd(), path) || path, existing);
  const { graph: seed, issues } = readSeed(path, process.cwd(), { multilineFields: true });
  // A spreadsheet-flavoured export: undo its cell neutralisation before validating (quotes are checked verbatim).
  if (csvFolderFlavour(path) === 'spreadsheet') {
    for (const node of seed.nodes) restoreProperties(node.properties, NODE_TEXT);
    for (const rel of seed.relationships) restoreProperties(rel.properties, RELATIONSHIP_TEXT);
  }
  return validated(seed, issues, [], existing);
}

/** The JSON branch on text already read (an online restore receives the file over HTTP); `file` names it in issues. */
export function readGraphJsonText(text: string, file: string, existing: Map<string, readonly NodeLabel[]>): ReadGraph {
  const { graph: seed, issues } = readGraphJson(text, file);
  const audit = readAudit(text, file, issues);
  return validated(seed, issues, audit, existing);
}

function validated(
  seed: SeedGraph,
  issues: SeedIssue[],
  audit: PropertyMap[],
  existing: Map<string, readonly NodeLabel[]>,
): ReadGraph {
  issues.push(
    ...validateSeed(seed, readSourceTexts(), { existing, requireKnownSources: false, allowAssertedProvenance: true }),
  );
  const graph: GraphData = {
    nodes: seed.nodes.map((n) => ({ id: n.id, labels: n.labels, properties: n.properties })),
    relationships: seed.relationships.map((r) => ({
      type: r.type,
      start: r.start,
      end: r.end,
      properties: r.properties,
    })),
  };
  return { graph, audit, issues: issues.map(formatIssue) };
}

/** The backup file: the JSON export format plus the audit trail; `npm run restore` and `npm run import` read it. */
export function backupDocument(graph: GraphData, audit: PropertyMap[], createdAt: Date): string {
  const doc = {
    format: 'kies-backup',
    version: 1,
    createdAt: createdAt.toISOString(),
    nodes: graph.nodes,
    relationships: graph.relationships,
    audit,
  };
  return JSON.stringify(doc, null, 2) + '\n';
}
