// Which stored properties a query's selection of a subgraph's nodes and relationships reads, so the store can read
// those alone: the explorer's views and the load test ask for names, labels and codes, not every description and
// citation, and converting whole rows was most of a neighbourhood's cost on the server's one JS thread.
import {
  Kind,
  parse,
  type FieldNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { Projection } from '../domain/subgraphs.js';

type Reads = readonly string[] | 'provenance';

// What each Provenance field reads (type-resolvers.ts: Provenance).
export const PROVENANCE_READS: Record<string, readonly string[]> = {
  __typename: [],
  sources: ['sources'],
  quotes: ['quotes'],
  citations: ['sources', 'quotes'],
  confidence: ['confidence'],
  note: ['note'],
  hasSources: ['sources'],
};

// What each Node field reads of the node's properties (type-resolvers.ts: Node). id and labels come with every row;
// degree and relationships go through loaders by id. A field missing here reads the whole row.
export const NODE_READS: Record<string, Reads> = {
  __typename: [],
  id: [],
  labels: [],
  label: [],
  name: ['name'],
  fullName: ['fullName'],
  aliases: ['aliases'],
  description: ['description'],
  nameEn: ['nameEn'],
  code: ['code'],
  kind: ['kind'],
  target: ['target'],
  amountEur: ['amountEur'],
  amountText: ['amountText'],
  url: ['url'],
  period: ['periodText', 'periodStart', 'periodEnd'],
  provenance: 'provenance',
  degree: [],
  relationships: [],
};

// What each Relationship field reads (type-resolvers.ts: Relationship); its ends are loaded by id.
export const RELATIONSHIP_READS: Record<string, Reads> = {
  __typename: [],
  id: [],
  type: [],
  start: [],
  end: [],
  startNode: [],
  endNode: [],
  role: ['role'],
  provenance: 'provenance',
};

type Fragments = Record<string, FragmentDefinitionNode>;

/** The fields of selection sets, fragments spread and inline fragments flattened (directives ignored: a superset). */
function fieldsOf(sets: readonly (SelectionSetNode | undefined)[], fragments: Fragments): FieldNode[] {
  const fields: FieldNode[] = [];
  const visit = (set: SelectionSetNode | undefined) => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) fields.push(selection);
      else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet);
      else visit(fragments[selection.name.value]?.selectionSet);
    }
  };
  sets.forEach(visit);
  return fields;
}

/** The property keys `fields` read per `table`, sorted; null when one of them is not in the table. */
function readsOf(fields: readonly FieldNode[], table: Record<string, Reads>, fragments: Fragments): string[] | null {
  const keys = new Set<string>();
  for (const field of fields) {
    const reads = table[field.name.value];
    if (reads === undefined) return null;
    if (reads !== 'provenance') {
      reads.forEach((k) => keys.add(k));
      continue;
    }
    for (const sub of fieldsOf([field.selectionSet], fragments)) {
      const subReads = PROVENANCE_READS[sub.name.value];
      if (subReads === undefined) return null;
      subReads.forEach((k) => keys.add(k));
    }
  }
  return [...keys].sort();
}

/** What a field returning a Subgraph (its `nodes` and `relationships`) reads, given the field's nodes in the query. */
export function subgraphProjection(info: { fieldNodes: readonly FieldNode[]; fragments: Fragments }): Projection {
  const { fragments } = info;
  const top = fieldsOf(
    info.fieldNodes.map((f) => f.selectionSet),
    fragments,
  );
  const under = (name: string) =>
    fieldsOf(
      top.filter((f) => f.name.value === name).map((f) => f.selectionSet),
      fragments,
    );
  return {
    node: readsOf(under('nodes'), NODE_READS, fragments),
    relationship: readsOf(under('relationships'), RELATIONSHIP_READS, fragments),
  };
}

/** The node properties a field returning search hits reads of each hit's `node` (null: whole rows). */
export function searchProjection(info: { fieldNodes: readonly FieldNode[]; fragments: Fragments }): string[] | null {
  const hits = fieldsOf(
    info.fieldNodes.map((f) => f.selectionSet),
    info.fragments,
  );
  const nodes = fieldsOf(
    hits.filter((f) => f.name.value === 'node').map((f) => f.selectionSet),
    info.fragments,
  );
  return readsOf(nodes, NODE_READS, info.fragments);
}

/** What `query`'s first root field (a Subgraph) reads: the resolver's projection for a document's text (bench, tests). */
export function projectionOfQuery(query: string): Projection {
  return subgraphProjection(rootFieldOf(query));
}

/** What `query`'s first root field (search hits) reads of each hit's node, as the search resolver asks (bench, tests). */
export function searchPropertiesOfQuery(query: string): string[] | null {
  return searchProjection(rootFieldOf(query));
}

function rootFieldOf(query: string): { fieldNodes: FieldNode[]; fragments: Fragments } {
  const document = parse(query);
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  const fragments = Object.fromEntries(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  const field = operation?.selectionSet.selections.find((s): s is FieldNode => s.kind === Kind.FIELD);
  if (!field) throw new Error('projection: the query has no root field');
  return { fieldNodes: [field], fragments };
}
