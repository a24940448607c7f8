// Positions for the current picture: KIES lanes (instant), or concentric at once and fcose/dagre refined in the worker.
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { GraphModel, Positions } from '../core/graph/types';
import { computeKiesLayout, type DecorBox } from '../core/kies-layout/kies-layout';
import { concentricByMission } from '../core/layout/concentric';
import { LayoutRunner } from '../core/layout/layout-runner';
import { placeNewNodes, type Rect } from '../core/layout/placement';
import type { LayoutId } from '../core/state/view-state';

export interface PositionState {
  positions: Positions;
  decor: DecorBox[];
  rowOf: Record<string, string>;
  /** 0-100 while a worker layout runs, null otherwise. */
  progress: number | null;
  /** Why the last worker layout failed (shown to the user), null otherwise. */
  layoutError: string | null;
  layoutKey: string;
  /** Changes with every new picture (start, draft, final layout): each one is fitted to the view. */
  fitKey: string;
}

const createWorker = () => new Worker(new URL('../workers/layout-worker.ts', import.meta.url), { type: 'module' });

export function usePositions(
  model: GraphModel,
  mode: 'kies' | 'network',
  layout: LayoutId,
  baseKey: string,
): PositionState {
  const [positions, setPositions] = useState<Positions>({});
  const [decor, setDecor] = useState<DecorBox[]>([]);
  const [rowOf, setRowOf] = useState<Record<string, string>>({});
  const [progress, setProgress] = useState<number | null>(null);
  const [layoutError, setLayoutError] = useState<string | null>(null);
  const [stage, setStage] = useState(0);
  const runner = useRef<LayoutRunner | null>(null);
  const lastKey = useRef('');
  const current = useRef<Positions>({});
  /** KIES figure titles that expanded nodes keep clear of (none in the network view). */
  const keepOut = useRef<Rect[]>([]);
  const layoutKey = `${mode}|${mode === 'kies' ? 'lanes' : layout}|${baseKey}`;

  const apply = (p: Positions) => {
    current.current = p;
    setPositions(p);
  };

  useEffect(() => () => runner.current?.dispose(), []);

  // A layout effect: new positions re-render before the browser paints, so data, positions and the Cytoscape
  // update land in one frame (a passive effect would cost a painted frame per hop).
  useLayoutEffect(() => {
    if (model.nodes.size === 0 || !baseKey) return;
    if (lastKey.current !== layoutKey) {
      lastKey.current = layoutKey;
      runner.current?.cancel();
      setProgress(null);
      setLayoutError(null);
      if (mode === 'kies') {
        const kies = computeKiesLayout(model);
        // Expanded nodes stay out of the figure: dropped among its cells they would cover the names.
        keepOut.current = [...kies.titleAreas, kies.figureArea];
        const rest = [...model.nodes.keys()].filter((id) => !kies.positions[id]);
        apply({ ...kies.positions, ...placeNewNodes(model, kies.positions, rest, keepOut.current) });
        setDecor(kies.decor);
        setRowOf(kies.rowOf);
        return;
      }
      setDecor([]);
      setRowOf({});
      keepOut.current = [];
      const start = concentricByMission(model);
      apply(start);
      if (layout === 'concentric') return;
      runner.current ??= new LayoutRunner(createWorker);
      setProgress(5);
      runner.current.run(
        layout,
        {
          nodes: [...model.nodes.keys()].map((id) => ({ id, ...start[id] })),
          edges: [...model.edges.values()].map((e) => ({ id: e.id, source: e.source, target: e.target })),
          // The concentric start is a placeholder: fcose's draft starts afresh, then refines its own draft.
          keepPositions: false,
        },
        {
          onProgress: (pct, draft) => {
            setProgress(pct);
            if (draft) {
              apply({ ...current.current, ...draft });
              setStage((n) => n + 1);
            }
          },
          onDone: (final) => {
            apply({ ...current.current, ...final });
            setStage((n) => n + 1);
            setProgress(null);
          },
          onError: (message) => {
            setProgress(null);
            setLayoutError(message);
          },
        },
      );
      return;
    }
    // Same picture, more nodes (expand, paths): place only the new ones, leave the rest where it is.
    const missing = [...model.nodes.keys()].filter((id) => !current.current[id]);
    if (missing.length)
      apply({ ...current.current, ...placeNewNodes(model, current.current, missing, keepOut.current) });
    // layoutKey is made of mode, layout and baseKey; a change of one that leaves it alone (the network layout picked
    // while the KIES view shows) reaches the second branch above, which finds nothing to place.
  }, [model, layoutKey, baseKey, layout, mode]);

  return { positions, decor, rowOf, progress, layoutError, layoutKey, fitKey: `${layoutKey}#${stage}` };
}
