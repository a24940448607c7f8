// The explorer shell: view state (mirrored in the URL), language, graph data, and the screens.
import { useCallback, useMemo, useState } from 'react';
import { visibleNodeIds } from '../core/cy/to-elements';
import { namedIn } from '../core/cy/figure-names';
import { displayName } from '../core/texts/node-names';
import { toKEdge, toKNode, type ApiNode } from '../core/graph/from-api';
import { missionOrder } from '../core/graph/graph-model';
import { useGraphData } from '../core/graph/use-graph-data';
import { canEdit, viewerOf } from '../core/auth/auth-state';
import type { AuditEvent } from '../core/curation/audit';
import { pathHighlight, type TracedPath } from '../core/paths/paths';
import type { ZoomCommand, ZoomKind } from '../core/zoom/zoom';
import type { ColourBy, SizeBy } from '../core/cy/emphasis';
import { useAuth } from './auth/use-auth';
import { GraphCanvas } from './graph/GraphCanvas';
import type { ExportCommand } from './graph/ExportController';
import type { Highlight } from './graph/GraphController';
import { Legend } from './Legend';
import { SidePanel } from './SidePanel';
import { SplitView } from './SplitView';
import { Toolbar } from './Toolbar';
import { AskPanel } from './ask/AskPanel';
import { useKeyboard } from './use-keyboard';
import { useLanguage } from './use-language';
import { usePositions } from './use-positions';
import { useViewState } from './use-view-state';

