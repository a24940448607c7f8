// Entry of the explorer page: asks for the start view's data first, then loads the app (fetched in parallel).
import { preloadFigure } from './core/graph/figure-preload';
import { langStorage } from './core/i18n/lang-storage';
import './styles.css';

// ?dossier=<id> opens the printable dossier of a mission or PPP: no figure to preload, another bundle.
const params = new URLSearchParams(location.search);
const dossier = params.get('dossier');
if (dossier) {
  void import('./dossier-main').then((m) => m.mountDossier(dossier, params.get('lang')));
} else {
  // The server prepares the figure while the app bundle downloads and evaluates: this module is tiny and runs
  // right after the HTML, the app chunk is already requested by a <link rel="modulepreload"> (vite.config.ts).
  preloadFigure(location.search);
  void import('./main');
  // Meanwhile the main thread is free: open the stored language choice now, not in the first render.
  langStorage();
}
