// Curation on the store: reads the facts a write needs, has the domain plan it (domain/curation-plan.ts,
// domain/relationship-plans.ts, domain/undo-plan.ts), and applies the plan with its audit event in one guarded
// transaction. Writes run one at a time.
import { DERIVED_NODE_PROPERTIES, type NodeLabel } from '@kies/schema';
import { readSourceTexts, type SourceTexts } from '@kies/graph-seed';
import type { GraphNode, GraphRelationship, PropertyMap } from '../domain/graph-data.js';
import type {
  Actor,
  AuditEvent,
  CreateNodeRequest,
  CreateRelationshipRequest,
  NodeChange,
  ProvenanceInput,
  RelationshipChange,
  RelationshipKey,
  UpdateNodeRequest,
  UpdateRelationshipRequest,
} from '../domain/curation.js';
import {
  isRefusal,
  planCreateNode,
  planDeleteNode,
  planUpdateNode,
  type NodeState,
  type PlanContext,
  type Planned,
} from '../domain/curation-plan.js';
import {
  planCreateRelationship,
  planDeleteRelationship,
  planUpdateRelationship,
} from '../domain/relationship-plans.js';
import { planUndo, undoReads } from '../domain/undo-plan.js';
import { SerialQueue } from './serial-queue.js';
import { StoreError, type CypherExecutor } from './executor.js';
import { modelLabels } from './cypher/labels.js';
import { nodeStateStatement, relationshipStateStatement, type StoredProperties } from './cypher/curation-cypher.js';
import { toRelationship } from './row-values.js';
import { CypherAuditStore, type AuditStore } from './audit-store.js';
import { planStatements } from './plan-statements.js';

/** What the API can do to the graph besides reading it. Every method records who did it. */
export interface CurationStore extends AuditStore {
  createNode(request: CreateNodeRequest, actor: Actor): Promise<NodeChange>;
  updateNode(id: string, request: UpdateNodeRequest, actor: Actor): Promise<NodeChange>;
  /** Deletes the node and its relationships (they are kept in the audit event, so undo restores them). */
  deleteNode(id: string, provenance: ProvenanceInput, actor: Actor): Promise<NodeChange>;
  createRelationship(request: CreateRelationshipRequest, actor: Actor): Promise<RelationshipChange>;
  updateRelationship(
    key: RelationshipKey,
    request: UpdateRelationshipRequest,
    actor: Actor,
  ): Promise<RelationshipChange>;
  deleteRelationship(key: RelationshipKey, provenance: ProvenanceInput, actor: Actor): Promise<RelationshipChange>;
  /** Applies the inverse of an event as a new change (itself undoable). Editors may undo only their own changes. */
  undo(auditId: string, actor: Actor): Promise<AuditEvent>;
  /**
   * Runs `task` in the curation writes' own order: every write queued before it has committed, none queued after
   * starts until it ends. In a running server all API writes pass here, so reads inside see a consistent prefix of
   * the acknowledged writes (online backup), and a restore inside replaces exactly what it saved.
   */
  exclusive<T>(task: () => Promise<T>): Promise<T>;
}

export class CypherCurationStore extends CypherAuditStore implements CurationStore {
  private readonly mutex = new SerialQueue();
  private texts: SourceTexts | null = null;

  constructor(
    executor: CypherExecutor,
    private readonly options: { sourceTexts?: () => SourceTexts } = {},
  ) {
    super(executor);
  }

  createNode(request: CreateNodeRequest, actor: Actor): Promise<NodeChange> {
    return this.write(
      async (context) => planCreateNode(request, await this.loadNode(request.id), context(actor)),
      (node, audit) => ({ node, audit }),
    );
  }

  updateNode(id: string, request: UpdateNodeRequest, actor: Actor): Promise<NodeChange> {
    return this.write(
      async (context) => {
        const current = await this.loadNode(id);
        // A label change must keep every relationship valid: the planner checks each with the labels of its other end.
        const neighbours =
          request.labels && current
            ? current.relationships.flatMap((r) => [r.start, r.end]).filter((n) => n !== id)
            : [];
        return planUpdateNode(id, request, current, await this.labelsOf(neighbours), context(actor));
      },
      (node, audit) => ({ node, audit }),
    );
  }

  deleteNode(id: string, provenance: ProvenanceInput, actor: Actor): Promise<NodeChange> {
    return this.write(
      async (context) => planDeleteNode(id, provenance, await this.loadNode(id), context(actor)),
      (node, audit) => ({ node, audit }),
    );
  }

