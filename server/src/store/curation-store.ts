// Curation on the store: create, update and delete nodes and relationships, each with its audit event in the same
// statement and transaction; the audit trail queries; and undo, which applies the inverse change as a new change.
import { SerialQueue } from './serial-queue.js';
import { randomBytes } from 'node:crypto';
import { AUDIT_ACTIONS, DERIVED_NODE_PROPERTIES, derivedPropertiesOf, type AuditAction, type NodeLabel, type Role } from '@kies/schema';
import { readSourceTexts, type SourceTexts } from '@kies/graph-seed';
import type { GraphNode, GraphRelationship, PropertyMap } from '../domain/graph-data.js';
import {
  checkNode,
  checkRelationship,
  checkWriteProvenance,
  mergeProvenance,
  newAuditId,
  nodeSnapshot,
  NODE_FIELD_NAMES,
  provenanceProperties,
  relationshipId,
  relationshipSnapshot,
  sameNode,
  sameRelationship,
  underArgument,
  type Actor,
  type AuditEvent,
  type CreateNodeRequest,
  type CreateRelationshipRequest,
  type NodeSnapshot,
  type ProvenanceInput,
  type RelationshipKey,
  type UpdateNodeRequest,
  type UpdateRelationshipRequest,
} from '../domain/curation.js';
import { StoreError, type CypherExecutor, type FieldIssue, type Statement } from './executor.js';
import { modelLabels } from './cypher/labels.js';
import { mergeRelationshipsStatement } from './cypher/graph-cypher.js';
import {
  auditEventByIdStatement,
  auditEventsStatement,
  auditEventStatement,
  createNodeStatement,
  createRelationshipStatement,
  deleteNodeStatement,
  deleteRelationshipStatement,
  exportAuditStatement,
  mergeAuditStatement,
  nodeStateStatement,
  relationshipStateStatement,
  updateNodeStatement,
  updateRelationshipStatement,
  type StoredProperties,
} from './cypher/curation-cypher.js';
import { toRelationship } from './row-values.js';

export interface AuditFilter {
  nodeId?: string | null;
  actor?: string | null;
  /** ISO 8601 instant, inclusive. */
  since?: string | null;
  /** ISO 8601 instant, exclusive. */
  until?: string | null;
  limit: number;
}

export interface NodeChange {
  node: GraphNode | null;
  audit: AuditEvent;
}

export interface RelationshipChange {
  relationship: GraphRelationship | null;
  audit: AuditEvent;
}

/** What the API can do to the graph besides reading it. Every method records who did it. */
export interface Curation {
  createNode(request: CreateNodeRequest, actor: Actor): Promise<NodeChange>;
  updateNode(id: string, request: UpdateNodeRequest, actor: Actor): Promise<NodeChange>;
  /** Deletes the node and its relationships (they are kept in the audit event, so undo restores them). */
  deleteNode(id: string, provenance: ProvenanceInput, actor: Actor): Promise<NodeChange>;
  createRelationship(request: CreateRelationshipRequest, actor: Actor): Promise<RelationshipChange>;
  updateRelationship(key: RelationshipKey, request: UpdateRelationshipRequest, actor: Actor): Promise<RelationshipChange>;
  deleteRelationship(key: RelationshipKey, provenance: ProvenanceInput, actor: Actor): Promise<RelationshipChange>;
  /** Applies the inverse of an event as a new change (itself undoable). Editors may undo only their own changes. */
  undo(auditId: string, actor: Actor): Promise<AuditEvent>;
  auditLog(filter: AuditFilter): Promise<AuditEvent[]>;
  auditEvent(id: string): Promise<AuditEvent | null>;
  /** Every audit event, oldest first, as stored (for backups). */
  exportAudit(): Promise<PropertyMap[]>;
  /** Statements that upsert audit events from a backup (run in the restore's transaction). */
  restoreAuditStatements(events: PropertyMap[]): Statement[];
  /** A whole-graph audit event (import, restore) to run in the same transaction as the load. */
  wholeGraphAuditStatement(action: Extract<AuditAction, 'IMPORT' | 'RESTORE'>, actor: Actor, summary: PropertyMap, provenance: ProvenanceInput): Statement;
  /**
   * Runs `task` in the curation writes' own order: every write queued before it has committed, none queued after
   * starts until it ends. In a running server all API writes pass here, so reads inside see a consistent prefix of
   * the acknowledged writes (online backup), and a restore inside replaces exactly what it saved.
   */
  exclusive<T>(task: () => Promise<T>): Promise<T>;
}

