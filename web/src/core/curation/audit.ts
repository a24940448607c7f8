// A node's audit trail for display: which fields each change touched, and whether the viewer may undo it.
import type { AuditFieldsFragment } from '../api/generated/operations';

/** One change as the API reports it (schema AuditEvent). */
export type AuditEvent = AuditFieldsFragment;

interface Snapshot {
  properties?: Record<string, unknown>;
  labels?: string[];
}

function parse(json: string | null): Snapshot | null {
  if (!json) return null;
  try {
    return JSON.parse(json) as Snapshot;
  } catch {
    return null;
  }
}

/** Provenance bookkeeping changes with every write; listing it would hide the fields the user actually changed. */
const BOOKKEEPING = new Set(['sources', 'quotes', 'confidence', 'note']);

/** Properties whose value differs between before and after (sorted), plus `labels` when those changed. */
export function changedProperties(event: Pick<AuditEvent, 'before' | 'after'>): string[] {
  const before = parse(event.before);
  const after = parse(event.after);
  const a = before?.properties ?? {};
  const b = after?.properties ?? {};
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => !BOOKKEEPING.has(k));
  const changed = keys.filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k])).sort();
  if (before && after && JSON.stringify(before.labels ?? []) !== JSON.stringify(after.labels ?? []))
    changed.push('labels');
  return changed;
}

/** A property's value before and after the change, as text (for the history's "old → new"). */
export function propertyChange(
  event: Pick<AuditEvent, 'before' | 'after'>,
  key: string,
): { before: string; after: string } {
  const text = (v: unknown) => (v === undefined || v === null ? '' : Array.isArray(v) ? v.join(', ') : String(v));
  return { before: text(parse(event.before)?.properties?.[key]), after: text(parse(event.after)?.properties?.[key]) };
}

/** Mirrors the server rule (editors undo their own changes, admins anyone's); whole-graph loads are not undoable. */
export function canUndo(event: AuditEvent, viewer: { name: string; role: string } | null): boolean {
  if (!viewer || event.undoneBy || event.action === 'IMPORT' || event.action === 'RESTORE') return false;
  return viewer.role === 'admin' || (viewer.role === 'editor' && event.actor === viewer.name);
}