  createRelationship(request: CreateRelationshipRequest, actor: Actor): Promise<RelationshipChange> {
    return this.write(
      async (context) => {
        const [ends, existing] = await Promise.all([
          this.labelsOf([request.start, request.end]),
          this.loadRelationship(request),
        ]);
        return planCreateRelationship(request, ends, existing, context(actor));
      },
      (relationship, audit) => ({ relationship, audit }),
    );
  }

  updateRelationship(
    key: RelationshipKey,
    request: UpdateRelationshipRequest,
    actor: Actor,
  ): Promise<RelationshipChange> {
    return this.write(
      async (context) => {
        const [current, ends] = await Promise.all([this.loadRelationship(key), this.labelsOf([key.start, key.end])]);
        return planUpdateRelationship(key, request, current, ends, context(actor));
      },
      (relationship, audit) => ({ relationship, audit }),
    );
  }

  deleteRelationship(key: RelationshipKey, provenance: ProvenanceInput, actor: Actor): Promise<RelationshipChange> {
    return this.write(
      async (context) => planDeleteRelationship(key, provenance, await this.loadRelationship(key), context(actor)),
      (relationship, audit) => ({ relationship, audit }),
    );
  }

  undo(auditId: string, actor: Actor): Promise<AuditEvent> {
    return this.write(
      async () => {
        const event = await this.auditEvent(auditId);
        const reads = undoReads(event);
        const [node, relationship, existing] = await Promise.all([
          reads.node ? this.loadNode(reads.node) : null,
          reads.relationship ? this.loadRelationship(reads.relationship) : null,
          this.labelsOf(reads.nodeIds),
        ]);
        return planUndo(
          auditId,
          event,
          { node, relationship, existing: new Set(existing.keys()) },
          actor,
          this.stamp(),
        );
      },
      (_result, audit) => audit,
    );
  }

  exclusive<T>(task: () => Promise<T>): Promise<T> {
    return this.mutex.run(task);
  }

  /**
   * One write, in the writes' order: read the facts and plan (`plan`), raise a refusal as a StoreError, else run the
   * plan's statements as one transaction. The first (the guarded change) must return a row, or nothing was written.
   */
  private write<R, A>(
    plan: (context: (actor: Actor) => PlanContext) => Promise<Planned<R>>,
    answer: (result: R, audit: AuditEvent) => A,
  ): Promise<A> {
    return this.mutex.run(async () => {
      const planned = await plan((actor) => ({ actor, stamp: this.stamp(), texts: this.sourceTexts() }));
      if (isRefusal(planned)) throw new StoreError(planned.message, planned.code, planned.issues);
      const [first] = await this.executor.write(planStatements(planned));
      // A guarded statement that matched nothing wrote nothing; later statements of a batch only follow one that did.
      if (!first || first.length === 0) {
        throw new StoreError(
          `${planned.what} changed while this change was applied; nothing was written, read it again and retry`,
          'CONFLICT',
        );
      }
      return answer(planned.result, planned.audit.event);
    });
  }

  private sourceTexts(): SourceTexts {
    this.texts ??= this.options.sourceTexts?.() ?? readSourceTexts();
    return this.texts;
  }

  private async loadNode(id: string): Promise<NodeState | null> {
    const [row] = await this.executor.read(nodeStateStatement(id));
    if (!row) return null;
    const storedProps = row.properties as StoredProperties;
    const labels = modelLabels(row.labels);
    const node: GraphNode = { id, labels, properties: { ...storedProps } as PropertyMap };
    for (const name of DERIVED_NODE_PROPERTIES) delete node.properties[name];
    return { node, labels, stored: storedProps, relationships: (row.rels as unknown[]).map(toRelationship) };
  }

  /** The labels of those of `ids` that exist (absent ones are left out, so the checks report them). */
  private async labelsOf(ids: string[]): Promise<Map<string, NodeLabel[]>> {
    const nodes = await Promise.all([...new Set(ids)].map((id) => this.loadNode(id)));
    return new Map(nodes.filter((n): n is NodeState => n !== null).map((n) => [n.node.id, n.node.labels]));
  }

  private async loadRelationship(key: RelationshipKey): Promise<GraphRelationship | null> {
    const [row] = await this.executor.read(relationshipStateStatement(key.type, key.start, key.end));
    return row ? { type: key.type, start: key.start, end: key.end, properties: row.properties as PropertyMap } : null;
  }
}