interface StoredNode {
  node: GraphNode;
  labels: NodeLabel[];
  /** Every stored property (derived ones too): the guard of an update compares exactly these. */
  stored: StoredProperties;
  relationships: GraphRelationship[];
}


const invalid = (message: string, issues: FieldIssue[]) =>
  new StoreError(`${message}: ${issues.map((i) => `${i.field}: ${i.message}`).join('; ')}`, 'INVALID', issues);

const conflict = (what: string) =>
  new StoreError(`${what} changed while this change was applied; nothing was written, read it again and retry`, 'CONFLICT');

export class CypherCuration implements Curation {
  private readonly mutex = new SerialQueue();
  private texts: SourceTexts | null = null;
  private lastMillis = '';
  private sequence = 0;

  constructor(
    private readonly executor: CypherExecutor,
    private readonly options: { sourceTexts?: () => SourceTexts } = {},
  ) {}

  // ---- writes ---------------------------------------------------------------------------------------------------

  createNode(request: CreateNodeRequest, actor: Actor): Promise<NodeChange> {
    return this.mutex.run(async () => {
      const issues = underArgument(checkWriteProvenance(request.provenance, this.sourceTexts()), 'input');
      const properties = clean({ ...pickFields(request.fields), ...provenanceProperties(request.provenance), id: request.id });
      const node: GraphNode = { id: request.id, labels: [...new Set(request.labels)].sort(), properties };
      issues.push(...underArgument(checkNode(node, this.sourceTexts()), 'input'));
      if (issues.length > 0) throw invalid(`node ${request.id} not created`, dedupe(issues));
      if (await this.loadNode(request.id)) {
        throw new StoreError(`a node with id "${request.id}" already exists (constraint entity_id_unique)`, 'CONSTRAINT', [
          { field: 'input.id', message: 'already exists' },
        ]);
      }
      const audit = this.auditRecord(actor, 'CREATE_NODE', request.id, [request.id], null, nodeSnapshot(node), request.provenance);
      await this.expectRow([createNodeStatement(node.labels, stored(node), audit.stored)], `node ${request.id}`);
      return { node, audit: audit.event };
    });
  }

  updateNode(id: string, request: UpdateNodeRequest, actor: Actor): Promise<NodeChange> {
    return this.mutex.run(async () => {
      const current = await this.requireNode(id);
      const issues = underArgument(checkWriteProvenance(request.provenance, this.sourceTexts()), 'input');
      const properties: PropertyMap = { ...current.node.properties };
      for (const [key, value] of Object.entries(pickFields(request.fields))) {
        if (value === null) delete properties[key];
        else properties[key] = value;
      }
      Object.assign(properties, mergeProvenance(current.node.properties, request.provenance, request.replaceProvenance ?? false));
      const labels = request.labels ? [...new Set(request.labels)].sort() : current.node.labels;
      const next: GraphNode = { id, labels, properties: clean(properties) };
      issues.push(...underArgument(checkNode(next, this.sourceTexts()), 'input'));
      // A label change must keep every relationship valid: check each against the model with the new labels.
      if (request.labels) {
        for (const rel of current.relationships) {
          const ends = await this.endLabels(rel, { id, labels });
          const relIssues = checkRelationship(rel, ends, this.sourceTexts()).filter((i) => i.field === 'start' || i.field === 'end');
          issues.push(...relIssues.map((i) => ({ field: 'input.labels', message: `${relationshipId(rel)}: ${i.message}` })));
        }
      }
      if (issues.length > 0) throw invalid(`node ${id} not updated`, dedupe(issues));
      const audit = this.auditRecord(actor, 'UPDATE_NODE', id, [id], nodeSnapshot(current.node), nodeSnapshot(next), request.provenance);
      await this.expectRow(
        [updateNodeStatement(id, { labels: current.labels, properties: current.stored }, { labels, properties: stored(next) }, audit.stored)],
        `node ${id}`,
      );
      return { node: next, audit: audit.event };
    });
  }

  deleteNode(id: string, provenance: ProvenanceInput, actor: Actor): Promise<NodeChange> {
    return this.mutex.run(async () => {
      const issues = checkWriteProvenance(provenance, this.sourceTexts());
      if (issues.length > 0) throw invalid(`node ${id} not deleted`, issues);
      const current = await this.requireNode(id);
      const audit = this.deleteNodeAudit(actor, current, provenance, null);
      await this.expectRow([this.deleteNodeStatementFor(current, audit.stored)], `node ${id}`);
      return { node: null, audit: audit.event };
    });
  }

