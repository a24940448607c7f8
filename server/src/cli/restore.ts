// `npm run restore -- --from BACKUP.json [--actor NAME] [--url URL]`: replaces the graph with a backup (or a JSON
// export). The file is validated first (file:line:field errors, nothing written). The current graph is saved to
// KIES_DATA_DIR/backups/pre-restore-<time>.json, then ONE transaction empties the graph, loads the backup, merges
// the backup's audit events into the audit trail (events already stored are kept) and records a RESTORE event.
// With --url (or KIES_URL) and an admin token the running explorer does the same (its own data folder keeps the
// pre-restore file; the RESTORE event names the token's holder) and serves the restored graph at once.
import { basename, resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { readConfig } from '../config.js';
import { readGraphForImport } from '../exchange/graph-import.js';
import { defaultBackupPath, restoreBackup } from '../exchange/backup-restore.js';
import { cliActor, fail, openCliStore } from './cli-common.js';
import { postRestore, serverTarget } from './online.js';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      from: { type: 'string' },
      actor: { type: 'string' },
      url: { type: 'string' },
      token: { type: 'string' },
    },
  });
  if (!values.from)
    throw new Error(
      'restore: --from is required\nusage: npm run restore -- --from BACKUP.json [--actor NAME] [--url URL]',
    );
  const path = resolve(values.from);
  const { graph, audit, issues } = readGraphForImport(path, 'json', new Map());
  if (issues.length > 0) {
    for (const issue of issues) console.error(issue);
    throw new Error(`restore: ${issues.length} problem(s) in ${values.from}; nothing was changed`);
  }
  const target = serverTarget('restore', values);
  if (target) {
    const result = await postRestore(target, readFileSync(path, 'utf8'), basename(path));
    console.log(
      `restore: the explorer at ${target.url} saved the graph it replaced to ${result.previous} (on the server)`,
    );
    console.log(
      `restore: the explorer now holds ${result.nodes} nodes and ${result.relationships} relationships from ${values.from}`,
    );
    return;
  }
  const config = readConfig();
  const store = await openCliStore(config, 'restore');
  try {
    const safety = defaultBackupPath(config.dataDir, 'pre-restore');
    const result = await restoreBackup(
      store,
      { graph, audit },
      { actor: cliActor(values.actor), source: values.from, safetyPath: safety },
    );
    console.log(
      `restore: saved the current graph (${result.saved.nodes} nodes, ${result.saved.relationships} relationships) to ${safety}`,
    );
    console.log(
      `restore: the store now holds ${result.nodes} nodes and ${result.relationships} relationships from ${values.from}`,
    );
  } finally {
    await store.close();
  }
}

main().catch(fail);
