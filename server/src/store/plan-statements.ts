// A curation plan (domain/curation-plan.ts) as the statements of its one transaction: the guarded change with its
// audit event first (it returns a row only if the facts the plan was built on still hold), then any relationships
// an undone deletion brings back.
import { derivedPropertiesOf, type RelationshipType } from '@kies/schema';
import type { GraphNode, GraphRelationship } from '../domain/graph-data.js';
import { clean, type CurationPlan, type NodeState } from '../domain/curation-plan.js';
import type { Statement } from './executor.js';
import { mergeRelationshipsStatement } from './cypher/graph-cypher.js';
import {
  createNodeStatement,
  createRelationshipStatement,
  deleteNodeStatement,
  deleteRelationshipStatement,
  updateNodeStatement,
  updateRelationshipStatement,
  type StoredProperties,
} from './cypher/curation-cypher.js';

/** The properties a node is stored with: its own plus the derived ones (searchText, searchBody). */
function stored(node: GraphNode): StoredProperties {
  return { ...clean(node.properties), id: node.id, ...derivedPropertiesOf(node.properties) } as StoredProperties;
}

const storedRel = (rel: GraphRelationship) => clean(rel.properties) as StoredProperties;

const guard = (state: NodeState) => ({ labels: state.labels, properties: state.stored as StoredProperties });

/** The statements that (re)create relationships, one MERGE batch per type. */
function relationshipStatements(rels: GraphRelationship[]): Statement[] {
  const byType = new Map<RelationshipType, GraphRelationship[]>();
  for (const rel of rels) byType.set(rel.type, [...(byType.get(rel.type) ?? []), rel]);
  return [...byType.entries()].map(([type, list]) => mergeRelationshipsStatement(type, list));
}

export function planStatements(plan: CurationPlan<unknown>): Statement[] {
  const record = plan.audit.stored as StoredProperties;
  const change = plan.change;
  switch (change.kind) {
    case 'CREATE_NODE':
      return [
        createNodeStatement(change.node.labels, stored(change.node), record),
        ...relationshipStatements(change.relationships),
      ];
    case 'UPDATE_NODE':
      return [
        updateNodeStatement(
          change.next.id,
          guard(change.current),
          { labels: change.next.labels, properties: stored(change.next) },
          record,
        ),
      ];
    case 'DELETE_NODE':
      return [
        deleteNodeStatement(
          change.current.node.id,
          { ...guard(change.current), degree: change.current.relationships.length },
          record,
        ),
      ];
    case 'CREATE_RELATIONSHIP': {
      const rel = change.relationship;
      return [createRelationshipStatement(rel.type, rel.start, rel.end, storedRel(rel), record)];
    }
    case 'UPDATE_RELATIONSHIP': {
      const { current, next } = change;
      return [
        updateRelationshipStatement(
          current.type,
          current.start,
          current.end,
          storedRel(current),
          storedRel(next),
          record,
        ),
      ];
    }
    case 'DELETE_RELATIONSHIP': {
      const rel = change.current;
      return [deleteRelationshipStatement(rel.type, rel.start, rel.end, storedRel(rel), record)];
    }
  }
}