  createRelationship(request: CreateRelationshipRequest, actor: Actor): Promise<RelationshipChange> {
    return this.mutex.run(async () => {
      const rel: GraphRelationship = {
        type: request.type,
        start: request.start,
        end: request.end,
        properties: clean({ role: request.role ?? undefined, ...provenanceProperties(request.provenance) }),
      };
      const issues = underArgument(checkWriteProvenance(request.provenance, this.sourceTexts()), 'input');
      issues.push(...underArgument(checkRelationship(rel, await this.endLabels(rel), this.sourceTexts()), 'input'));
      if (issues.length > 0) throw invalid(`relationship ${relationshipId(rel)} not created`, dedupe(issues));
      if (await this.loadRelationship(rel)) {
        throw new StoreError(`relationship ${relationshipId(rel)} already exists (one per type and node pair); update it instead`, 'CONSTRAINT', [
          { field: 'input.type', message: 'already exists' },
        ]);
      }
      const audit = this.auditRecord(actor, 'CREATE_RELATIONSHIP', relationshipId(rel), [rel.start, rel.end], null, relationshipSnapshot(rel), request.provenance);
      await this.expectRow([createRelationshipStatement(rel.type, rel.start, rel.end, storedRel(rel), audit.stored)], `relationship ${relationshipId(rel)}`);
      return { relationship: rel, audit: audit.event };
    });
  }

  updateRelationship(key: RelationshipKey, request: UpdateRelationshipRequest, actor: Actor): Promise<RelationshipChange> {
    return this.mutex.run(async () => {
      const current = await this.requireRelationship(key);
      const properties: PropertyMap = { ...current.properties };
      if (request.role === null) delete properties.role;
      else if (request.role !== undefined) properties.role = request.role;
      Object.assign(properties, mergeProvenance(current.properties, request.provenance, request.replaceProvenance ?? false));
      const next: GraphRelationship = { ...key, properties: clean(properties) };
      const issues = underArgument(checkWriteProvenance(request.provenance, this.sourceTexts()), 'input');
      issues.push(...underArgument(checkRelationship(next, await this.endLabels(next), this.sourceTexts()), 'input'));
      if (issues.length > 0) throw invalid(`relationship ${relationshipId(key)} not updated`, dedupe(issues));
      const audit = this.auditRecord(
        actor, 'UPDATE_RELATIONSHIP', relationshipId(key), [key.start, key.end], relationshipSnapshot(current), relationshipSnapshot(next), request.provenance,
      );
      await this.expectRow(
        [updateRelationshipStatement(key.type, key.start, key.end, storedRel(current), storedRel(next), audit.stored)],
        `relationship ${relationshipId(key)}`,
      );
      return { relationship: next, audit: audit.event };
    });
  }

  deleteRelationship(key: RelationshipKey, provenance: ProvenanceInput, actor: Actor): Promise<RelationshipChange> {
    return this.mutex.run(async () => {
      const issues = checkWriteProvenance(provenance, this.sourceTexts());
      if (issues.length > 0) throw invalid(`relationship ${relationshipId(key)} not deleted`, issues);
      const current = await this.requireRelationship(key);
      const audit = this.auditRecord(actor, 'DELETE_RELATIONSHIP', relationshipId(key), [key.start, key.end], relationshipSnapshot(current), null, provenance);
      await this.expectRow([deleteRelationshipStatement(key.type, key.start, key.end, storedRel(current), audit.stored)], `relationship ${relationshipId(key)}`);
      return { relationship: null, audit: audit.event };
    });
  }

  // ---- undo -----------------------------------------------------------------------------------------------------

