// The drawn graph's state: loads the base graph of a view (KIES: the figure's labels; network: everything), replays expansions, merges extras.
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../api/client';
import { buildGraph, emptyGraph, mergeGraph, replaceAround } from './graph-model';
import { preloadedFigure, releaseFigure, settledFigure } from './figure-preload';
import { loadGraph, loadNeighbourhood } from './graph-loader';
import type { GraphModel, KEdge, KNode } from './types';
import { FIGURE_LABELS } from '../kies-layout/lanes';

export type LoadStatus = 'loading' | 'ready' | 'error';

export interface GraphData {
  model: GraphModel;
  status: LoadStatus;
  error: string | null;
  truncated: { shown: number; total: string } | null;
  /** Changes each time the base graph is (re)loaded. */
  baseKey: string;
  expand: (id: string) => Promise<void>;
  addElements: (nodes: KNode[], edges: KEdge[]) => void;
  /** Re-reads nodes a write touched (a missing one is removed); `focus` is drawn even when it was not before. */
  refresh: (ids: string[], focus: string | null) => Promise<void>;
  retry: () => void;
}

export function useGraphData(base: 'kies' | 'network', expanded: string[]): GraphData {
  // The KIES figure boot.ts preloaded is often in before the app's first render: then that render draws it.
  const [initial] = useState(() => (base === 'kies' && expanded.length === 0 ? settledFigure() : null));
  const [model, setModel] = useState<GraphModel>(() =>
    initial ? buildGraph(initial.nodes, initial.edges) : emptyGraph(),
  );
  const [status, setStatus] = useState<LoadStatus>(initial ? 'ready' : 'loading');
  const [error, setError] = useState<string | null>(null);
  const [truncated, setTruncated] = useState<GraphData['truncated']>(() =>
    initial?.truncated ? { shown: initial.nodes.length, total: initial.totalText } : null,
  );
  const [attempt, setAttempt] = useState(0);
  const [baseKey, setBaseKey] = useState(initial ? 'kies#0' : '');
  /** The base graph the first render already holds (its load is skipped; StrictMode's second run skips it too). */
  const loadedAtStart = useRef(initial ? 'kies#0' : null);
  const done = useRef(new Set<string>());
  const expandedRef = useRef(expanded);
  expandedRef.current = expanded;

  useEffect(() => {
    if (loadedAtStart.current === `${base}#${attempt}`) return releaseFigure();
    loadedAtStart.current = null;
    const abort = new AbortController();
    setStatus('loading');
    setError(null);
    (async () => {
      // The first KIES load takes the request boot.ts started before the app loaded (a retry asks again).
      const preloaded = base === 'kies' && attempt === 0 ? preloadedFigure() : null;
      const g = await (preloaded ?? loadGraph(base === 'kies' ? FIGURE_LABELS : null, abort.signal)).finally(() => {
        if (preloaded && !abort.signal.aborted) releaseFigure();
      });
      if (abort.signal.aborted) return;
      let next = buildGraph(g.nodes, g.edges);
      setTruncated(g.truncated ? { shown: g.nodes.length, total: g.totalText } : null);
      done.current = new Set();
      // A shared URL with expansions gets the same picture: replay them in order.
      for (const id of expandedRef.current) {
        const n = await loadNeighbourhood(id, abort.signal).catch(() => null);
        if (n) next = mergeGraph(next, n.nodes, n.edges);
        done.current.add(id);
      }
      setModel(next);
      setBaseKey(`${base}#${attempt}`);
      setStatus('ready');
    })().catch((e: Error) => {
      if (abort.signal.aborted) return;
      setError(e.message);
      setStatus('error');
    });
    return () => abort.abort();
  }, [base, attempt]);

  const expand = useCallback(async (id: string) => {
    if (done.current.has(id)) return;
    done.current.add(id);
    const n = await loadNeighbourhood(id);
    setModel((m) => mergeGraph(m, n.nodes, n.edges));
  }, []);

  const addElements = useCallback((nodes: KNode[], edges: KEdge[]) => {
    setModel((m) => {
      const fresh = nodes.filter((n) => !m.nodes.has(n.id));
      const freshEdges = edges.filter((e) => !m.edges.has(e.id));
      return fresh.length || freshEdges.length ? mergeGraph(m, fresh, freshEdges) : m;
    });
  }, []);

  const refresh = useCallback(async (ids: string[], focus: string | null) => {
    for (const id of ids) {
      const fresh = await loadNeighbourhood(id).catch((e: unknown) => {
        // Unknown id: the write deleted it. Anything else (network): keep what is drawn rather than drop it.
        const gone = e instanceof ApiError && (e.details.code === 'BAD_USER_INPUT' || e.details.code === 'NOT_FOUND');
        return gone ? null : undefined;
      });
      if (fresh === undefined) continue;
      setModel((m) => (m.nodes.has(id) || id === focus ? replaceAround(m, id, fresh) : m));
    }
  }, []);

  return {
    model,
    status,
    error,
    truncated,
    baseKey,
    expand,
    addElements,
    refresh,
    retry: () => setAttempt((a) => a + 1),
  };
}
