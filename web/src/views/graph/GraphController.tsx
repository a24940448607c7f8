// The one owner of the Cytoscape instance: syncs elements, positions, visibility, selection and highlight. Renders nothing.
import { useEffect, useRef } from 'react';
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import svg from 'cytoscape-svg';
import { stylesheet } from '../../core/cy/stylesheet';
import type { Positions } from '../../core/graph/types';

cytoscape.use(svg);

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

  // Create once per container; pixelRatio 1 and textureOnViewport keep big graphs smooth (shared/notes).
  useEffect(() => {
    if (!props.container) return;
    const cy = cytoscape({
      container: props.container,
      style: stylesheet(),
      layout: { name: 'preset' },
      pixelRatio: 1,
      textureOnViewport: true,
      hideEdgesOnViewport: false,
      minZoom: 0.05,
      maxZoom: 4,
      wheelSensitivity: 0.3,
      boxSelectionEnabled: true,
      selectionType: 'single',
    });
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
      const ids = cy.nodes(':selected').filter((n) => !n.data('decor')).map((n) => n.id());
      propsRef.current.onSelect(ids);
    });
    cyRef.current = cy;
    propsRef.current.onReady(cy);
    return () => {
      propsRef.current.onReady(null);
      cy.destroy();
      cyRef.current = null;
    };
  }, [props.container]);

  // Elements: add what is new in one call, drop what is gone; decor labels follow the language.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const wanted = new Set(props.elements.map((el) => el.data.id!));
    cy.batch(() => {
      cy.elements().filter((el) => !wanted.has(el.id())).remove();
      const missing = props.elements.filter((el) => cy.getElementById(el.data.id!).empty());
      const nodes = missing.filter((el) => el.group === 'nodes');
      const edges = missing.filter((el) => el.group === 'edges');
      if (missing.length) cy.add([...nodes, ...edges]);
      for (const el of props.elements) {
        if (el.group === 'edges') {
          const edge = cy.getElementById(el.data.id!);
          if (edge.data('implied') !== el.data.implied) edge.data('implied', el.data.implied);
        } else if (!el.data.decor) {
          // A curated rename reaches the canvas without rebuilding the element.
          const node = cy.getElementById(el.data.id!);
          if (node.data('label') !== el.data.label) node.data('label', el.data.label);
        } else {
          const node = cy.getElementById(el.data.id!);
          node.data({ label: el.data.label, w: el.data.w, h: el.data.h });
          if (el.position) node.position(el.position);
        }
      }
    });
  }, [props.elements, props.container]);

  // Positions, visibility and highlight in one batch, then fit when a new picture starts.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const { positions, visible, selected, highlight } = props;
    cy.batch(() => {
      cy.nodes().forEach((n) => {
        if (n.data('decor')) return;
        const p = positions[n.id()];
        if (p) n.position(p);
        n.toggleClass('hidden', !visible.has(n.id()));
      });
      cy.elements().removeClass('hl faded');
      cy.nodes(':selected').unselect();
      const sel = byIds(cy, selected);
      sel.select();
      let focus = highlight
        ? byIds(cy, [...highlight.nodeIds, ...highlight.edgeIds])
        : sel.length === 1
          ? sel.closedNeighborhood()
          : sel;
      focus = focus.filter((e) => !e.data('decor'));
      if (focus.nonempty()) {
        cy.elements().filter((e) => !e.data('decor')).not(focus).addClass('faded');
        focus.addClass('hl');
        if (!highlight && sel.length > 1) sel.edgesWith(sel).addClass('hl').removeClass('faded');
      }
    });
    const drawable = cy.nodes().filter((n) => !n.data('decor') && n.visible());
    if (drawable.nonempty() && Object.keys(positions).length && fitted.current !== props.fitKey) {
      fitted.current = props.fitKey;
      cy.fit(cy.elements().filter((e) => e.visible()), 20);
      requestAnimationFrame(() => propsRef.current.onRendered());
    }
  }, [props.positions, props.visible, props.selected, props.highlight, props.fitKey, props.container]);

  // Focus: a new single selection (search, table, panel links) is centred if it is off screen.
  const focusId = props.selected.length === 1 ? props.selected[0] : null;
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || !focusId) return;
    const node = cy.getElementById(focusId);
    if (node.empty()) return;
    const bb = cy.extent();
    const p = node.position();
    const inside = p.x > bb.x1 && p.x < bb.x2 && p.y > bb.y1 && p.y < bb.y2;
    if (!inside || cy.zoom() < 0.5) cy.animate({ center: { eles: node }, zoom: Math.max(cy.zoom(), 0.9) }, { duration: 300 });
  }, [focusId, props.positions]);

  return null;
}