  undo(auditId: string, actor: Actor): Promise<AuditEvent> {
    return this.mutex.run(async () => {
      const event = await this.auditEvent(auditId);
      if (!event) throw new StoreError(`no audit event "${auditId}"`, 'NOT_FOUND');
      if (event.action === 'IMPORT' || event.action === 'RESTORE') {
        throw new StoreError(`${event.action} events cannot be undone one by one; restore a backup instead`, 'INVALID', [{ field: 'auditId', message: 'not undoable' }]);
      }
      if (event.undoneBy) throw new StoreError(`event ${auditId} was already undone by ${event.undoneBy}`, 'CONFLICT');
      if (actor.role !== 'admin' && event.actor !== actor.name) {
        throw new StoreError(`editors may undo only their own changes; ${auditId} was made by ${event.actor}`, 'FORBIDDEN');
      }
      const provenance: ProvenanceInput = { confidence: 'inferred', note: `undo of ${event.id} (${event.action} by ${event.actor}) by ${actor.name}` };
      const before = event.before ? JSON.parse(event.before) : null;
      const after = event.after ? JSON.parse(event.after) : null;
      const later = (what: string) =>
        new StoreError(`${what} has changed since ${auditId}; undo the later changes first (see auditLog for it)`, 'CONFLICT');

      if (event.action.endsWith('_NODE')) {
        const id = event.target;
        const current = await this.loadNode(id);
        const wanted = before as NodeSnapshot | null;
        if (after === null) {
          // The event deleted the node: recreate it with the relationships deleted with it.
          if (current) throw later(`node ${id}`);
          const rels = wanted!.relationships ?? [];
          const others = [...new Set(rels.flatMap((r) => [r.start, r.end]).filter((n) => n !== id))];
          const found = new Set((await this.loadNodes(others)).map((n) => n.id));
          const missing = others.filter((n) => !found.has(n));
          if (missing.length > 0) throw new StoreError(`cannot restore node ${id}: its neighbours ${missing.join(', ')} no longer exist`, 'CONFLICT');
          const node: GraphNode = { id, labels: wanted!.labels, properties: wanted!.properties };
          const audit = this.auditRecord(actor, 'CREATE_NODE', id, [id, ...others], null, nodeSnapshot(node, rels), provenance, event.id);
          await this.expectRow(
            [createNodeStatement(node.labels, stored(node), audit.stored), ...relationshipStatements(rels)],
            `node ${id}`,
          );
          return audit.event;
        }
        if (!current || !sameNode(nodeSnapshot(current.node), after as NodeSnapshot)) throw later(`node ${id}`);
        if (wanted === null) {
          // The event created the node: delete it, but only if nothing has been attached to it since.
          if (current.relationships.length > 0) {
            throw new StoreError(
              `node ${id} has ${current.relationships.length} relationship(s) added since ${auditId}; delete or undo them first`,
              'CONFLICT',
            );
          }
          const audit = this.deleteNodeAudit(actor, current, provenance, event.id);
          await this.expectRow([this.deleteNodeStatementFor(current, audit.stored)], `node ${id}`);
          return audit.event;
        }
        const node: GraphNode = { id, labels: wanted.labels, properties: wanted.properties };
        const audit = this.auditRecord(actor, 'UPDATE_NODE', id, [id], nodeSnapshot(current.node), nodeSnapshot(node), provenance, event.id);
        await this.expectRow(
          [updateNodeStatement(id, { labels: current.labels, properties: current.stored }, { labels: node.labels, properties: stored(node) }, audit.stored)],
          `node ${id}`,
        );
        return audit.event;
      }

      const key = (before ?? after) as GraphRelationship;
      const current = await this.loadRelationship(key);
      const target = relationshipId(key);
      const nodeIds = [key.start, key.end];
      if (after === null) {
        if (current) throw later(`relationship ${target}`);
        const ends = await this.loadNodes(nodeIds);
        if (ends.length < 2) throw new StoreError(`cannot restore relationship ${target}: an end node no longer exists`, 'CONFLICT');
        const audit = this.auditRecord(actor, 'CREATE_RELATIONSHIP', target, nodeIds, null, relationshipSnapshot(before), provenance, event.id);
        await this.expectRow([createRelationshipStatement(key.type, key.start, key.end, storedRel(before), audit.stored)], `relationship ${target}`);
        return audit.event;
      }
      if (!current || !sameRelationship(current, after)) throw later(`relationship ${target}`);
      if (before === null) {
        const audit = this.auditRecord(actor, 'DELETE_RELATIONSHIP', target, nodeIds, relationshipSnapshot(current), null, provenance, event.id);
        await this.expectRow([deleteRelationshipStatement(key.type, key.start, key.end, storedRel(current), audit.stored)], `relationship ${target}`);
        return audit.event;
      }
      const audit = this.auditRecord(actor, 'UPDATE_RELATIONSHIP', target, nodeIds, relationshipSnapshot(current), relationshipSnapshot(before), provenance, event.id);
      await this.expectRow(
        [updateRelationshipStatement(key.type, key.start, key.end, storedRel(current), storedRel(before), audit.stored)],
        `relationship ${target}`,
      );
      return audit.event;
    });
  }

