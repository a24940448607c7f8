// `npm run restore -- --from BACKUP.json [--actor NAME]`: replaces the graph with a backup (or a JSON export).
// The file is validated first (file:line:field errors, nothing written). The current graph is saved to
// KIES_DATA_DIR/backups/pre-restore-<time>.json, then ONE transaction empties the graph, loads the backup, merges
// the backup's audit events into the audit trail (events already stored are kept) and records a RESTORE event.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readConfig } from '../config.js';
import { readGraphForImport } from '../exchange/graph-import.js';
import { defaultBackupPath, writeBackup } from './backup.js';
import { cliActor, fail, openCliStore } from './cli-common.js';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { from: { type: 'string' }, actor: { type: 'string' } } });
  if (!values.from) throw new Error('restore: --from is required\nusage: npm run restore -- --from BACKUP.json [--actor NAME]');
  const { graph, audit, issues } = readGraphForImport(resolve(values.from), 'json', new Map());
  if (issues.length > 0) {
    for (const issue of issues) console.error(issue);
    throw new Error(`restore: ${issues.length} problem(s) in ${values.from}; nothing was changed`);
  }
  const config = readConfig();
  const store = await openCliStore(config, 'restore');
  try {
    const safety = defaultBackupPath(config.dataDir, 'pre-restore');
    const saved = await writeBackup(store, safety);
    console.log(`restore: saved the current graph (${saved.nodes} nodes, ${saved.relationships} relationships) to ${safety}`);
    const actor = cliActor(values.actor);
    const summary = { file: values.from, nodes: graph.nodes.length, relationships: graph.relationships.length, auditEvents: audit.length, previous: safety };
    const result = await store.importGraph(graph, {
      replace: true,
      extraStatements: [
        ...store.curation.restoreAuditStatements(audit),
        store.curation.wholeGraphAuditStatement('RESTORE', actor, summary, { note: `restored from ${values.from} by ${actor.name}` }),
      ],
    });
    console.log(`restore: the store now holds ${result.nodes} nodes and ${result.relationships} relationships from ${values.from}`);
  } finally {
    await store.close();
  }
}

main().catch(fail);
