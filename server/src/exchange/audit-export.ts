// The audit trail as a file for governance: events filtered by time, actor and node, as JSON or spreadsheet-safe CSV.
import { stringify } from 'csv-stringify/sync';
import { CSV_ARRAY_DELIMITER } from '@kies/schema';
import type { PropertyMap } from '../domain/graph-data.js';
import { neutraliseCell, wellFormed } from './csv-cells.js';

export const AUDIT_FORMATS = ['csv', 'json'] as const;
export type AuditFormat = (typeof AUDIT_FORMATS)[number];

export interface AuditExportFilter {
  /** ISO 8601 UTC (as stored in `at`): events at or after it. */
  since?: string;
  /** ISO 8601 UTC: events before it. */
  until?: string;
  actor?: string;
  nodeId?: string;
}

/** `--since 2025-05-01` or `2025-05-01T12:00:00+02:00` as the stored form (UTC with milliseconds); throws otherwise. */
export function isoInstant(value: string, option: string): string {
  // Only date or date-time forms: Date.parse also takes "May 1" or "1", which would not mean what the user meant.
  const shape = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2}))?$/;
  const time = Date.parse(value);
  if (!shape.test(value) || Number.isNaN(time)) {
    throw new Error(
      `audit-export: ${option} must be an ISO 8601 date or UTC time such as 2025-05-01 or 2025-05-01T12:00:00Z, got "${value}"`,
    );
  }
  return new Date(time).toISOString();
}

/** The events that pass the filter, oldest first, each with `undoneBy` (ids of the events that undid it). */
export function selectAuditEvents(events: readonly PropertyMap[], filter: AuditExportFilter): PropertyMap[] {
  const undoneBy = new Map<string, string[]>();
  for (const event of events) {
    if (typeof event.undoes === 'string')
      undoneBy.set(event.undoes, [...(undoneBy.get(event.undoes) ?? []), String(event.id)]);
  }
  return events
    .filter((e) => {
      const at = String(e.at);
      if (filter.since && at < filter.since) return false;
      if (filter.until && at >= filter.until) return false;
      if (filter.actor && e.actor !== filter.actor) return false;
      if (filter.nodeId && !(Array.isArray(e.nodeIds) && e.nodeIds.includes(filter.nodeId))) return false;
      return true;
    })
    .sort((a, b) => String(a.at).localeCompare(String(b.at)) || String(a.id).localeCompare(String(b.id)))
    .map((e) => ({ ...e, undoneBy: undoneBy.get(String(e.id)) ?? [] }));
}

const AUDIT_CSV_COLUMNS = [
  'id',
  'at',
  'actor',
  'role',
  'action',
  'target',
  'nodeIds',
  'undoes',
  'undoneBy',
  'sources',
  'quotes',
  'confidence',
  'note',
  'before',
  'after',
] as const;

/**
 * One row per event. This file is meant for spreadsheets, so every cell a spreadsheet would execute is neutralised
 * (OWASP: leading `'`, quoted; see csv-cells.ts) and lists are joined with `|`; `before`/`after` are JSON text.
 */
export function auditToCsv(events: readonly PropertyMap[]): string {
  const cell = (value: unknown) =>
    neutraliseCell(
      wellFormed(
        Array.isArray(value) ? value.map(String).join(CSV_ARRAY_DELIMITER) : value == null ? '' : String(value),
      ),
    );
  const rows = events.map((e) => AUDIT_CSV_COLUMNS.map((c) => cell(e[c])));
  return stringify([[...AUDIT_CSV_COLUMNS], ...rows], { quoted_match: [/^'/] });
}

export function auditToJson(events: readonly PropertyMap[], filter: AuditExportFilter, exportedAt: Date): string {
  return (
    JSON.stringify(
      { format: 'kies-audit', version: 1, exportedAt: exportedAt.toISOString(), filter, count: events.length, events },
      null,
      2,
    ) + '\n'
  );
}
