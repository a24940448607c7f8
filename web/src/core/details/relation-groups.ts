// Relations of the focused node grouped by type and direction, filtered and sorted for the details panel.
import { foldText, type NodeLabel, type RelationshipType } from '@kies/schema';

/** What grouping reads of a node at either end (the details panel passes the API's full rows, see details-loader). */
interface EndNode {
  id: string;
  name: string;
  label?: NodeLabel;
  labels: NodeLabel[];
  fullName?: string | null;
}

/** What grouping reads of a relationship of the focused node. */
export interface RelationRow {
  id: string;
  type: RelationshipType;
  start: string;
  end: string;
  startNode: EndNode;
  endNode: EndNode;
}

export interface RelationGroup<R extends RelationRow = RelationRow> {
  /** `TYPE>` outgoing, `<TYPE` incoming. */
  key: string;
  type: RelationshipType;
  outgoing: boolean;
  /** The rows that pass the filter, sorted. */
  rows: { rel: R; other: R['startNode'] }[];
  /** All rows of the group before filtering. */
  total: number;
}

export type RelationSort = 'name' | 'kind';

/**
 * Groups by type and direction (types in the order given, outgoing before incoming), keeps rows whose other node's
 * name, full name, kind or the relation's own words (`words`: type name, kind name, role) contain `filter`. Rows
 * sort by `nameOf` (the name the list shows: the English one in English, see texts/node-names.ts).
 */
export function relationGroups<R extends RelationRow>(
  nodeId: string,
  rels: R[],
  filter: string,
  sort: RelationSort,
  words: (rel: R, other: R['startNode']) => string,
  typeOrder: (type: RelationshipType) => string,
  nameOf: (n: R['startNode']) => string = (n) => n.name,
): RelationGroup<R>[] {
  const q = foldText(filter.trim());
  const groups = new Map<string, RelationGroup<R>>();
  for (const rel of rels) {
    const outgoing = rel.start === nodeId;
    const other = outgoing ? rel.endNode : rel.startNode;
    const key = outgoing ? `${rel.type}>` : `<${rel.type}`;
    const group = groups.get(key) ?? { key, type: rel.type, outgoing, rows: [], total: 0 };
    group.total++;
    const text = foldText([other.name, other.fullName ?? '', words(rel, other)].join(' '));
    if (!q || text.includes(q)) group.rows.push({ rel, other });
    groups.set(key, group);
  }
  const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
  const kind = (n: EndNode) => n.label ?? n.labels[0] ?? '';
  for (const g of groups.values()) {
    g.rows.sort((a, b) =>
      sort === 'kind'
        ? collator.compare(kind(a.other), kind(b.other)) || collator.compare(nameOf(a.other), nameOf(b.other))
        : collator.compare(nameOf(a.other), nameOf(b.other)) || collator.compare(kind(a.other), kind(b.other)),
    );
  }
  return [...groups.values()].sort(
    (a, b) => collator.compare(typeOrder(a.type), typeOrder(b.type)) || Number(b.outgoing) - Number(a.outgoing),
  );
}
