// Gap findings as a list with explanations; "show" selects the affected nodes in the graph.
import { useEffect, useState } from 'react';
import { gql } from '../core/api/client';
import { GAPS_QUERY } from '../core/api/queries';
import type { WireNode } from '../core/api/wire';
import type { Translate } from '../core/i18n/i18n';

export interface WireGap {
  id: string;
  kind: string;
  severity: 'HIGH' | 'MEDIUM' | 'LOW';
  title: string;
  explanation: string;
  nodes: WireNode[];
}

export function GapsView({ t, onShow }: { t: Translate; onShow: (gap: WireGap) => void }) {
  const [gaps, setGaps] = useState<WireGap[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    const abort = new AbortController();
    setError(null);
    gql<{ gaps: WireGap[] }>(GAPS_QUERY, {}, { signal: abort.signal })
      .then((d) => setGaps(d.gaps))
      .catch((e: Error) => !abort.signal.aborted && setError(e.message));
    return () => abort.abort();
  }, [attempt]);
  if (error) return <div className="state error" role="alert">{t('error.title')}: {error} <button onClick={() => setAttempt((a) => a + 1)}>{t('error.retry')}</button></div>;
  if (!gaps) return <div className="state" aria-busy="true">{t('loading')}</div>;
  return (
    <section className="gaps" aria-labelledby="gaps-h">
      <h2 id="gaps-h">{t('gaps.title')} ({gaps.length})</h2>
      {gaps.length === 0 && <p>{t('gaps.none')}</p>}
      <ul data-testid="gap-list">
        {gaps.map((g) => (
          <li key={g.id} className={`gap sev-${g.severity}`}>
            <span className="sev">{t(`severity.${g.severity}`)}</span> <strong>{g.title}</strong>
            <p>{g.explanation}</p>
            {g.nodes.length > 0 && (
              <button type="button" onClick={() => onShow(g)}>{t('gaps.show')} ({g.nodes.map((n) => n.name).slice(0, 4).join(', ')}{g.nodes.length > 4 ? ', …' : ''})</button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
