// Writes a graph as neo4j-admin import CSV files (one per primary label and per type), the seed's own format.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { CSV_ARRAY_DELIMITER, primaryLabel, type NodeLabel } from '@kies/schema';
import {
  NODE_HEADER,
  NODE_VALUE_COLUMNS,
  RELATIONSHIP_HEADER,
  RELATIONSHIP_VALUE_COLUMNS,
  formatCell,
  type ColumnSpec,
} from '@kies/graph-seed';
import type { GraphData } from '../domain/graph-data.js';
import { CSV_MANIFEST, neutraliseCell, wellFormed, type CsvFlavour } from './csv-cells.js';

/** The label whose file a node goes to: the first of its labels in model order (PPP before NGFProject). */
function fileLabel(labels: readonly NodeLabel[]): NodeLabel {
  const primary = primaryLabel(labels);
  if (!primary) throw new Error(`export: node without a model label (${labels.join(', ')})`);
  return primary;
}

// Only text columns are neutralised: ids and labels are kebab-case or model names, and numbers must stay numbers.
const cell = (value: unknown, column: ColumnSpec, flavour: CsvFlavour): string => {
  const text = wellFormed(formatCell(value, column.type));
  return flavour === 'spreadsheet' && (column.type === 'string' || column.type === 'string[]')
    ? neutraliseCell(text)
    : text;
};

/**
 * Builds the file contents: `nodes/<Label>.csv` and `relationships/<TYPE>.csv` relative paths -> CSV text.
 * `neo4j-admin` writes every value as it is (for bulk import); `spreadsheet` neutralises cells a spreadsheet would
 * execute (see csv-cells.ts) and adds the manifest that tells `npm run import` to reverse it.
 */
export function graphToCsvFiles(graph: GraphData, flavour: CsvFlavour = 'neo4j-admin'): Map<string, string> {
  const nodeRows = new Map<string, string[][]>();
  for (const node of graph.nodes) {
    const primary = fileLabel(node.labels);
    const labels = [primary, ...node.labels.filter((l) => l !== primary)];
    const row = [
      node.id,
      labels.join(CSV_ARRAY_DELIMITER),
      ...NODE_VALUE_COLUMNS.map((c) => cell(node.properties[c.property], c, flavour)),
    ];
    nodeRows.set(primary, [...(nodeRows.get(primary) ?? []), row]);
  }
  const relRows = new Map<string, string[][]>();
  for (const rel of graph.relationships) {
    const row = [
      rel.start,
      rel.end,
      rel.type,
      ...RELATIONSHIP_VALUE_COLUMNS.map((c) => cell(rel.properties[c.property], c, flavour)),
    ];
    relRows.set(rel.type, [...(relRows.get(rel.type) ?? []), row]);
  }
  // OWASP: a neutralised cell is also quoted, so no spreadsheet splits it or drops the leading quote's meaning.
  const options = flavour === 'spreadsheet' ? { quoted_match: [/^'/] } : {};
  const files = new Map<string, string>();
  for (const [label, rows] of nodeRows) files.set(`nodes/${label}.csv`, stringify([NODE_HEADER, ...rows], options));
  for (const [type, rows] of relRows)
    files.set(`relationships/${type}.csv`, stringify([RELATIONSHIP_HEADER, ...rows], options));
  if (flavour === 'spreadsheet') files.set(CSV_MANIFEST.file, JSON.stringify(CSV_MANIFEST.spreadsheet, null, 2) + '\n');
  return files;
}

export function writeCsvFolder(graph: GraphData, outDir: string, flavour: CsvFlavour = 'neo4j-admin'): string[] {
  const written: string[] = [];
  for (const [relativePath, text] of graphToCsvFiles(graph, flavour)) {
    const path = join(outDir, relativePath);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, text);
    written.push(path);
  }
  return written;
}
