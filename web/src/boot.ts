// Entry of the explorer page: asks for the start view's data first, draws the KIES figure, then mounts the app.
import { preloadFigure, preloadedFigure } from './core/graph/figure-preload';
import { langStorage } from './core/i18n/lang-storage';
import { isDefaultStart } from './core/state/view-state';
import './styles.css';

// ?dossier=<id> opens the printable dossier of a mission or PPP: no figure to preload, another bundle.
const params = new URLSearchParams(location.search);
const dossier = params.get('dossier');
if (dossier) {
  void import('./dossier-main').then((m) => m.mountDossier(dossier, params.get('lang')));
} else {
  // The server prepares the figure while the bundles download: this module is tiny and runs right after the HTML;
  // the other chunks are already requested by <link rel="modulepreload"> (vite.config.ts).
  preloadFigure(location.search);
  const figure = preloadedFigure();
  // The plain start page draws its figure as soon as the data is in, as bare Cytoscape would, and the app mounts
  // after that picture is painted, taking over the instance (docs/decisions/024-start-figure-before-react.md).
  const early =
    figure && isDefaultStart(location.search)
      ? import('./views/graph/early-figure').then((m) => m.drawEarlyFigure(figure))
      : null;
  // Meanwhile the main thread is free: open the stored language choice now, not in the first render.
  langStorage();
  // The app's chunks download meanwhile (modulepreload); evaluating them waits until the figure is painted, so the
  // ~100 ms React and the app take to evaluate do not hold the first picture back.
  void (early ?? Promise.resolve())
    .catch(() => undefined)
    .then(() => import('./main'))
    .then((m) => m.mountApp());
}
