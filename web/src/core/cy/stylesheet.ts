// The Cytoscape stylesheet: colours from the palette, labels gated by zoom, decor boxes behind everything.
import type { StylesheetJson } from 'cytoscape';
import { FIG_FONT_PX, FIG_LONG_SCALE, NODE_FONT_PX, NODE_LABEL_PX } from './label-fit';

export function stylesheet(): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        'background-color': 'data(color)',
        shape: 'data(shape)' as never,
        width: 22,
        height: 22,
        label: 'data(label)',
        'font-size': NODE_FONT_PX,
        'text-valign': 'bottom',
        'text-margin-y': 3,
        color: '#1f2328',
        'min-zoomed-font-size': 7,
        // Labels arrive cut to NODE_LABEL_PX (label-fit.ts), so no 'text-wrap: ellipsis': Cytoscape's own re-measures
        // them on every style pass. No defaults restated either (text-wrap none, border 0, z-index 0; edges are
        // drawn under nodes anyway): every listed property is applied and checked per element on each style pass.
      },
    },
    { selector: 'node.ngf', style: { 'border-width': 3, 'border-color': '#ef6c00' } },
    {
      selector: 'node.l-Mission',
      style: {
        width: 48,
        height: 48,
        'font-size': 16,
        'font-weight': 'bold',
        'text-max-width': '210px',
        'text-wrap': 'wrap',
        'min-zoomed-font-size': 0,
      },
    },
    {
      selector: 'node.l-Ministry',
      style: {
        width: 40,
        height: 28,
        'font-size': 16,
        'font-weight': 'bold',
        'text-wrap': 'ellipsis',
        'text-max-width': `${NODE_LABEL_PX}px`,
        'min-zoomed-font-size': 0,
      },
    },
    {
      selector: 'node.decor',
      style: {
        shape: 'rectangle',
        width: 'data(w)',
        height: 'data(h)',
        'background-color': '#f3f5f8',
        'background-opacity': 1,
        label: 'data(label)',
        'text-valign': 'top',
        'text-halign': 'center',
        'text-margin-y': 0,
        'font-size': 15,
        'font-weight': 'bold',
        color: '#455a64',
        'text-max-width': '1000px',
        'text-wrap': 'wrap',
        'min-zoomed-font-size': 4,
        // Under the edges (which are under the nodes).
        'z-compound-depth': 'bottom',
        events: 'no',
      },
    },
    {
      selector: 'node.decor-lane',
      style: {
        'background-opacity': 0,
        'border-width': 1,
        'border-color': '#b0bec5',
        'border-style': 'dashed',
        'text-valign': 'top',
        'text-margin-y': 4,
        'font-size': 10,
        'text-max-width': 'data(w)',
      },
    },
    // Row and band titles sit in the left end of their box (dx: from the box centre to the title column).
    {
      selector: 'node.decor-row',
      style: {
        'text-valign': 'center',
        'text-margin-x': 'data(dx)' as never,
        'font-size': 18,
        'text-max-width': '60px',
        color: '#8e24aa',
      },
    },
    { selector: 'node.decor-row.shade-1', style: { 'background-color': '#e8edf3' } },
    {
      selector: 'node.decor-band',
      style: {
        'background-color': '#fff4e0',
        'text-valign': 'center',
        'text-margin-x': 'data(dx)' as never,
        'text-max-width': '140px',
        'font-size': 11,
      },
    },
    // The mission filter's row.
    {
      selector: 'node.decor.active',
      style: { 'background-color': '#fbe4f4', 'border-width': 2, 'border-color': '#b5179e' },
    },
    // KIES figure: a small marker with the short name beside it, names in columns as in the printed Figuur 5.
    // min-zoomed-font-size (inherited, 7) drops the names when the whole figure is tiny.
    {
      selector: 'node.fig',
      style: {
        width: 8,
        height: 8,
        'font-size': FIG_FONT_PX,
        'text-halign': 'right',
        'text-valign': 'center',
        'text-margin-x': 4,
        'text-margin-y': 0,
      },
    },
    {
      selector: 'node.fig.l-Ministry',
      style: { width: 10, 'font-weight': 'bold', 'text-wrap': 'none', 'min-zoomed-font-size': 7 },
    },
    {
      selector: 'node.fig.l-Mission',
      style: { width: 16, height: 16, 'font-size': FIG_FONT_PX, 'text-max-width': '112px', 'min-zoomed-font-size': 7 },
    },
    // Zoomed in (class set by the zoom-level controller): name and full name on two lines, at a smaller font.
    {
      selector: 'node.fig.lod',
      style: {
        label: 'data(labelLong)',
        'font-size': FIG_FONT_PX / FIG_LONG_SCALE,
        'text-wrap': 'wrap',
        'text-max-width': '400px',
        'font-weight': 'normal',
      },
    },
    // Missions keep their label width zoomed in (two lines of the full name), so fitting the view again is exact.
    { selector: 'node.fig.l-Mission.lod', style: { 'text-max-width': '112px' } },
    {
      selector: 'edge',
      style: {
        width: 1,
        'line-color': 'data(color)',
        // The default curve, haystack, keeps many edges cheap; highlighted edges switch to bezier (edge.hl).
        opacity: 0.35,
      },
    },
    { selector: 'edge.inferred', style: { 'line-style': 'dashed' as const } },
    // Figuur 5 shows membership of a mission by the row, not by lines: draw those only on demand.
    { selector: 'edge[?implied]', style: { visibility: 'hidden' } },
    { selector: 'edge[?implied].hl, edge[?implied].hov', style: { visibility: 'visible' } },
    // Relations inside the KIES figure: drawn for the hovered or selected node only.
    { selector: 'edge.quiet', style: { display: 'none' } },
    { selector: 'edge.quiet.hl, edge.quiet.hov', style: { display: 'element' } },
    {
      selector: 'edge.hov',
      style: {
        opacity: 0.9,
        width: 2,
        'z-index': 14,
        'curve-style': 'bezier',
        'target-arrow-shape': 'triangle',
        'target-arrow-color': '#37474f',
        'arrow-scale': 0.7,
      },
    },
    // Size by degree / betweenness and colour by a property (EmphasisController sets size and tint).
    { selector: 'node.sized', style: { width: 'data(size)', height: 'data(size)' } },
    { selector: 'node.tinted', style: { 'background-color': 'data(tint)' } },
    { selector: '.faded', style: { opacity: 0.12 } },
    { selector: 'edge.faded', style: { opacity: 0.04 } },
    { selector: 'node.decor.faded', style: { opacity: 1 } },
    {
      selector: 'node.hl',
      style: {
        'border-width': 3,
        'border-color': '#fdd835',
        'z-index': 20,
        'font-weight': 'bold',
        label: 'data(labelBold)',
        'min-zoomed-font-size': 0,
      },
    },
    {
      selector: 'edge.hl',
      style: {
        opacity: 0.95,
        width: 2.5,
        'z-index': 15,
        'curve-style': 'bezier',
        'target-arrow-shape': 'triangle',
        'target-arrow-color': '#37474f',
        'arrow-scale': 0.8,
      },
    },
    {
      selector: 'node:selected',
      style: {
        'border-width': 4,
        'border-color': '#111',
        'z-index': 30,
        'min-zoomed-font-size': 0,
        'font-weight': 'bold',
        label: 'data(labelBold)',
      },
    },
    { selector: '.hidden', style: { display: 'none' } },
  ];
}
