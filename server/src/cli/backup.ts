// `npm run backup -- [--out FILE]`: writes the whole graph and its audit trail to one JSON file (the export JSON
// format plus "audit"), default KIES_DATA_DIR/backups/kies-<UTC time>.json. Works on either engine; the embedded
// store must not be open in a running server (stop it first). The file is written to a temporary name, flushed to
// disk and renamed, so a crash never leaves a half-written backup under the final name.
import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, writeSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readConfig } from '../config.js';
import { backupDocument } from '../exchange/graph-import.js';
import type { KiesStore } from '../store/kies-store.js';
import { fail, fileStamp, openCliStore } from './cli-common.js';

/** Writes a backup of `store` to `out` durably; returns what it wrote. */
export async function writeBackup(store: KiesStore, out: string): Promise<{ nodes: number; relationships: number; audit: number }> {
  const graph = await store.exportGraph();
  const audit = await store.curation.exportAudit();
  mkdirSync(dirname(out), { recursive: true });
  const temporary = `${out}.partial`;
  const fd = openSync(temporary, 'w', 0o600);
  try {
    writeSync(fd, backupDocument(graph, audit, new Date()));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temporary, out);
  return { nodes: graph.nodes.length, relationships: graph.relationships.length, audit: audit.length };
}

export const defaultBackupPath = (dataDir: string, prefix = 'kies') => join(dataDir, 'backups', `${prefix}-${fileStamp(new Date())}.json`);

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { out: { type: 'string' } } });
  const config = readConfig();
  const out = resolve(values.out ?? defaultBackupPath(config.dataDir));
  const store = await openCliStore(config, 'backup');
  try {
    const written = await writeBackup(store, out);
    console.log(`backup: wrote ${written.nodes} nodes, ${written.relationships} relationships and ${written.audit} audit events to ${out}`);
  } finally {
    await store.close();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) main().catch(fail);
