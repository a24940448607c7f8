// The explorer's one data hook: runs a typed operation for the given variables, with loading, error and data.
import { useCallback, useEffect, useRef, useState } from 'react';
import { request, type Operation } from './client';

export interface QueryOptions {
  /** Waits this long after the variables last changed before asking (a search typed further asks once). */
  delayMs?: number;
  /** Keeps showing the last answer while the next variables load (paths: the old result stays until the new one). */
  keepData?: boolean;
  /** Asks again, keeping the answer in view, whenever this changes (a counter bumped after each write). */
  refresh?: number;
}

export interface QueryResult<T> {
  data: T | null;
  error: Error | null;
  loading: boolean;
  /** Asks again for the same variables; the current answer stays in view until the new one arrives. */
  refetch: () => void;
}

/**
 * `variables` null asks nothing (nothing selected yet). A change of variables, a refetch or unmounting supersedes
 * the request in flight: its answer is dropped, so a slower old answer never overwrites a newer one.
 */
export function useQuery<TResult, TVariables>(
  operation: Operation<TResult, TVariables>,
  variables: TVariables | null,
  options: QueryOptions = {},
): QueryResult<TResult> {
  // Variables arrive as fresh objects on every render: their JSON is what identifies a request.
  const key = variables === null ? null : JSON.stringify(variables);
  const [state, setState] = useState<{ key: string | null; data: TResult | null; error: Error | null }>({
    key: null,
    data: null,
    error: null,
  });
  const [refetches, setRefetches] = useState(0);
  const version = `${refetches}/${options.refresh ?? 0}`;
  const [settled, setSettled] = useState<string | null>(null);
  const latest = useRef({ operation, variables, options });
  latest.current = { operation, variables, options };

  useEffect(() => {
    if (key === null) return;
    const abort = new AbortController();
    const { operation: op, variables: vars, options: opts } = latest.current;
    // A retry after a failure shows "loading" again, not the old error.
    setState((s) => (s.key === key && s.error ? { ...s, error: null } : s));
    const ask = () =>
      request(op, vars as TVariables, { signal: abort.signal })
        .then(
          (data) => !abort.signal.aborted && setState({ key, data, error: null }),
          (error: Error) =>
            !abort.signal.aborted &&
            setState((s) => ({ key, data: s.key === key || opts.keepData ? s.data : null, error })),
        )
        .finally(() => !abort.signal.aborted && setSettled(`${key}#${version}`));
    const timer = opts.delayMs ? setTimeout(ask, opts.delayMs) : (void ask(), undefined);
    return () => {
      clearTimeout(timer);
      abort.abort();
    };
  }, [key, version]);

  const refetch = useCallback(() => setRefetches((v) => v + 1), []);
  if (key === null) return { data: null, error: null, loading: false, refetch };
  const current = state.key === key;
  return {
    data: current || options.keepData ? state.data : null,
    error: current ? state.error : null,
    loading: settled !== `${key}#${version}`,
    refetch,
  };
}
