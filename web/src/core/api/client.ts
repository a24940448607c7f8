// The one way the explorer talks to the server: POST /graphql, typed result, readable errors.

export class ApiError extends Error {
  constructor(message: string, readonly kind: 'network' | 'graphql' | 'http') {
    super(message);
    this.name = 'ApiError';
  }
}

export type Fetcher = typeof fetch;

export async function gql<T>(
  query: string,
  variables: Record<string, unknown> = {},
  options: { signal?: AbortSignal; fetcher?: Fetcher; endpoint?: string } = {},
): Promise<T> {
  const fetcher = options.fetcher ?? fetch;
  let response: Response;
  try {
    response = await fetcher(options.endpoint ?? '/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query, variables }),
      signal: options.signal,
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiError(`network: ${(error as Error).message}`, 'network');
  }
  let body: { data?: T; errors?: { message: string }[] };
  try {
    body = await response.json();
  } catch {
    throw new ApiError(`HTTP ${response.status}`, 'http');
  }
  if (body.errors?.length) throw new ApiError(body.errors.map((e) => e.message).join('; '), 'graphql');
  if (!response.ok || !body.data) throw new ApiError(`HTTP ${response.status}`, 'http');
  return body.data;
}
