// Partner finder: suggestions for an organisation or PPP, each with its reasons.
import { useEffect, useState } from 'react';
import { gql } from '../core/api/client';
import { PARTNERS_QUERY } from '../core/api/queries';
import type { WireNode } from '../core/api/wire';
import { labelName, type Lang, type Translate } from '../core/i18n/i18n';

interface Suggestion {
  score: number;
  node: WireNode;
  reasons: { kind: string; explanation: string; via: { id: string; name: string }[] }[];
}

export function PartnersPanel({ id, name, lang, t, onSelect }: { id: string | null; name: string | null; lang: Lang; t: Translate; onSelect: (id: string) => void }) {
  const [items, setItems] = useState<Suggestion[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setItems(null);
    setError(null);
    if (!id) return;
    const abort = new AbortController();
    gql<{ partners: Suggestion[] }>(PARTNERS_QUERY, { of: id, limit: 15 }, { signal: abort.signal })
      .then((d) => setItems(d.partners))
      .catch((e: Error) => !abort.signal.aborted && setError(e.message));
    return () => abort.abort();
  }, [id]);
  return (
    <section aria-labelledby="partners-h">
      <h2 id="partners-h">{t('partners.title')}{name ? `: ${name}` : ''}</h2>
      {!id && <p className="muted">{t('partners.pick')}</p>}
      {error && <p className="error" role="alert">{error}</p>}
      {id && !items && !error && <p aria-busy="true">{t('loading')}</p>}
      {items && items.length === 0 && <p>{t('partners.none')}</p>}
      <ol className="partners">
        {items?.map((s) => (
          <li key={s.node.id}>
            <button type="button" className="link" onClick={() => onSelect(s.node.id)}>{s.node.name}</button>{' '}
            <span className="tag">{labelName(lang, s.node.label ?? s.node.labels[0] ?? '')}</span> <span className="muted">{s.score.toFixed(1)}</span>
            <ul>{s.reasons.map((r, i) => <li key={i}>{r.explanation}</li>)}</ul>
          </li>
        ))}
      </ol>
    </section>
  );
}
