// `npm run backup -- [--out FILE] [--url URL]`: writes the whole graph and its audit trail to one JSON file (the
// export JSON format plus "audit"), default KIES_DATA_DIR/backups/kies-<UTC time>.json. Offline it opens the store
// (either engine; an embedded store must not be held by a server); with --url (or KIES_URL) and an admin token
// (KIES_TOKEN or --token) it asks the running explorer, which snapshots in its write order. Either way the file is
// written to a temporary name, flushed to disk and renamed, so a crash never leaves a half-written backup.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readConfig } from '../config.js';
import {
  defaultBackupPath,
  takeSnapshot,
  writeBackupFile,
  writeBackupText,
  type BackupCounts,
} from '../exchange/backup-restore.js';
import type { KiesStore } from '../store/kies-store.js';
import { fail, openCliStore } from './cli-common.js';
import { fetchBackup, serverTarget } from './online.js';

/** Writes a backup of `store` to `out` durably; returns what it wrote. */
export async function writeBackup(store: KiesStore, out: string): Promise<BackupCounts> {
  return writeBackupFile(out, await takeSnapshot(store));
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { out: { type: 'string' }, url: { type: 'string' }, token: { type: 'string' } },
  });
  const config = readConfig();
  const out = resolve(values.out ?? defaultBackupPath(config.dataDir));
  const target = serverTarget('backup', values);
  if (target) {
    const text = await fetchBackup(target);
    let written: BackupCounts;
    try {
      const doc = JSON.parse(text) as { format?: string; nodes: unknown[]; relationships: unknown[]; audit: unknown[] };
      if (doc.format !== 'kies-backup') throw new Error('not a kies-backup document');
      written = { nodes: doc.nodes.length, relationships: doc.relationships.length, audit: doc.audit.length };
    } catch (error) {
      throw new Error(
        `backup: the explorer at ${target.url} sent no backup (${(error as Error).message}); nothing was written`,
        { cause: error },
      );
    }
    writeBackupText(out, text);
    console.log(
      `backup: wrote ${written.nodes} nodes, ${written.relationships} relationships and ${written.audit} audit events from ${target.url} to ${out}`,
    );
    return;
  }
  const store = await openCliStore(config, 'backup');
  try {
    const written = await writeBackup(store, out);
    console.log(
      `backup: wrote ${written.nodes} nodes, ${written.relationships} relationships and ${written.audit} audit events to ${out}`,
    );
  } finally {
    await store.close();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) main().catch(fail);
