// `npm run token -- --name alice --role editor [--file tokens.json]`: makes a new random API token.
// Prints the token ONCE (hand it to alice; it is not stored anywhere) and the entry with its SHA-256 to add to
// the tokens file (KIES_TOKENS_FILE). With --file the entry is appended to that file (created if absent).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ROLES, type Role } from '@kies/schema';
import { newToken, parseTokenEntries } from '../auth/tokens.js';

const usage = `usage: npm run token -- --name NAME --role ${ROLES.join('|')} [--file TOKENS_JSON]`;

function main(): void {
  const { values } = parseArgs({ options: { name: { type: 'string' }, role: { type: 'string', default: 'editor' }, file: { type: 'string' } } });
  if (!values.name) throw new Error(`token: --name is required\n${usage}`);
  if (!ROLES.includes(values.role as Role)) throw new Error(`token: --role must be one of ${ROLES.join(', ')}\n${usage}`);
  const { token, entry } = newToken(values.name, values.role as Role);
  // Validates the name the same way the server does when it loads the file.
  parseTokenEntries(JSON.stringify([entry]), '--name/--role');
  if (values.file) {
    const entries = existsSync(values.file) ? parseTokenEntries(readFileSync(values.file, 'utf8'), values.file) : [];
    if (entries.some((e) => e.name === entry.name)) throw new Error(`token: ${values.file} already has an entry named "${entry.name}"`);
    writeFileSync(values.file, JSON.stringify([...entries, entry], null, 2) + '\n', { mode: 0o600 });
    console.log(`token: added "${entry.name}" (${entry.role}) to ${values.file}; restart the server to load it`);
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
