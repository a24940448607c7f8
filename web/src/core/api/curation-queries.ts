// GraphQL documents for curation (schema/schema.graphql Mutation, auditLog); each write returns its audit event.

const AUDIT = `id at actor role action target nodeIds before after provenance { sources quotes confidence note } undoes undoneBy`;

export const UPDATE_NODE = `mutation UpdateNode($id: ID!, $input: UpdateNodeInput!) {
  updateNode(id: $id, input: $input) { node { id } audit { ${AUDIT} } }
}`;

export const CREATE_NODE = `mutation CreateNode($input: CreateNodeInput!) {
  createNode(input: $input) { node { id } audit { ${AUDIT} } }
}`;

export const DELETE_NODE = `mutation DeleteNode($id: ID!, $provenance: ProvenanceInput!) {
  deleteNode(id: $id, provenance: $provenance) { audit { ${AUDIT} } }
}`;

export const CREATE_RELATIONSHIP = `mutation CreateRelationship($input: CreateRelationshipInput!) {
  createRelationship(input: $input) { relationship { id } audit { ${AUDIT} } }
}`;

export const UNDO_CHANGE = `mutation UndoChange($auditId: ID!) {
  undoChange(auditId: $auditId) { ${AUDIT} }
}`;

export const AUDIT_LOG = `query AuditLog($nodeId: ID!, $first: Int) {
  auditLog(nodeId: $nodeId, first: $first) { ${AUDIT} }
}`;
