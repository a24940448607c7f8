// Backup and restore on an open store, shared by the offline CLIs and the running server's admin endpoint: a
// snapshot taken in the order of the curation writes, durable backup files, and the one-transaction restore.
import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Actor } from '../domain/curation.js';
import type { GraphData, PropertyMap } from '../domain/graph-data.js';
import type { ImportSummary, KiesStore } from '../store/kies-store.js';
import { backupDocument } from './graph-import.js';

export interface Snapshot {
  graph: GraphData;
  audit: PropertyMap[];
}

export interface BackupCounts {
  nodes: number;
  relationships: number;
  audit: number;
}

/** `20250131T120000Z`: a timestamp usable in file names. */
export const fileStamp = (date: Date) =>
  date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');

export const defaultBackupPath = (dataDir: string, prefix = 'kies') =>
  join(dataDir, 'backups', `${prefix}-${fileStamp(new Date())}.json`);

/**
 * Graph and audit trail as of one point in the write order: writes acknowledged before are all in it, writes
 * queued after wait until it is read (they are delayed, never refused), so no write is half in it.
 */
export function takeSnapshot(store: KiesStore): Promise<Snapshot> {
  return store.curation.exclusive(async () => ({
    graph: await store.exportGraph(),
    audit: await store.curation.exportAudit(),
  }));
}

export const countsOf = ({ graph, audit }: Snapshot): BackupCounts => ({
  nodes: graph.nodes.length,
  relationships: graph.relationships.length,
  audit: audit.length,
});

/** Writes a backup document to `out` under a temporary name, flushed to disk, then renamed: never half a file. */
export function writeBackupText(out: string, text: string): void {
  mkdirSync(dirname(out), { recursive: true });
  const temporary = `${out}.partial`;
  const fd = openSync(temporary, 'w', 0o600);
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temporary, out);
}

export function writeBackupFile(out: string, snapshot: Snapshot): BackupCounts {
  writeBackupText(out, backupDocument(snapshot.graph, snapshot.audit, new Date()));
  return countsOf(snapshot);
}

export interface RestoreResult extends ImportSummary {
  /** The file the replaced graph was saved to first. */
  previous: string;
  saved: BackupCounts;
}

/**
 * Replaces the graph with a VALIDATED backup: inside the curation order, the current graph and audit trail are
 * saved to `safetyPath` first, then ONE transaction empties the graph, loads the backup, merges its audit events
 * (events already stored are kept) and records a RESTORE event. No API write can land between the save and the
 * replace, so the safety file holds exactly the graph that was replaced.
 */
export function restoreBackup(
  store: KiesStore,
  backup: Snapshot,
  options: { actor: Actor; source: string; safetyPath: string },
): Promise<RestoreResult> {
  const { actor, source, safetyPath } = options;
  return store.curation.exclusive(async () => {
    const saved = writeBackupFile(safetyPath, {
      graph: await store.exportGraph(),
      audit: await store.curation.exportAudit(),
    });
    const { graph, audit } = backup;
    const summary = {
      file: source,
      nodes: graph.nodes.length,
      relationships: graph.relationships.length,
      auditEvents: audit.length,
      previous: safetyPath,
    };
    const result = await store.importGraph(graph, {
      replace: true,
      extraStatements: [
        ...store.curation.restoreAuditStatements(audit),
        store.curation.wholeGraphAuditStatement('RESTORE', actor, summary, {
          note: `restored from ${source} by ${actor.name}`,
        }),
      ],
    });
    return { ...result, previous: safetyPath, saved };
  });
}