  // ---- audit trail ----------------------------------------------------------------------------------------------

  async auditLog(filter: AuditFilter): Promise<AuditEvent[]> {
    const rows = await this.executor.read(
      auditEventsStatement({
        nodeId: filter.nodeId ?? null,
        actor: filter.actor ?? null,
        since: filter.since ?? null,
        until: filter.until ?? null,
        limit: filter.limit,
      }),
    );
    return rows.map((row) => toAuditEvent(row.event as PropertyMap, row.undoneBy as unknown[]));
  }

  async auditEvent(id: string): Promise<AuditEvent | null> {
    const [row] = await this.executor.read(auditEventByIdStatement(id));
    return row ? toAuditEvent(row.event as PropertyMap, row.undoneBy as unknown[]) : null;
  }

  async exportAudit(): Promise<PropertyMap[]> {
    const events: PropertyMap[] = [];
    const page = 5000;
    for (let skip = 0; ; skip += page) {
      const rows = await this.executor.read(exportAuditStatement(skip, page));
      events.push(...rows.map((r) => r.event as PropertyMap));
      if (rows.length < page) return events;
    }
  }

  restoreAuditStatements(events: PropertyMap[]): Statement[] {
    const out: Statement[] = [];
    for (let i = 0; i < events.length; i += 1000) out.push(mergeAuditStatement(events.slice(i, i + 1000) as StoredProperties[]));
    return out;
  }

  wholeGraphAuditStatement(action: 'IMPORT' | 'RESTORE', actor: Actor, summary: PropertyMap, provenance: ProvenanceInput): Statement {
    return auditEventStatement(this.auditRecord(actor, action, 'graph', [], null, summary, provenance).stored);
  }

  exclusive<T>(task: () => Promise<T>): Promise<T> {
    return this.mutex.run(task);
  }

  // ---- helpers --------------------------------------------------------------------------------------------------

  private sourceTexts(): SourceTexts {
    this.texts ??= this.options.sourceTexts?.() ?? readSourceTexts();
    return this.texts;
  }

  private async loadNode(id: string): Promise<StoredNode | null> {
    const [row] = await this.executor.read(nodeStateStatement(id));
    if (!row) return null;
    const storedProps = row.properties as StoredProperties;
    const labels = modelLabels(row.labels);
    const node: GraphNode = { id, labels, properties: { ...storedProps } };
    for (const name of DERIVED_NODE_PROPERTIES) delete node.properties[name];
    return { node, labels, stored: storedProps, relationships: (row.rels as unknown[]).map(toRelationship) };
  }

  private async loadNodes(ids: string[]): Promise<GraphNode[]> {
    const nodes = await Promise.all(ids.map((id) => this.loadNode(id)));
    return nodes.filter((n): n is StoredNode => n !== null).map((n) => n.node);
  }

  private async requireNode(id: string): Promise<StoredNode> {
    const node = await this.loadNode(id);
    if (!node) throw new StoreError(`no node with id "${id}"`, 'NOT_FOUND');
    return node;
  }

  private async loadRelationship(key: RelationshipKey): Promise<GraphRelationship | null> {
    const [row] = await this.executor.read(relationshipStateStatement(key.type, key.start, key.end));
    return row ? { type: key.type, start: key.start, end: key.end, properties: row.properties as PropertyMap } : null;
  }

  private async requireRelationship(key: RelationshipKey): Promise<GraphRelationship> {
    const rel = await this.loadRelationship(key);
    if (!rel) throw new StoreError(`no relationship ${relationshipId(key)}`, 'NOT_FOUND');
    return rel;
  }

  /** Labels of a relationship's end nodes (absent ones are left out, so the validator reports them). */
  private async endLabels(rel: RelationshipKey, override?: { id: string; labels: NodeLabel[] }): Promise<Map<string, NodeLabel[]>> {
    const nodes = await this.loadNodes([...new Set([rel.start, rel.end])]);
    const map = new Map(nodes.map((n) => [n.id, n.labels]));
    if (override) map.set(override.id, override.labels);
    return map;
  }

  private deleteNodeAudit(actor: Actor, current: StoredNode, provenance: ProvenanceInput, undoes: string | null) {
    const neighbours = [...new Set(current.relationships.flatMap((r) => [r.start, r.end]))].filter((n) => n !== current.node.id);
    return this.auditRecord(
      actor, 'DELETE_NODE', current.node.id, [current.node.id, ...neighbours], nodeSnapshot(current.node, current.relationships), null, provenance, undoes,
    );
  }