export function App() {
  const [state, dispatch] = useViewState();
  const { lang, setLang, t } = useLanguage(state.view);
  // The graph is drawn (exports possible); the export controller beside it turns button presses into files.
  const [canExport, setCanExport] = useState(false);
  const [exportCommand, setExportCommand] = useState<ExportCommand | null>(null);
  const onExport = useCallback(
    (kind: ExportCommand['kind']) => setExportCommand((c) => ({ kind, seq: (c?.seq ?? 0) + 1 })),
    [],
  );
  const [pathResult, setPathResult] = useState<TracedPath[] | null>(null);
  const auth = useAuth();
  const editor = canEdit(auth.state) ? viewerOf(auth.state) : null;
  const [deleted, setDeleted] = useState<AuditEvent | null>(null);

  const mode = state.view === 'network' ? 'network' : 'kies';
  const data = useGraphData(mode, state.expanded);
  const { positions, decor, rowOf, progress, layoutError, fitKey } = usePositions(
    data.model,
    mode,
    state.layout,
    data.baseKey,
  );
  const [zoom, setZoom] = useState<ZoomCommand | null>(null);
  const [sizeBy, setSizeBy] = useState<SizeBy>('kind');
  const [colourBy, setColourBy] = useState<ColourBy>('kind');
  const onZoom = useCallback((kind: ZoomKind) => setZoom((z) => ({ kind, seq: (z?.seq ?? 0) + 1 })), []);
  const missions = useMemo(
    () => missionOrder(data.model).map((id) => ({ id, name: displayName(data.model.nodes.get(id)!, lang) })),
    [data.model, lang],
  );
  // The canvas names nodes in the interface language; layout, filters and panels keep the model as loaded.
  const drawn = useMemo(() => namedIn(data.model, lang), [data.model, lang]);
  const hidden = useMemo(() => new Set(state.hiddenLabels), [state.hiddenLabels]);
  const visible = useMemo(
    () => visibleNodeIds(data.model, hidden, state.mission, state.expanded),
    [data.model, hidden, state.mission, state.expanded],
  );
  // What the mission filter lets through, whatever the label toggles: the legend counts these.
  const inFilter = useMemo(
    () => visibleNodeIds(data.model, new Set(), state.mission, state.expanded),
    [data.model, state.mission, state.expanded],
  );
  const [partnerIds, setPartnerIds] = useState<string[]>([]);
  const focusId = state.selected[0] ?? null;
  const highlight: Highlight | null = useMemo(() => {
    if (state.panel === 'paths' && state.path && pathResult) return pathHighlight(pathResult);
    // Partner suggestions light up next to the node they were found for.
    if (state.panel === 'partners' && focusId && partnerIds.length)
      return { nodeIds: new Set([focusId, ...partnerIds]), edgeIds: new Set<string>() };
    return null;
  }, [state.panel, state.path, pathResult, focusId, partnerIds]);

  const select = useCallback(
    (ids: string[]) => {
      dispatch({ type: 'select', ids });
      // Something not drawn yet (an organisation found by search): fetch it with its neighbours.
      if (ids.length === 1 && data.status === 'ready' && !data.model.nodes.has(ids[0]!)) {
        dispatch({ type: 'expand', id: ids[0]! });
        void data.expand(ids[0]!);
      }
    },
    [data, dispatch],
  );
  const expand = useCallback(
    (id: string) => {
      dispatch({ type: 'expand', id });
      void data.expand(id);
    },
    [data, dispatch],
  );
  const onPartnerResult = useCallback(
    (nodes: ApiNode[]) => {
      setPartnerIds(nodes.map((n) => n.id));
      if (nodes.length) data.addElements(nodes.map(toKNode), []);
    },
    [data],
  );
  const onPathResult = useCallback(
    (paths: TracedPath[]) => {
      setPathResult(paths);
      data.addElements(
        paths.flatMap((p) => p.nodes.map(toKNode)),
        paths.flatMap((p) => p.hops.map((h) => toKEdge(h.relationship))),
      );
    },
    [data],
  );

  // After a write: redraw what it touched; follow a created (or restored) node, drop a deleted one from the selection.
  const onCurated = useCallback(
    (audit: AuditEvent) => {
      const focus = state.selected[0] ?? null;
      setDeleted(audit.action === 'DELETE_NODE' ? audit : null);
      if (audit.action === 'DELETE_NODE' && focus === audit.target) dispatch({ type: 'select', ids: [] });
      if (audit.action === 'CREATE_NODE') select([audit.target]);
      void data.refresh(audit.nodeIds, audit.action === 'CREATE_NODE' ? audit.target : focus);
    },
    [state.selected, select, data, dispatch],
  );

  // Every view draws the graph; the matrix and the gaps open in a split beside the KIES figure.
  const split = state.view === 'matrix' || state.view === 'gaps' ? state.view : null;
  const graphView = true;
  useKeyboard({
    selected: state.selected,
    onExpand: expand,
    onClear: () => dispatch({ type: 'select', ids: [] }),
    onZoom: graphView ? onZoom : null,
  });

  return (
    <div className="app">
      <a className="skip" href="#side-panel-start">
        {t('panel.table')}
      </a>
      <Toolbar
        view={state.view}
        model={data.model}
        selected={state.selected}
        canExport={graphView && canExport}
        onExport={onExport}
        lang={lang}
        t={t}
        onView={(view) => dispatch({ type: 'setView', view })}
        onPick={(id) => select([id])}
        onLang={setLang}
        auth={auth}
        onAsk={(ask) => dispatch({ type: 'setAsk', ask })}
      />
      <main className="main">
        {graphView && (
          <>
            {/* Beside the matrix or the gaps the legend steps aside: the graph keeps the room. */}
            {!split && (
              <Legend
                model={data.model}
                inFilter={inFilter}
                missions={missions}
                hidden={state.hiddenLabels}
                mission={state.mission}
                layout={mode === 'network' ? state.layout : null}
                progress={progress}
                lang={lang}
                t={t}
                onToggle={(label) => dispatch({ type: 'toggleLabel', label })}
                onMission={(mission) => dispatch({ type: 'setMission', mission })}
                onLayout={(layout) => dispatch({ type: 'setLayout', layout })}
                sizeBy={sizeBy}
                colourBy={colourBy}
                onSizeBy={setSizeBy}
                onColourBy={setColourBy}
              />
            )}
            <GraphCanvas
              mode={mode}
              model={drawn}
              positions={positions}
              decor={decor}
              rowOf={rowOf}
              activeRow={state.mission}
              sizeBy={sizeBy}
              colourBy={colourBy}
              visible={visible}
              selected={state.selected}
              highlight={highlight}
              fitKey={`${fitKey}|${state.mission ?? ''}|${split ?? ''}`}
              zoom={zoom}
              onZoom={onZoom}
              layoutError={layoutError}
              status={data.status}
              error={data.error}
              truncated={data.truncated}
              t={t}
              onRetry={data.retry}
              onSelect={select}
              onExpand={expand}
              onReady={setCanExport}
              exportCommand={exportCommand}
              exportView={state.view}
            />
          </>
        )}
        {state.ask && (
          // A question's answer opens beside the graph; "show in graph" draws what it rests on and selects it there.
          <AskPanel
            question={state.ask}
            lang={lang}
            t={t}
            onAsk={(ask) => dispatch({ type: 'setAsk', ask })}
            onClose={() => dispatch({ type: 'setAsk', ask: null })}
            onShow={(nodes, rels, ids) => {
              data.addElements(nodes.map(toKNode), rels.map(toKEdge));
              dispatch({ type: 'select', ids });
            }}
          />
        )}
        {split && !state.ask && (
          <SplitView
            split={split}
            model={data.model}
            lang={lang}
            t={t}
            onClose={() => dispatch({ type: 'setView', view: 'kies' })}
            onSelect={(ids) => dispatch({ type: 'select', ids })}
            onShow={(nodes) => {
              data.addElements(nodes.map(toKNode), []);
              dispatch({ type: 'select', ids: nodes.map((n) => n.id) });
            }}
          />
        )}
        <span id="side-panel-start" tabIndex={-1} />
        <SidePanel
          panel={state.panel}
          model={data.model}
          visible={visible}
          selected={state.selected}
          path={state.path}
          missions={missions}
          lang={lang}
          t={t}
          onPanel={(panel) => dispatch({ type: 'setPanel', panel })}
          onSelect={(id) => select([id])}
          onFocus={(id) => dispatch({ type: 'select', ids: [id, ...state.selected.filter((x) => x !== id)] })}
          onExpand={expand}
          onPath={(path) => dispatch({ type: 'setPath', path })}
          onPathResult={onPathResult}
          onPartnerResult={onPartnerResult}
          editor={editor}
          deleted={editor ? deleted : null}
          onCurated={onCurated}
        />
      </main>
    </div>
  );
}
