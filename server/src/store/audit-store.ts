// The audit trail on the store: reading events (per node, per actor, per period), exporting and restoring them for
// backups, whole-graph events for imports and restores, and the clock that stamps every new event.
import { randomBytes } from 'node:crypto';
import type { AuditAction } from '@kies/schema';
import type { PropertyMap } from '../domain/graph-data.js';
import type { Actor, AuditEvent, ProvenanceInput } from '../domain/curation.js';
import { auditRecord, newAuditId, storedAuditEvent, type AuditStamp } from '../domain/audit-records.js';
import type { CypherExecutor, Statement } from './executor.js';
import {
  auditEventByIdStatement,
  auditEventsStatement,
  auditEventStatement,
  exportAuditStatement,
  mergeAuditStatement,
  type StoredProperties,
} from './cypher/curation-cypher.js';

export interface AuditFilter {
  nodeId?: string | null;
  actor?: string | null;
  /** ISO 8601 instant, inclusive. */
  since?: string | null;
  /** ISO 8601 instant, exclusive. */
  until?: string | null;
  limit: number;
}

/** The audit trail: every write's event, read back by the API and carried by backups. */
export interface AuditStore {
  auditLog(filter: AuditFilter): Promise<AuditEvent[]>;
  auditEvent(id: string): Promise<AuditEvent | null>;
  /** Every audit event, oldest first, as stored (for backups). */
  exportAudit(): Promise<PropertyMap[]>;
  /** Statements that upsert audit events from a backup (run in the restore's transaction). */
  restoreAuditStatements(events: PropertyMap[]): Statement[];
  /** A whole-graph audit event (import, restore) to run in the same transaction as the load. */
  wholeGraphAuditStatement(
    action: Extract<AuditAction, 'IMPORT' | 'RESTORE'>,
    actor: Actor,
    summary: PropertyMap,
    provenance: ProvenanceInput,
  ): Statement;
}

export class CypherAuditStore implements AuditStore {
  private lastMillis = '';
  private sequence = 0;

  constructor(protected readonly executor: CypherExecutor) {}

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
    return rows.map((row) => storedAuditEvent(row.event as PropertyMap, row.undoneBy as unknown[]));
  }

  async auditEvent(id: string): Promise<AuditEvent | null> {
    const [row] = await this.executor.read(auditEventByIdStatement(id));
    return row ? storedAuditEvent(row.event as PropertyMap, row.undoneBy as unknown[]) : null;
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
    for (let i = 0; i < events.length; i += 1000)
      out.push(mergeAuditStatement(events.slice(i, i + 1000) as StoredProperties[]));
    return out;
  }

  wholeGraphAuditStatement(
    action: 'IMPORT' | 'RESTORE',
    actor: Actor,
    summary: PropertyMap,
    provenance: ProvenanceInput,
  ): Statement {
    return auditEventStatement(
      auditRecord(this.stamp(), actor, action, 'graph', [], null, summary, provenance).stored as StoredProperties,
    );
  }

  /** The time and id of a new event: ids sort by time, and a sequence keeps events of one millisecond in order. */
  protected stamp(): AuditStamp {
    const now = new Date();
    const millis = now.toISOString();
    this.sequence = millis === this.lastMillis ? this.sequence + 1 : 0;
    this.lastMillis = millis;
    return {
      id: newAuditId(now, `${this.sequence.toString().padStart(4, '0')}${randomBytes(3).toString('hex')}`),
      at: millis,
    };
  }
}
