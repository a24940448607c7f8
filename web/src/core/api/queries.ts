// GraphQL documents the explorer sends (schema/schema.graphql); light fields for drawing, full ones for details.

const LIGHT_NODE = `id labels label name fullName aliases code kind`;
const PROV = `provenance { sources quotes confidence note }`;
const FULL_NODE = `id labels label name fullName aliases description nameEn code kind target amountText url degree ${PROV}`;
const LIGHT_REL = `id type start end role provenance { confidence }`;
const FULL_REL = `id type start end role ${PROV}`;

export const GRAPH_QUERY = `query Graph($labels: [NodeLabel!], $limit: Int) {
  graph(labels: $labels, limit: $limit) { nodes { ${LIGHT_NODE} } relationships { ${LIGHT_REL} } truncated totalNodes totalNodesExact }
}`;

export const NEIGHBOURHOOD_QUERY = `query Neighbourhood($id: ID!, $depth: Int, $limit: Int) {
  neighbourhood(id: $id, depth: $depth, limit: $limit) { nodes { ${LIGHT_NODE} } relationships { ${LIGHT_REL} } truncated totalNodes totalNodesExact }
}`;

export const SEARCH_QUERY = `query Search($text: String!, $first: Int) {
  search(text: $text, first: $first) { score matchedOn node { ${LIGHT_NODE} } }
}`;

export const NODE_QUERY = `query NodeDetails($id: ID!) {
  node(id: $id) {
    ${FULL_NODE}
    relationships(first: 200) { ${FULL_REL} startNode { ${LIGHT_NODE} } endNode { ${LIGHT_NODE} } }
  }
}`;

export const NODES_BY_ID_QUERY = `query NodesById($ids: [ID!]) {
  nodes(where: { ids: $ids }, first: 200) { edges { node { ${LIGHT_NODE} } } }
}`;

export const PATHS_QUERY = `query Paths($from: ID!, $to: ID, $toLabels: [NodeLabel!], $maxLength: Int, $limit: Int) {
  paths(from: $from, to: $to, toLabels: $toLabels, maxLength: $maxLength, limit: $limit) {
    length
    nodes { ${LIGHT_NODE} }
    hops { direction from { id name } to { id name } relationship { ${FULL_REL} } }
  }
}`;

// Members by id only: a cell click selects them in the graph, which already holds their names (a fifth of the bytes).
export const COVERAGE_QUERY = `query Coverage {
  missionCoverage { dimensions rows { mission { id name } cells { dimension count members { id } } } }
}`;

// Findings as message keys with the nodes they name: the explorer says them in its language, each node a link.
export const GAPS_QUERY = `query Gaps {
  gaps {
    id kind severity message dimension nodes { ${LIGHT_NODE} } relationships { ${LIGHT_REL} }
    subject { ${LIGHT_NODE} } through { ${LIGHT_NODE} } affected { ${LIGHT_NODE} }
  }
}`;

export const PARTNERS_QUERY = `query Partners($of: ID!, $limit: Int) {
  subject: node(id: $of) { ${LIGHT_NODE} }
  partners(of: $of, limit: $limit) { score node { ${LIGHT_NODE} } reasons { kind count role subjectRole via { ${LIGHT_NODE} } } }
}`;
