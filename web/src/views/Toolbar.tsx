// Top bar: view tabs, search, exports, link copy, sign-in, language switch.
import { useState } from 'react';
import { downloadBlob, exportFileName } from '../core/export/download';
import { selectionCsv } from '../core/export/selection-csv';
import type { GraphModel } from '../core/graph/types';
import type { Lang, Translate } from '../core/i18n/i18n';
import { VIEWS, type ViewId } from '../core/state/view-state';
import type { Auth } from './auth/use-auth';
import { SignInControl } from './auth/SignInControl';
import { SearchBox } from './SearchBox';

interface Props {
  view: ViewId;
  model: GraphModel;
  selected: string[];
  /** The graph is drawn and can be exported (PNG, SVG). */
  canExport: boolean;
  /** Asks the graph's export controller for a PNG or SVG file of the whole graph. */
  onExport: (kind: 'png' | 'svg') => void;
  lang: Lang;
  t: Translate;
  onView: (v: ViewId) => void;
  onPick: (id: string) => void;
  /** Asks a sentence typed in the search box as a question. */
  onAsk?: (question: string) => void;
  onLang: (l: Lang) => void;
  auth: Auth;
}

export function Toolbar({
  view,
  model,
  selected,
  canExport,
  onExport,
  lang,
  t,
  onView,
  onPick,
  onLang,
  auth,
  onAsk,
}: Props) {
  const [copied, setCopied] = useState(false);
  const graphView = view === 'kies' || view === 'network';
  const exportCsv = async () => {
    const text = await selectionCsv(selected, model.nodes);
    downloadBlob(exportFileName(view, 'csv'), new Blob([text], { type: 'text/csv;charset=utf-8' }));
  };
  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(location.href);
      setCopied(true);
      setTimeout(() => setCopied(false), 1500);
    } catch {
      // Clipboard blocked (http, permissions): the address bar holds the same link.
    }
  };
  return (
    <header className="toolbar">
      <h1>
        {t('app.title')} <small>{t('app.subtitle')}</small>
      </h1>
      <nav aria-label="views" className="tabs" role="tablist">
        {VIEWS.map((v) => (
          <button
            key={v}
            type="button"
            role="tab"
            aria-selected={v === view}
            className={v === view ? 'active' : ''}
            onClick={() => onView(v)}
            data-testid={`tab-${v}`}
          >
            {t(`view.${v}`)}
          </button>
        ))}
      </nav>
      <SearchBox model={model} lang={lang} t={t} onPick={onPick} onAsk={onAsk} id="main-search" />
      <div className="exports">
        {graphView && (
          <button type="button" onClick={() => onExport('png')} disabled={!canExport}>
            {t('export.png')}
          </button>
        )}
        {graphView && (
          <button type="button" onClick={() => onExport('svg')} disabled={!canExport}>
            {t('export.svg')}
          </button>
        )}
        <button type="button" onClick={exportCsv} disabled={selected.length === 0}>
          {t('export.csv')}
        </button>
        <button type="button" onClick={copyLink}>
          {copied ? t('export.copied') : t('export.link')}
        </button>
        <a href="/graphiql.html">{t('graphiql')}</a>
      </div>
      <SignInControl auth={auth} t={t} />
      <button
        type="button"
        className="lang"
        lang={lang === 'nl' ? 'en' : 'nl'}
        onClick={() => onLang(lang === 'nl' ? 'en' : 'nl')}
        data-testid="lang-switch"
      >
        {t('lang.switch')}
      </button>
    </header>
  );
}
