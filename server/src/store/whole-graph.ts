// The whole graph at once: the batched MERGE statements of an import, and the paged canonical export.
import { DERIVED_NODE_PROPERTIES, derivedPropertiesOf, type NodeLabel, type RelationshipType } from '@kies/schema';
import type { GraphData, GraphNode, GraphRelationship } from '../domain/graph-data.js';
import type { CypherExecutor, Statement } from './executor.js';
import {
  exportNodesStatement,
  exportRelationshipsStatement,
  mergeNodesStatement,
  mergeRelationshipsStatement,
} from './cypher/graph-cypher.js';
import { modelLabels } from './cypher/labels.js';

const EXPORT_PAGE = 5000;

/** Properties in name order: the embedded engine returns them sorted, Neo4j in storage order; exports must not differ. */
function sortedKeys(properties: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(properties).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Builds the batched load statements for a graph: nodes grouped by label set, relationships by type. */
export function importStatements(
  graph: GraphData,
  batchSize = 1000,
): { nodes: Statement[]; relationships: Statement[] } {
  const byLabels = new Map<
    string,
    { labels: NodeLabel[]; rows: { id: string; properties: Record<string, unknown> }[] }
  >();
  for (const node of graph.nodes) {
    const labels = [...node.labels].sort();
    const key = labels.join(':');
    const group = byLabels.get(key) ?? { labels, rows: [] };
    group.rows.push({
      id: node.id,
      properties: { ...node.properties, id: node.id, ...derivedPropertiesOf(node.properties) },
    });
    byLabels.set(key, group);
  }
  const byType = new Map<RelationshipType, { start: string; end: string; properties: Record<string, unknown> }[]>();
  for (const rel of graph.relationships) {
    const rows = byType.get(rel.type) ?? [];
    rows.push({ start: rel.start, end: rel.end, properties: rel.properties });
    byType.set(rel.type, rows);
  }
  return {
    nodes: [...byLabels.values()].flatMap(({ labels, rows }) =>
      chunk(rows, batchSize).map((b) => mergeNodesStatement(labels, b)),
    ),
    relationships: [...byType.entries()].flatMap(([type, rows]) =>
      chunk(rows, batchSize).map((b) => mergeRelationshipsStatement(type, b)),
    ),
  };
}

/** The whole graph in canonical order (ids, labels without the base label, every stored property but derived ones). */
export async function readWholeGraph(executor: CypherExecutor): Promise<GraphData> {
  const nodes: GraphNode[] = [];
  for (let skip = 0; ; skip += EXPORT_PAGE) {
    const rows = await executor.read(exportNodesStatement(skip, EXPORT_PAGE));
    for (const row of rows) {
      const properties = { ...(row.properties as Record<string, unknown>) };
      for (const name of DERIVED_NODE_PROPERTIES) delete properties[name];
      nodes.push({ id: String(row.id), labels: modelLabels(row.labels), properties: sortedKeys(properties) });
    }
    if (rows.length < EXPORT_PAGE) break;
  }
  const relationships: GraphRelationship[] = [];
  for (let skip = 0; ; skip += EXPORT_PAGE) {
    const rows = await executor.read(exportRelationshipsStatement(skip, EXPORT_PAGE));
    for (const row of rows) {
      relationships.push({
        type: row.type as RelationshipType,
        start: String(row.start),
        end: String(row.end),
        properties: sortedKeys(row.properties as Record<string, unknown>),
      });
    }
    if (rows.length < EXPORT_PAGE) break;
  }
  return { nodes, relationships };
}
