// The one owner of the Cytoscape instance: syncs elements, positions, visibility, selection and highlight. Renders nothing.
import { useEffect, useLayoutEffect, useRef } from 'react';
import type { Core, ElementDefinition } from 'cytoscape';
import type { Positions } from '../../core/graph/types';
import { steppedZoom, wheelZoomFactor, type ZoomCommand } from '../../core/zoom/zoom';
import { afterPainted, bringIntoView, createCy, fitVisible } from './cy-instance';
import { adoptEarlyFigure, removeEarlyHost } from './early-figure';
import { announceGraph } from './inspector';
import { routeOf } from './route';

/** The existing elements among `ids`, as one collection. */
function byIds(cy: Core, ids: Iterable<string>) {
  let out = cy.collection();
  for (const id of ids) {
    const el = cy.getElementById(id);
    if (el.nonempty()) out = out.union(el);
  }
  return out;
}

export interface Highlight {
  nodeIds: Set<string>;
  edgeIds: Set<string>;
}

export interface GraphControllerProps {
  container: HTMLDivElement | null;
  elements: ElementDefinition[];
  positions: Positions;
  visible: Set<string>;
  selected: string[];
  highlight: Highlight | null;
  /** Changes when a new picture starts (other view, new layout): then the view is fitted again. */
  fitKey: string;
  /** The latest zoom button or key press; each new one is applied once. */
  zoom: ZoomCommand | null;
  onSelect: (ids: string[]) => void;
  onExpand: (id: string) => void;
  onReady: (cy: Core | null) => void;
  onRendered: () => void;
}

