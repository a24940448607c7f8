// Shared by the data CLIs (import, backup, restore): open the configured store with a helpful message when the
// embedded database is in use, and the identity CLI changes are recorded under in the audit trail.
import { userInfo } from 'node:os';
import type { ServerConfig } from '../config.js';
import type { Actor } from '../domain/curation.js';
import { openStore } from '../store/open-store.js';
import type { KiesStore } from '../store/kies-store.js';
import { onlineHint } from './online.js';

export async function openCliStore(config: ServerConfig, command: string): Promise<KiesStore> {
  try {
    return await openStore(config);
  } catch (error) {
    const message = (error as Error).message;
    const hint = /lock/i.test(message)
      ? `\n${command}: the embedded database belongs to one process at a time: stop the server (it closes the store on SIGTERM), then run ${command} again` +
        (command === 'backup' || command === 'restore' ? `\n${onlineHint(command, config.port)}` : '')
      : '';
    throw new Error(`${command}: ${message}${hint}`, { cause: error });
  }
}

/** CLI changes are recorded as made by `--actor` (default: the OS user) with the admin role. */
export function cliActor(name: string | undefined): Actor {
  let fallback = process.env.USER || 'cli';
  if (!process.env.USER) {
    try {
      fallback = userInfo().username || 'cli';
    } catch {
      // no user database entry (containers): keep "cli"
    }
  }
  return { name: `${name ?? fallback}`, role: 'admin' };
}

export function fail(error: unknown): never {
  console.error((error as Error).message);
  process.exit(1);
}

export { fileStamp } from '../exchange/backup-restore.js';
