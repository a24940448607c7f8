// Backup and restore against a RUNNING explorer: the CLIs talk to its admin endpoints (server/src/http/admin-routes.ts)
// with an admin token instead of opening the store file, which the server holds.
export interface ServerTarget {
  url: string;
  token: string;
}

/**
 * `--url`/KIES_URL selects the online mode; the token comes from `--token` or KIES_TOKEN (prefer the variable: a
 * command-line argument is visible to every user of the machine in `ps`). Undefined: work on the store offline.
 */
export function serverTarget(
  command: string,
  values: { url?: string; token?: string },
  env: NodeJS.ProcessEnv = process.env,
): ServerTarget | undefined {
  const url = values.url ?? env.KIES_URL;
  if (!url) return undefined;
  const token = values.token ?? env.KIES_TOKEN;
  if (!token)
    throw new Error(
      `${command}: --url needs an admin token: set KIES_TOKEN (or pass --token); create one with npm run token -- --name NAME --role admin`,
    );
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`${command}: --url must be the explorer's address, e.g. http://127.0.0.1:4000 (got "${url}")`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
    throw new Error(`${command}: --url must be http:// or https:// (got "${url}")`);
  return { url: parsed.origin + parsed.pathname.replace(/\/+$/, ''), token };
}

/** The hint printed when the embedded store is locked: how to do the same against the running server. */
export const onlineHint = (command: string, port: number) =>
  `${command}: or run it through that server: KIES_TOKEN=<admin token> npm run ${command} -- --url http://127.0.0.1:${port} ...`;

async function call(command: string, target: ServerTarget, path: string, init: RequestInit = {}): Promise<Response> {
  let res: Response;
  try {
    res = await fetch(`${target.url}${path}`, {
      ...init,
      headers: { ...(init.headers as Record<string, string>), authorization: `Bearer ${target.token}` },
    });
  } catch (error) {
    const cause = (error as { cause?: Error }).cause?.message ?? (error as Error).message;
    throw new Error(`${command}: cannot reach the explorer at ${target.url}: ${cause}`, { cause: error });
  }
  if (res.ok) return res;
  const text = await res.text();
  let detail = text.slice(0, 500);
  let issues: string[] = [];
  try {
    const body = JSON.parse(text) as { error?: { message?: string; issues?: string[] } };
    detail = body.error?.message ?? detail;
    issues = body.error?.issues ?? [];
  } catch {
    // not JSON (a proxy's error page): show its start
  }
  for (const issue of issues) console.error(issue);
  throw new Error(`${command}: the explorer at ${target.url} answered ${res.status}: ${detail}`);
}

/** The backup document of the running server, as the server wrote it (snapshot in its write order). */
export async function fetchBackup(target: ServerTarget): Promise<string> {
  const res = await call('backup', target, '/admin/backup');
  return res.text();
}

export interface OnlineRestore {
  nodes: number;
  relationships: number;
  auditEvents: number;
  /** The file ON THE SERVER the replaced graph was saved to. */
  previous: string;
}

export async function postRestore(target: ServerTarget, text: string, source: string): Promise<OnlineRestore> {
  const res = await call('restore', target, `/admin/restore?from=${encodeURIComponent(source)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: text,
  });
  return (await res.json()) as OnlineRestore;
}
