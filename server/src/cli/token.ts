// `npm run token -- --name alice --role editor [--file tokens.json]`: makes a new random API token.
// Prints the token ONCE (hand it to alice; it is not stored anywhere) and the entry with its SHA-256 to add to
// the tokens file (KIES_TOKENS_FILE). With --file the entry is appended to that file (created if absent).
// `npm run token -- --revoke alice --file tokens.json` removes alice's entry. A running server re-reads the file
// within a second (token-reload.ts), so neither needs a restart.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ROLES, type Role } from '@kies/schema';
import { newToken, parseTokenEntries, type TokenEntry } from '../auth/tokens.js';

const usage = `usage: npm run token -- --name NAME --role ${ROLES.join('|')} [--file TOKENS_JSON]
       npm run token -- --revoke NAME --file TOKENS_JSON`;

// Written to a temporary file and renamed over the old one, so a server reading it never sees half a file.
function writeEntries(file: string, entries: TokenEntry[]): void {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(entries, null, 2) + '\n', { mode: 0o600 });
  renameSync(temporary, file);
}

function revoke(name: string, file: string | undefined): void {
  if (!file) throw new Error(`token: --revoke needs --file\n${usage}`);
  if (!existsSync(file)) throw new Error(`token: ${file} does not exist`);
  const entries = parseTokenEntries(readFileSync(file, 'utf8'), file);
  if (!entries.some((e) => e.name === name))
    throw new Error(
      `token: ${file} has no entry named "${name}" (names: ${entries.map((e) => e.name).join(', ') || 'none'})`,
    );
  writeEntries(
    file,
    entries.filter((e) => e.name !== name),
  );
  console.log(`token: revoked "${name}" in ${file}; a running server refuses the token within a second`);
}

function main(): void {
  const { values } = parseArgs({
    options: {
      name: { type: 'string' },
      role: { type: 'string', default: 'editor' },
      file: { type: 'string' },
      revoke: { type: 'string' },
    },
  });
  if (values.revoke !== undefined) return revoke(values.revoke, values.file);
  if (!values.name) throw new Error(`token: --name is required\n${usage}`);
  if (!ROLES.includes(values.role as Role))
    throw new Error(`token: --role must be one of ${ROLES.join(', ')}\n${usage}`);
  const { token, entry } = newToken(values.name, values.role as Role);
  // Validates the name the same way the server does when it loads the file.
  parseTokenEntries(JSON.stringify([entry]), '--name/--role');
  if (values.file) {
    const entries = existsSync(values.file) ? parseTokenEntries(readFileSync(values.file, 'utf8'), values.file) : [];
    if (entries.some((e) => e.name === entry.name))
      throw new Error(`token: ${values.file} already has an entry named "${entry.name}"`);
    writeEntries(values.file, [...entries, entry]);
    console.log(
      `token: added "${entry.name}" (${entry.role}) to ${values.file}; a running server accepts it within a second`,
    );
  } else {
    console.log('token: add this entry to the JSON array in your KIES_TOKENS_FILE:');
    console.log(`  ${JSON.stringify(entry)}`);
  }
  console.log(`token: the token (shown once, not stored; send it as "Authorization: Bearer <token>"):`);
  console.log(token);
}

try {
  main();
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
