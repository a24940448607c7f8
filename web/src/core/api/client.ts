// The one way the explorer talks to the server: POST /graphql with a typed document and the session's bearer token.
import { tokenStore, type TokenStore } from '../auth/token-store';
import type { TypedDocumentString } from './generated/operations';

/** A problem with one input field, as the server reports it in `extensions.issues`. */
export interface FieldIssue {
  field: string;
  message: string;
}

export class ApiError extends Error {
  constructor(
    message: string,
    readonly kind: 'network' | 'graphql' | 'http',
    readonly details: { status?: number; code?: string; issues?: FieldIssue[]; argument?: string } = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export type Fetcher = typeof fetch;

/** A generated operation (web/src/core/<feature>/*.graphql): its text, typed with its result and variables. */
export type Operation<TResult, TVariables> = TypedDocumentString<TResult, TVariables>;

export interface RequestOptions {
  signal?: AbortSignal;
  fetcher?: Fetcher;
  endpoint?: string;
  /** A token to send instead of the stored one (checking a pasted token before keeping it); null sends none. */
  token?: string | null;
  tokens?: TokenStore;
}

interface WireError {
  message: string;
  extensions?: { code?: string; issues?: FieldIssue[]; argument?: string };
}

/** The reason a refused stored token is dropped with: an i18n key the sign-in control shows. */
export const UNKNOWN_TOKEN = 'auth.rejected';

/** Sends one operation; resolves to its typed `data`, or rejects with an ApiError (or an AbortError once superseded). */
export function request<TResult, TVariables>(
  operation: Operation<TResult, TVariables>,
  variables: TVariables,
  options: RequestOptions = {},
): Promise<TResult> {
  return send<TResult>(operation.toString().trim(), variables, options);
}

async function send<T>(query: string, variables: unknown, options: RequestOptions): Promise<T> {
  const tokens = options.tokens ?? tokenStore;
  const stored = options.token === undefined;
  const token = stored ? tokens.get() : options.token;
  const fetcher = options.fetcher ?? fetch;
  let response: Response;
  try {
    response = await fetcher(options.endpoint ?? '/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
      // No signal for fetch itself: a superseded request (a search typed further, a view left) runs to its end
      // and only its answer is dropped. Cutting it off shows as a failed request in the browser (issue 19), and
      // these queries are small.
    });
  } catch (error) {
    throw new ApiError(`network: ${(error as Error).message}`, 'network');
  }
  if (options.signal?.aborted) throw new DOMException('The request was superseded', 'AbortError');
  // The stored token was refused (revoked, or the server restarted with other tokens): forget it, so the user
  // sees why, and read on anonymously; a write is not retried, it needs a signed-in user.
  if (response.status === 401 && token && stored) {
    tokens.clear(UNKNOWN_TOKEN);
    if (!/^\s*mutation\b/.test(query)) return send<T>(query, variables, { ...options, token: null });
  }
  let body: { data?: T; errors?: WireError[] };
  try {
    body = await response.json();
  } catch {
    throw new ApiError(`HTTP ${response.status}`, 'http', { status: response.status });
  }
  const first = body.errors?.[0];
  if (first) {
    const ext = first.extensions ?? {};
    throw new ApiError(body.errors!.map((e) => e.message).join('; '), 'graphql', {
      status: response.status,
      code: ext.code,
      issues: Array.isArray(ext.issues) ? ext.issues : undefined,
      argument: ext.argument,
    });
  }
  if (!response.ok || !body.data) throw new ApiError(`HTTP ${response.status}`, 'http', { status: response.status });
  return body.data;
}
