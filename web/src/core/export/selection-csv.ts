// The selection's CSV: the drawn graph holds light nodes (no description, no provenance), so the rows are read in full.
import { request } from '../api/client';
import { NodesFullByIdDocument } from '../api/generated/operations';
import { toKNode, type ApiNode } from '../graph/from-api';
import type { KNode } from '../graph/types';
import { nodesToCsv } from './csv';

/** The server's page size for `nodes`: a larger selection is read in several requests. */
const BATCH = 200;

type Fetch = (ids: string[]) => Promise<ApiNode[]>;

const fetchFull: Fetch = async (ids) => (await request(NodesFullByIdDocument, { ids })).nodes.edges.map((e) => e.node);

/** CSV of the given nodes in selection order, with every column filled from the full nodes; `light` fills any gap. */
export async function selectionCsv(
  ids: string[],
  light: Map<string, KNode>,
  fetch: Fetch = fetchFull,
): Promise<string> {
  const full = new Map<string, KNode>();
  for (let i = 0; i < ids.length; i += BATCH) {
    for (const node of await fetch(ids.slice(i, i + BATCH))) full.set(node.id, toKNode(node));
  }
  return nodesToCsv(ids.map((id) => full.get(id) ?? light.get(id)).filter((n): n is KNode => n !== undefined));
}
