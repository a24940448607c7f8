// The store's own footprint: the graph's stored rows (properties as bulkImport stores them, derived search texts
// included) loaded into a bare @grafeo-db/js database with its id constraint, nothing of ours kept afterwards.
import { createRequire } from 'node:module';
import type * as Grafeo from '@grafeo-db/js';
import { BASE_LABEL, derivedPropertiesOf } from '@kies/schema';
import type { GraphData } from '../../../server/src/domain/graph-data.js';
import { schemaStatements } from '../../../server/src/store/cypher/graph-cypher.js';
import { storableProperties } from '../../../server/src/store/cypher/property-values.js';

export interface AloneStore {
  /** Loads `graph` through the native batch API; the caller drops `graph` afterwards. */
  load(graph: GraphData): Promise<{ nodes: number; relationships: number }>;
  close(): void;
}

export function storeAloneLoad(file: string): AloneStore {
  const require = createRequire(import.meta.url);
  const { GrafeoDB } = require('@grafeo-db/js') as typeof Grafeo;
  const db = GrafeoDB.create(file);
  return {
    async load(graph) {
      for (const s of schemaStatements({ indexBesideConstraint: true })) await db.executeCypher(s.cypher, s.params);
      let internal: Map<string, number> | null = new Map();
      const byLabels = new Map<string, GraphData['nodes']>();
      for (const node of graph.nodes) {
        const key = node.labels.join(':');
        (byLabels.get(key) ?? byLabels.set(key, []).get(key)!).push(node);
      }
      for (const nodes of byLabels.values()) {
        for (let i = 0; i < nodes.length; i += 20_000) {
          const batch = nodes.slice(i, i + 20_000);
          const rows = batch.map((n) =>
            storableProperties('node', { ...n.properties, id: n.id, ...derivedPropertiesOf(n.properties) }),
          );
          const ids = await db.batchCreateNodesWithProps([BASE_LABEL, ...[...nodes[0]!.labels].sort()], rows);
          batch.forEach((n, j) => internal!.set(n.id, ids[j]!));
        }
      }
      const rels = graph.relationships;
      for (let i = 0; i < rels.length; i += 100_000) {
        await db.batchCreateEdges(
          rels.slice(i, i + 100_000).map((r) => ({
            src: internal!.get(r.start)!,
            dst: internal!.get(r.end)!,
            type: r.type,
            properties: storableProperties('relationship', r.properties),
          })),
        );
      }
      internal = null;
      return { nodes: db.nodeCount(), relationships: db.edgeCount() };
    },
    close: () => db.close(),
  };
}
