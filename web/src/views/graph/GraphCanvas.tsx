// The graph area: the Cytoscape container, its controller, and loading / empty / error / progress overlays.
import type { Core } from 'cytoscape';
import { useMemo, useState } from 'react';
import { canvasLabelFit } from '../../core/cy/label-fit';
import { toCyElements } from '../../core/cy/to-elements';
import type { GraphModel, Positions } from '../../core/graph/types';
import type { DecorBox } from '../../core/kies-layout/kies-layout';
import type { Translate } from '../../core/i18n/i18n';
import { prefetchDeferred } from '../deferred';
import type { LoadStatus } from '../use-graph-data';
import { GraphController, type Highlight } from './GraphController';

interface Props {
  mode: 'kies' | 'network';
  model: GraphModel;
  positions: Positions;
  decor: DecorBox[];
  rowOf: Record<string, string>;
  visible: Set<string>;
  selected: string[];
  highlight: Highlight | null;
  fitKey: string;
  status: LoadStatus;
  error: string | null;
  truncated: { shown: number; total: string } | null;
  t: Translate;
  onRetry: () => void;
  onSelect: (ids: string[]) => void;
  onExpand: (id: string) => void;
  onReady: (cy: Core | null) => void;
}

export function GraphCanvas(props: Props) {
  const [container, setContainer] = useState<HTMLDivElement | null>(null);
  const { model, positions, decor, rowOf, t } = props;
  const [fitLabel] = useState(canvasLabelFit);
  // Only placed nodes reach Cytoscape: the first draw is the finished picture, not a pile at the origin redrawn.
  const elements = useMemo(
    () => toCyElements(model, { positions, decor, rowOf, translate: t, placedOnly: true, fitLabel }),
    [model, positions, decor, rowOf, t, fitLabel],
  );
  const onRendered = () => {
    document.body.dataset.graphReady = props.mode;
    const w = window as unknown as { __kies?: Record<string, number> };
    w.__kies ??= {};
    w.__kies[`${props.mode}ReadyMs`] ??= Math.round(performance.now());
    prefetchDeferred();
  };
  const empty = props.status === 'ready' && props.visible.size === 0;
  return (
    <div className="graph-area">
      {/* The label lives on a wrapper: Cytoscape watches its container's attributes and redraws everything on a change. */}
      <div className="cy" role="img" aria-label={`${t(`view.${props.mode}`)}: ${props.visible.size} nodes. ${t('keys.help')}`}>
        <div ref={setContainer} className="cy-canvas" data-testid="cy" />
      </div>
      <GraphController
        container={container}
        elements={elements}
        positions={positions}
        visible={props.visible}
        selected={props.selected}
        highlight={props.highlight}
        fitKey={props.fitKey}
        onSelect={props.onSelect}
        onExpand={props.onExpand}
        onReady={props.onReady}
        onRendered={onRendered}
      />
      {props.status === 'loading' && <div className="overlay" role="status" aria-live="polite">{t('loading.graph')}</div>}
      {props.status === 'error' && (
        <div className="overlay error" role="alert">
          <p>{t('error.title')}: {props.error}</p>
          <button type="button" onClick={props.onRetry}>{t('error.retry')}</button>
        </div>
      )}
      {empty && <div className="overlay" role="status">{t('empty.graph')}</div>}
      {props.truncated && <div className="banner" role="status">{t('truncated', props.truncated)}</div>}
    </div>
  );
}