export function GraphController(props: GraphControllerProps): null {
  const cyRef = useRef<Core | null>(null);
  const propsRef = useRef(props);
  propsRef.current = props;
  const fitted = useRef('');
  const zoomTarget = useRef<number | null>(null);

  // Creating, filling and fitting run as layout effects (in this order): the elements reach Cytoscape in the commit
  // that brings them, so its next animation frame draws them, not the one after a paint of the page without them.
  // Create once per container, or take the start figure boot.ts drew before the app mounted (early-figure.ts).
  useLayoutEffect(() => {
    if (!props.container) return;
    const early = adoptEarlyFigure(props.container);
    const cy = early ?? createCy(props.container);
    cy.on('tap', 'node', (e) => {
      if (e.target.data('decor')) return;
      propsRef.current.onSelect([e.target.id()]);
    });
    cy.on('tap', (e) => {
      if (e.target === cy) propsRef.current.onSelect([]);
    });
    cy.on('dbltap', 'node', (e) => {
      if (!e.target.data('decor')) propsRef.current.onExpand(e.target.id());
    });
    cy.on('boxselect', () => {
      const ids = cy
        .nodes(':selected')
        .filter((n) => !n.data('decor'))
        .map((n) => n.id());
      propsRef.current.onSelect(ids);
    });
    // Wheel zoom like a map (about 1.4x per notch, zoom.ts). Cytoscape's own wheel zoom is ~1.05x per mouse notch
    // and its only knob, wheelSensitivity, logs a warning on every load; a capture listener on the wrapper runs
    // before Cytoscape's listener on the container and takes over wheel events (touch pinch stays Cytoscape's).
    const wrapper = props.container.parentElement;
    const onWheel = (e: WheelEvent) => {
      if (e.deltaY === 0) return;
      e.preventDefault();
      e.stopPropagation();
      const box = props.container!.getBoundingClientRect();
      const level = Math.max(cy.minZoom(), Math.min(cy.maxZoom(), cy.zoom() * wheelZoomFactor(e)));
      cy.zoom({ level, renderedPosition: { x: e.clientX - box.left, y: e.clientY - box.top } });
    };
    wrapper?.addEventListener('wheel', onWheel, { capture: true, passive: false });
    // A harness's inspector (browser tests, benchmarks) sees the instance; the explorer itself exposes nothing.
    const release = announceGraph(cy);
    cyRef.current = cy;
    propsRef.current.onReady(cy);
    // A node tapped on the early figure is the user's first selection.
    const tapped = early ? early.nodes(':selected').filter((n) => !n.data('decor')) : null;
    if (tapped?.nonempty()) propsRef.current.onSelect(tapped.map((n) => n.id()));
    return () => {
      wrapper?.removeEventListener('wheel', onWheel, { capture: true });
      release();
      propsRef.current.onReady(null);
      const host = early ? cy.container() : null;
      cy.destroy();
      // An adopted instance brought its host: it goes too, or it would cover the next instance's canvas.
      if (host) removeEarlyHost(host);
      cyRef.current = null;
    };
  }, [props.container]);

  // Elements: add what is new in one call, drop what is gone; decor labels follow the language.
  useLayoutEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const wanted = new Set(props.elements.map((el) => el.data.id!));
    cy.batch(() => {
      cy.elements()
        .filter((el) => !wanted.has(el.id()))
        .remove();
      const missing = props.elements.filter((el) => cy.getElementById(el.data.id!).empty());
      const nodes = missing.filter((el) => el.group === 'nodes');
      const edges = missing.filter((el) => el.group === 'edges');
      if (missing.length)
        cy.add([...nodes, ...edges].map((el) => ({ ...el, data: { ...el.data, cls: el.classes ?? '' } })));
      const added = new Set(missing.map((el) => el.data.id));
      for (const el of props.elements) {
        if (added.has(el.data.id)) continue; // just added from this very definition
        // Figure or network look (class fig, quiet edges), the filtered mission's row: only where it changed.
        const now = cy.getElementById(el.data.id!);
        const classes = (el.classes as string | undefined) ?? '';
        if (now.data('cls') !== classes) {
          const keep = now
            .classes()
            .filter(
              (c) =>
                c === 'hl' ||
                c === 'faded' ||
                c === 'hidden' ||
                c === 'lod' ||
                c === 'hov' ||
                c === 'sized' ||
                c === 'tinted',
            );
          now.classes([...classes.split(' ').filter(Boolean), ...keep]);
          now.data('cls', classes);
        }
        if (el.group === 'edges') {
          const edge = cy.getElementById(el.data.id!);
          if (edge.data('implied') !== el.data.implied) edge.data('implied', el.data.implied);
        } else if (!el.data.decor) {
          // A curated rename reaches the canvas without rebuilding the element.
          const node = cy.getElementById(el.data.id!);
          if (node.data('label') !== el.data.label || node.data('labelLong') !== el.data.labelLong) {
            node.data({
              label: el.data.label,
              labelBold: el.data.labelBold,
              labelLong: el.data.labelLong,
              title: el.data.title,
            });
          }
        } else {
          // Only on a change (language, expansion): each setter restyles the box and redraws the whole figure.
          const node = cy.getElementById(el.data.id!);
          const { label, w, h } = el.data;
          if (node.data('label') !== label || node.data('w') !== w || node.data('h') !== h)
            node.data({ label, w, h, dx: el.data.dx });
          const at = node.position();
          if (el.position && (at.x !== el.position.x || at.y !== el.position.y)) node.position(el.position);
        }
      }
    });
  }, [props.elements, props.container]);

  // Positions, visibility and highlight in one batch, then fit when a new picture starts.
  const { positions, visible, selected, highlight, fitKey, container } = props;
  useLayoutEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.batch(() => {
      cy.nodes().forEach((n) => {
        if (n.data('decor')) return;
        // Touch only what changed: every setter marks the node dirty for style, bounds and the next draw.
        const p = positions[n.id()];
        if (p) {
          const at = n.position();
          if (at.x !== p.x || at.y !== p.y) n.position(p);
        }
        const hide = !visible.has(n.id());
        if (n.hasClass('hidden') !== hide) n.toggleClass('hidden', hide);
      });
      // Only where set: Cytoscape's removeClass restyles (and emits for) every element it is called on.
      cy.elements('.hl, .faded').removeClass('hl faded');
      cy.nodes(':selected').unselect();
      const sel = byIds(cy, selected);
      sel.select();
      let focus = highlight
        ? byIds(cy, [...highlight.nodeIds, ...highlight.edgeIds])
        : sel.length === 1
          ? routeOf(sel)
          : sel;
      focus = focus.filter((e) => !e.data('decor'));
      if (focus.nonempty()) {
        cy.elements()
          .filter((e) => !e.data('decor'))
          .not(focus)
          .addClass('faded');
        focus.addClass('hl');
        if (!highlight && sel.length > 1) sel.edgesWith(sel).addClass('hl').removeClass('faded');
      }
    });
    const drawable = cy.nodes().filter((n) => !n.data('decor') && n.visible());
    if (drawable.nonempty() && Object.keys(positions).length && fitted.current !== fitKey) {
      fitted.current = fitKey;
      fitVisible(cy);
      // Ready once the fitted picture is on screen; forceRender makes sure a frame follows even if nothing moved.
      afterPainted(cy, () => propsRef.current.onRendered());
      cy.forceRender();
    }
  }, [positions, visible, selected, highlight, fitKey, container]);

  // Zoom buttons and keys: a step around the centre of the view, or fit what is visible.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || !props.zoom) return;
    if (props.zoom.kind === 'fit') {
      cy.animate({ fit: { eles: cy.elements().filter((e) => e.visible()), padding: 20 } }, { duration: 200 });
    } else {
      // Quick presses step from where the previous step is heading, not from the middle of its animation.
      const from = cy.animated() && zoomTarget.current ? zoomTarget.current : cy.zoom();
      cy.stop(true, true);
      const level = steppedZoom(from, props.zoom.kind, cy.minZoom(), cy.maxZoom());
      zoomTarget.current = level;
      cy.animate({ zoom: { level, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } } }, { duration: 150 });
    }
  }, [props.zoom]);

  // Focus: a new single selection (search, table, panel links, a gap finding) is centred if it is off the middle.
  const focusId = props.selected.length === 1 ? props.selected[0] : null;
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || !focusId) return;
    const node = cy.getElementById(focusId);
    if (node.empty()) return;
    // Centred unless it already stands in the middle of the view (its relations fan out from there).
    const bb = cy.extent();
    const mx = bb.w * 0.2;
    const my = bb.h * 0.2;
    const p = node.position();
    const inside = p.x > bb.x1 + mx && p.x < bb.x2 - mx && p.y > bb.y1 + my && p.y < bb.y2 - my;
    if (!inside || cy.zoom() < 0.5)
      cy.animate({ center: { eles: node }, zoom: Math.max(cy.zoom(), 0.9) }, { duration: 300 });
  }, [focusId, props.positions]);

  // A selection of several nodes (a matrix cell, a gap finding) is brought into view as a whole, at most at 1.2x.
  const selectionKey = props.selected.length > 1 ? [...props.selected].sort().join(',') : '';
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || !selectionKey) return;
    const members = byIds(cy, selectionKey.split(',')).filter((n) => n.visible());
    if (members.nonempty()) bringIntoView(cy, members);
  }, [selectionKey, props.positions]);

  // What a panel lights up (partner suggestions, a traced path) is brought into view when part of it is off screen:
  // expanded organisations are placed below the figure, where the fitted start view does not reach.
  const highlightKey = props.highlight ? [...props.highlight.nodeIds].sort().join(',') : '';
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || !highlightKey) return;
    const members = byIds(cy, highlightKey.split(',')).filter((n) => n.visible());
    if (members.empty()) return;
    const view = cy.extent();
    const bb = members.boundingBox();
    if (bb.x1 < view.x1 || bb.x2 > view.x2 || bb.y1 < view.y1 || bb.y2 > view.y2) bringIntoView(cy, members);
  }, [highlightKey, props.positions]);

  return null;
}
