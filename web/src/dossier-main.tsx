// Entry of the printable dossier (?dossier=<id>[&lang=nl|en]): mounts the dossier page instead of the explorer.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initialLang } from './core/i18n/i18n';
import { DossierPage } from './views/dossier/DossierPage';

const storage = (() => {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
})();

export function mountDossier(id: string, lang: string | null): void {
  const chosen = lang === 'nl' || lang === 'en' ? lang : initialLang(storage, navigator.language);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <DossierPage id={id} initialLang={chosen} storage={storage} />
    </StrictMode>,
  );
}
