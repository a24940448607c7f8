// Writes a graph as neo4j-admin import CSV files (one per primary label and per type), the seed's own format.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { CSV_ARRAY_DELIMITER, NODE_LABELS, type NodeLabel } from '@kies/schema';
import { NODE_HEADER, NODE_VALUE_COLUMNS, RELATIONSHIP_HEADER, RELATIONSHIP_VALUE_COLUMNS, formatCell } from '@kies/graph-seed';
import type { GraphData } from '../domain/graph-data.js';

/** The label whose file a node goes to: the first of its labels in model order (PPP before NGFProject). */
export function primaryLabel(labels: readonly NodeLabel[]): NodeLabel {
  const primary = NODE_LABELS.find((label) => labels.includes(label));
  if (!primary) throw new Error(`export: node without a model label (${labels.join(', ')})`);
  return primary;
}

/** Builds the file contents: `nodes/<Label>.csv` and `relationships/<TYPE>.csv` relative paths -> CSV text. */
export function graphToCsvFiles(graph: GraphData): Map<string, string> {
  const nodeRows = new Map<string, string[][]>();
  for (const node of graph.nodes) {
    const primary = primaryLabel(node.labels);
    const labels = [primary, ...node.labels.filter((l) => l !== primary)];
    const row = [node.id, labels.join(CSV_ARRAY_DELIMITER), ...NODE_VALUE_COLUMNS.map((c) => formatCell(node.properties[c.property], c.type))];
    nodeRows.set(primary, [...(nodeRows.get(primary) ?? []), row]);
  }
  const relRows = new Map<string, string[][]>();
  for (const rel of graph.relationships) {
    const row = [rel.start, rel.end, rel.type, ...RELATIONSHIP_VALUE_COLUMNS.map((c) => formatCell(rel.properties[c.property], c.type))];
    relRows.set(rel.type, [...(relRows.get(rel.type) ?? []), row]);
  }
  const files = new Map<string, string>();
  for (const [label, rows] of nodeRows) files.set(`nodes/${label}.csv`, stringify([NODE_HEADER, ...rows]));
  for (const [type, rows] of relRows) files.set(`relationships/${type}.csv`, stringify([RELATIONSHIP_HEADER, ...rows]));
  return files;
}

export function writeCsvFolder(graph: GraphData, outDir: string): string[] {
  const written: string[] = [];
  for (const [relativePath, text] of graphToCsvFiles(graph)) {
    const path = join(outDir, relativePath);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, text);
    written.push(path);
  }
  return written;
}
