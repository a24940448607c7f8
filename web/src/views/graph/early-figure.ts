// Draws the KIES start figure before React mounts (boot.ts) and hands its instance to the graph controller.
import type { Core, EventObject } from 'cytoscape';
import { canvasLabelFit } from '../../core/cy/label-fit';
import { constructorElements, startFigure } from '../../core/cy/start-figure';
import { buildGraph } from '../../core/graph/graph-model';
import type { LoadedGraph } from '../../core/graph/graph-loader';
import { initialLang, translator } from '../../core/i18n/i18n';
import { langStorage } from '../../core/i18n/lang-storage';
import { afterPainted, createCy, fitVisible } from './cy-instance';
import { routeOf } from './route';

/**
 * docs/decisions/024-start-figure-before-react.md. Until the app mounts, this module owns the instance: the figure
 * pans, zooms, selects on tap and shows a node's route on hover, Cytoscape's own interaction. The graph controller
 * then takes it (adoptEarlyFigure) and owns it from there; nothing here touches it again.
 */
type EarlyState =
  { kind: 'none' } | { kind: 'waiting' } | { kind: 'drawn'; cy: Core; host: HTMLDivElement; release: () => void };

let state: EarlyState = { kind: 'none' };

/**
 * The early host sits where the graph area will be (styles.css `.early-figure` mirrors the shell's layout); the
 * instance lives in a div inside it. Cytoscape destroys itself when its container leaves its parent, so it is the
 * host, not the container, that moves into the app's graph area.
 */
function earlyHost(label: string): { host: HTMLDivElement; container: HTMLDivElement } {
  const host = document.createElement('div');
  host.className = 'early-figure';
  host.setAttribute('role', 'img');
  host.setAttribute('aria-label', label);
  const container = document.createElement('div');
  container.className = 'cy-canvas';
  host.appendChild(container);
  document.body.appendChild(host);
  return { host, container };
}

/** Hover shows a node's route to the missions; the graph controller's own listeners replace these at adoption. */
function earlyInteraction(cy: Core): () => void {
  const over = (e: EventObject) => {
    if (!e.target.data('decor')) routeOf(e.target).edges().addClass('hov');
  };
  const out = () => cy.edges('.hov').removeClass('hov');
  cy.on('mouseover', 'node', over);
  cy.on('mouseout', 'node', out);
  return () => {
    cy.off('mouseover', 'node', over);
    cy.off('mouseout', 'node', out);
    out();
  };
}

/** Below this graph-area width (styles.css leaves the window minus legend and side panel) the app draws it. */
const MIN_AREA_PX = 280;
/** The app mounts after this long at the latest, painted or not (a background tab runs no animation frames). */
const PAINT_WAIT_MS = 1500;

/**
 * Draws the figure as soon as its data is in; resolves once that picture is painted (body[data-figure-drawn]), at
 * once when the data failed (the app then shows the error) or the graph area is too narrow, and after PAINT_WAIT_MS at
 * the latest. Never rejects: on any failure the host is gone and the app draws the figure itself.
 */
export async function drawEarlyFigure(figure: Promise<LoadedGraph>): Promise<void> {
  state = { kind: 'waiting' };
  let graph: LoadedGraph;
  try {
    graph = await figure;
  } catch {
    state = { kind: 'none' };
    return;
  }
  if (state.kind !== 'waiting') return; // the app mounted first and drew it itself
  let host: HTMLDivElement | null = null;
  try {
    const lang = initialLang(langStorage(), navigator.language);
    const t = translator(lang);
    const start = startFigure(buildGraph(graph.nodes, graph.edges), lang, canvasLabelFit());
    const early = earlyHost(`${t('view.kies')}: ${start.visible.size} nodes.`);
    host = early.host;
    if (host.clientWidth < MIN_AREA_PX) {
      host.remove();
      state = { kind: 'none' };
      return;
    }
    const cy = createCy(early.container, constructorElements(start.elements, start.positions, start.visible));
    fitVisible(cy);
    state = { kind: 'drawn', cy, host, release: earlyInteraction(cy) };
    const painted = await Promise.race([
      new Promise<boolean>((resolve) => afterPainted(cy, () => resolve(true))),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(false), PAINT_WAIT_MS)),
    ]);
    if (painted) document.body.dataset.figureDrawn = 'kies';
  } catch (error) {
    // A bug, not a user's problem: say so, and leave the page to the app.
    console.error('early-figure: the start figure could not be drawn before the app', error);
    if (state.kind === 'drawn') state.cy.destroy();
    host?.remove();
    state = { kind: 'none' };
  }
}

/**
 * The graph controller's first instance: the early figure moved into `container` (null when there is none, or the
 * app was first). The picture keeps its zoom and pan; the controller's first fit gives the same view when the
 * container has the size the early host had (styles.css), and corrects it when not.
 */
export function adoptEarlyFigure(container: HTMLElement): Core | null {
  const early = state;
  state = { kind: 'none' };
  if (early.kind !== 'drawn') return null;
  early.release();
  const { cy, host } = early;
  host.className = 'early-figure adopted';
  host.removeAttribute('role');
  host.removeAttribute('aria-label');
  container.appendChild(host);
  // Cytoscape caches where its container is on the page (pointer positions): moved, it must measure again.
  cy.resize();
  return cy;
}

/** After the controller destroyed an adopted instance (its container given): the host leaves the graph area too. */
export function removeEarlyHost(container: HTMLElement): void {
  container.closest('.early-figure')?.remove();
}