  private deleteNodeStatementFor(current: StoredNode, record: StoredProperties): Statement {
    return deleteNodeStatement(current.node.id, { labels: current.labels, properties: current.stored, degree: current.relationships.length }, record);
  }

  /** Runs the statements as one transaction; the first (the guarded change) must return a row, or nothing was written. */
  private async expectRow(statements: Statement[], what: string): Promise<void> {
    const [first] = await this.executor.write(statements);
    // A guarded statement that matched nothing wrote nothing; later statements of a batch only follow one that did.
    if (!first || first.length === 0) throw conflict(what);
  }

  private auditRecord(
    actor: Actor,
    action: AuditAction,
    target: string,
    nodeIds: string[],
    before: unknown,
    after: unknown,
    provenance: ProvenanceInput,
    undoes: string | null = null,
  ): { stored: StoredProperties; event: AuditEvent } {
    const now = new Date();
    const millis = now.toISOString();
    this.sequence = millis === this.lastMillis ? this.sequence + 1 : 0;
    this.lastMillis = millis;
    const id = newAuditId(now, `${this.sequence.toString().padStart(4, '0')}${randomBytes(3).toString('hex')}`);
    const evidence = provenanceProperties(provenance);
    const event: AuditEvent = {
      id,
      at: millis,
      actor: actor.name,
      role: actor.role,
      action,
      target,
      nodeIds: [...new Set(nodeIds)],
      before: before === null ? null : JSON.stringify(before),
      after: after === null ? null : JSON.stringify(after),
      provenance: evidence,
      undoes,
      undoneBy: null,
    };
    const record = clean({
      id, at: millis, actor: actor.name, role: actor.role, action, target, nodeIds: event.nodeIds,
      before: event.before, after: event.after, undoes, ...evidence,
    }) as StoredProperties;
    return { stored: record, event };
  }
}

/** The statements that (re)create relationships, one MERGE batch per type. */
function relationshipStatements(rels: GraphRelationship[]): Statement[] {
  const byType = new Map<GraphRelationship['type'], GraphRelationship[]>();
  for (const rel of rels) byType.set(rel.type, [...(byType.get(rel.type) ?? []), rel]);
  return [...byType.entries()].map(([type, list]) => mergeRelationshipsStatement(type, list));
}

function pickFields(fields: CreateNodeRequest['fields']): PropertyMap {
  const out: PropertyMap = {};
  for (const name of NODE_FIELD_NAMES) {
    if (!(name in fields)) continue;
    const value = fields[name];
    // Empty strings and lists carry nothing; storing them would make "absent" and "empty" two states.
    out[name] = value === '' || (Array.isArray(value) && value.length === 0) ? null : (value ?? null);
  }
  return out;
}

function clean(map: PropertyMap): PropertyMap {
  return Object.fromEntries(Object.entries(map).filter(([, v]) => v !== null && v !== undefined));
}

/** The properties a node is stored with: its own plus the derived ones (searchText, searchBody). */
function stored(node: GraphNode): StoredProperties {
  return { ...clean(node.properties), id: node.id, ...derivedPropertiesOf(node.properties) } as StoredProperties;
}

const storedRel = (rel: GraphRelationship) => clean(rel.properties) as StoredProperties;

function dedupe(issues: FieldIssue[]): FieldIssue[] {
  const seen = new Set<string>();
  return issues.filter((i) => !seen.has(`${i.field}|${i.message}`) && seen.add(`${i.field}|${i.message}`));
}


function toAuditEvent(row: PropertyMap, undoneBy: unknown[] | undefined): AuditEvent {
  const str = (v: unknown) => (typeof v === 'string' ? v : null);
  const action = String(row.action) as AuditAction;
  return {
    id: String(row.id),
    at: String(row.at),
    actor: String(row.actor),
    role: String(row.role) as Role,
    action: (AUDIT_ACTIONS as readonly string[]).includes(action) ? action : 'UPDATE_NODE',
    target: String(row.target),
    nodeIds: Array.isArray(row.nodeIds) ? row.nodeIds.map(String) : [],
    before: str(row.before),
    after: str(row.after),
    provenance: { sources: row.sources ?? [], quotes: row.quotes ?? [], confidence: row.confidence, note: row.note },
    undoes: str(row.undoes),
    undoneBy: undoneBy && undoneBy.length > 0 ? String(undoneBy[0]) : null,
  };
}

