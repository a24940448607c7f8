// The selection's CSV: the drawn graph holds light nodes (no description, no provenance), so the rows are read in full.
import { gql } from '../api/client';
import { toKNode, type WireNode } from '../api/wire';
import type { KNode } from '../graph/types';
import { nodesToCsv } from './csv';

// Every CSV column with its provenance; `label` puts the primary label first, as in the drawn graph.
const NODES_FULL_BY_ID_QUERY = `query NodesFullById($ids: [ID!]) {
  nodes(where: { ids: $ids }, first: 200) { edges { node { id labels label name fullName aliases description code kind url amountText provenance { sources quotes confidence note } } } }
}`;

/** The server's page size for `nodes`: a larger selection is read in several requests. */
const BATCH = 200;

type Fetch = (ids: string[]) => Promise<WireNode[]>;

const fetchFull: Fetch = async (ids) =>
  (await gql<{ nodes: { edges: { node: WireNode }[] } }>(NODES_FULL_BY_ID_QUERY, { ids })).nodes.edges.map((e) => e.node);

/** CSV of the given nodes in selection order, with every column filled from the full nodes; `light` fills any gap. */
export async function selectionCsv(ids: string[], light: Map<string, KNode>, fetch: Fetch = fetchFull): Promise<string> {
  const full = new Map<string, KNode>();
  for (let i = 0; i < ids.length; i += BATCH) {
    for (const node of await fetch(ids.slice(i, i + BATCH))) full.set(node.id, toKNode(node));
  }
  return nodesToCsv(ids.map((id) => full.get(id) ?? light.get(id)).filter((n): n is KNode => n !== undefined));
}
