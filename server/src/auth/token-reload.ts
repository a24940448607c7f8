// Token rotation without restart: the tokens file is re-read when it changes (fs.watch on its folder, a stat poll as
// a fallback; off with KIES_TOKENS_WATCH=false) and on SIGHUP; a revoked token is refused within a second. A file
// that cannot be read fails closed.
import { watch, watchFile, unwatchFile, type FSWatcher } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { loadTokens, type AuthConfig, type TokenEntry } from './tokens.js';

export interface TokenReloader {
  /** Re-reads the tokens now; resolves once the new list is in force. */
  reload(reason: string): Promise<void>;
  close(): void;
}

export interface ReloadOptions {
  env?: NodeJS.ProcessEnv;
  log?: (message: string) => void;
  /** Stat-poll interval of the fallback watcher (network filesystems and some container mounts give no events). */
  pollMs?: number;
}

// Writers that truncate then write (editors, `echo >`) can be caught half-way: an unreadable file is read again
// once after this pause before it counts as broken.
const RETRY_MS = 150;
// Several events arrive for one save (truncate, write, rename); they are coalesced into one read.
const DEBOUNCE_MS = 30;

const fingerprint = (tokens: readonly TokenEntry[]) =>
  tokens.map((t) => `${t.name}:${t.role}:${t.tokenSha256}`).join(',');

/**
 * Keeps `auth.tokens` in step with KIES_TOKENS_FILE (KIES_TOKENS, inline, cannot change). Requests read `auth.tokens`
 * each time, so a new list applies to the next request. When the file is missing or invalid, no token is accepted
 * (fail closed: a revocation must not be undone by a broken file) and the error is logged until the file is fixed.
 */
export function watchTokens(auth: AuthConfig, options: ReloadOptions = {}): TokenReloader {
  const env = options.env ?? process.env;
  const log = options.log ?? ((message: string) => console.log(message));
  const file = env.KIES_TOKENS_FILE ? resolve(env.KIES_TOKENS_FILE) : null;
  let current = fingerprint(auth.tokens);
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();

  const readOnce = (): TokenEntry[] | Error => {
    try {
      return loadTokens(env);
    } catch (error) {
      return error as Error;
    }
  };

  const apply = async (reason: string): Promise<void> => {
    let result = readOnce();
    if (result instanceof Error) {
      await new Promise((done) => setTimeout(done, RETRY_MS));
      result = readOnce();
    }
    if (result instanceof Error) {
      if (current !== 'closed')
        log(`token-reload: ${result.message}; no token is accepted until the file is fixed (${reason})`);
      auth.tokens = [];
      current = 'closed';
      return;
    }
    const next = fingerprint(result);
    auth.tokens = result;
    if (next !== current) log(`token-reload: ${result.length} API token(s) in force after ${reason}`);
    current = next;
  };

  const reload = (reason: string): Promise<void> => {
    running = running.then(() => apply(reason));
    return running;
  };
  const schedule = (reason: string) => {
    clearTimeout(timer);
    timer = setTimeout(() => void reload(reason), DEBOUNCE_MS);
  };

  let watcher: FSWatcher | undefined;
  // KIES_TOKENS_WATCH=false: reload on SIGHUP only (operators who want rotation to be an explicit step).
  const watching = file !== null && env.KIES_TOKENS_WATCH !== 'false';
  if (watching) {
    // The folder, not the file: editors and `npm run token` replace the file (rename), which ends a watch on it.
    try {
      watcher = watch(dirname(file), (_event, name) => {
        if (name === null || name === basename(file)) schedule('a change of the tokens file');
      });
      watcher.on('error', (error) =>
        log(`token-reload: watching ${dirname(file)} failed (${error.message}); polling continues`),
      );
    } catch (error) {
      log(
        `token-reload: cannot watch ${dirname(file)} (${(error as Error).message}); polling every ${options.pollMs ?? 500} ms`,
      );
    }
    watchFile(file, { interval: options.pollMs ?? 500, persistent: false }, (now, before) => {
      if (now.mtimeMs !== before.mtimeMs || now.ino !== before.ino || now.size !== before.size)
        schedule('a change of the tokens file (poll)');
    });
  }
  return {
    reload,
    close() {
      clearTimeout(timer);
      watcher?.close();
      if (watching) unwatchFile(file);
    },
  };
}
