// The graph area: the Cytoscape container, its controller, zoom buttons, and loading / empty / error overlays.
import type { Core } from 'cytoscape';
import { useMemo, useState } from 'react';
import { canvasLabelFit } from '../../core/cy/label-fit';
import { toCyElements } from '../../core/cy/to-elements';
import type { GraphModel, Positions } from '../../core/graph/types';
import type { DecorBox } from '../../core/kies-layout/kies-layout';
import type { Translate } from '../../core/i18n/i18n';
import type { ZoomCommand, ZoomKind } from '../../core/zoom/zoom';
import { prefetchDeferred } from '../deferred';
import type { LoadStatus } from '../../core/graph/use-graph-data';
import type { ColourBy, SizeBy } from '../../core/cy/emphasis';
import { EmphasisController } from './EmphasisController';
import { ExportController, type ExportCommand } from './ExportController';
import { FigureController } from './FigureController';
import { Minimap } from './Minimap';
import { GraphController, type Highlight } from './GraphController';

interface Props {
  mode: 'kies' | 'network';
  model: GraphModel;
  positions: Positions;
  decor: DecorBox[];
  rowOf: Record<string, string>;
  /** The mission filter: its row of the KIES figure is highlighted. */
  activeRow: string | null;
  sizeBy: SizeBy;
  colourBy: ColourBy;
  visible: Set<string>;
  selected: string[];
  highlight: Highlight | null;
  fitKey: string;
  zoom: ZoomCommand | null;
  onZoom: (kind: ZoomKind) => void;
  /** Why the last layout failed; shown until the next layout starts. */
  layoutError: string | null;
  status: LoadStatus;
  error: string | null;
  truncated: { shown: number; total: string } | null;
  t: Translate;
  onRetry: () => void;
  onSelect: (ids: string[]) => void;
  onExpand: (id: string) => void;
  /** Whether a graph instance exists (the toolbar's PNG and SVG exports need one). */
  onReady: (ready: boolean) => void;
  /** The latest export button press; each new one is turned into a file once. */
  exportCommand: ExportCommand | null;
  /** The view the exported files are named after. */
  exportView: string;
}

const ZOOM_SYMBOL: Record<ZoomKind, string> = { in: '+', out: '−', fit: '⤢' };
const ZOOM_SHORTCUT: Record<ZoomKind, string> = { in: '+', out: '-', fit: '0' };

export function GraphCanvas(props: Props) {
  const [container, setContainer] = useState<HTMLDivElement | null>(null);
  const [wrapper, setWrapper] = useState<HTMLDivElement | null>(null);
  const [cy, setCy] = useState<Core | null>(null);
  const { model, positions, decor, rowOf, t, activeRow } = props;
  const figure = props.mode === 'kies';
  const [fitLabel] = useState(canvasLabelFit);
  // Only placed nodes reach Cytoscape: the first draw is the finished picture, not a pile at the origin redrawn.
  const elements = useMemo(
    () =>
      toCyElements(model, {
        positions,
        decor,
        rowOf,
        translate: t,
        placedOnly: true,
        fitLabel,
        figure,
        activeRow: figure ? activeRow : null,
      }),
    [model, positions, decor, rowOf, t, fitLabel, figure, activeRow],
  );
  // What "colour by" reads per node: its confidence and how many missions it addresses.
  const nodeProps = useMemo(() => {
    const missions = new Map<string, number>();
    for (const e of model.edges.values()) {
      if (e.type === 'ADDRESSES' && model.nodes.get(e.target)?.labels.includes('Mission'))
        missions.set(e.source, (missions.get(e.source) ?? 0) + 1);
    }
    return (id: string) => ({ confidence: model.nodes.get(id)?.confidence ?? null, missions: missions.get(id) ?? 0 });
  }, [model]);
  const onReady = (instance: Core | null) => {
    setCy(instance);
    props.onReady(instance !== null);
  };
  const onRendered = () => {
    // The page's "graph drawn" signal: tests wait for it, the benchmark times it (an observer it injects).
    document.body.dataset.graphReady = props.mode;
    prefetchDeferred();
  };
  const empty = props.status === 'ready' && props.visible.size === 0;
  return (
    <div className="graph-area">
      {/* The label lives on a wrapper: Cytoscape watches its container's attributes and redraws everything on a change. */}
      <div
        ref={setWrapper}
        className="cy"
        role="img"
        aria-label={`${t(`view.${props.mode}`)}: ${props.visible.size} nodes. ${t('keys.help')}`}
      >
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
        zoom={props.zoom}
        onSelect={props.onSelect}
        onExpand={props.onExpand}
        onReady={onReady}
        onRendered={onRendered}
      />
      <FigureController cy={cy} titleHost={wrapper} />
      <EmphasisController
        cy={cy}
        sizeBy={props.sizeBy}
        colourBy={props.colourBy}
        props={nodeProps}
        version={elements}
      />
      <Minimap cy={cy} t={t} />
      <ExportController cy={cy} command={props.exportCommand} view={props.exportView} />
      <div className="zoom-controls" role="group" aria-label={t('zoom.controls')}>
        {(['in', 'out', 'fit'] as const).map((kind) => (
          <button
            key={kind}
            type="button"
            aria-label={t(`zoom.${kind}`)}
            title={t(`zoom.${kind}`)}
            aria-keyshortcuts={ZOOM_SHORTCUT[kind]}
            data-testid={`zoom-${kind}`}
            onClick={() => props.onZoom(kind)}
          >
            <span aria-hidden="true">{ZOOM_SYMBOL[kind]}</span>
          </button>
        ))}
      </div>
      {props.layoutError && (
        <div className="banner error" role="alert" data-testid="layout-error">
          {t('layout.failed', { message: props.layoutError })}
        </div>
      )}
      {props.status === 'loading' && (
        <div className="overlay" role="status" aria-live="polite">
          {t('loading.graph')}
        </div>
      )}
      {props.status === 'error' && (
        <div className="overlay error" role="alert">
          <p>
            {t('error.title')}: {props.error}
          </p>
          <button type="button" onClick={props.onRetry}>
            {t('error.retry')}
          </button>
        </div>
      )}
      {empty && (
        <div className="overlay" role="status">
          {t('empty.graph')}
        </div>
      )}
      {props.truncated && (
        <div className="banner" role="status">
          {t('truncated', props.truncated)}
        </div>
      )}
    </div>
  );
}
