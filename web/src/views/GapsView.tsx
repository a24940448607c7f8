// Gap findings said in the interface language, every named node a link; "show" selects the affected nodes in the graph.
import { useMemo } from 'react';
import { useQuery } from '../core/api/use-query';
import { GapsDocument, type GapNode } from '../core/gaps/gaps-loader';
import type { GraphModel } from '../core/graph/types';
import type { Lang, Translate } from '../core/i18n/i18n';
import { namer } from '../core/texts/node-names';
import { gapSentences } from '../core/texts/sentences';
import { NodeText } from './NodeText';

interface Props {
  model: GraphModel;
  lang: Lang;
  t: Translate;
  /** Selects these nodes in the graph (one for a link in a sentence, all of a finding for "show"). */
  onShow: (nodes: GapNode[]) => void;
}

export function GapsView({ model, lang, t, onShow }: Props) {
  const query = useQuery(GapsDocument, {});
  const gaps = query.data?.gaps ?? null;
  const error = query.error?.message ?? null;
  // Names told apart over everything this screen and the graph name ("AI" the technology vs the three AI programmes).
  const name = useMemo(
    () => namer([...model.nodes.values(), ...(gaps ?? []).flatMap((g) => g.nodes)], lang),
    [model, gaps, lang],
  );
  if (error)
    return (
      <div className="state error" role="alert">
        {t('error.title')}: {error} <button onClick={query.refetch}>{t('error.retry')}</button>
      </div>
    );
  if (!gaps)
    return (
      <div className="state" aria-busy="true">
        {t('loading')}
      </div>
    );
  const byId = new Map(gaps.flatMap((g) => g.nodes).map((n) => [n.id, n]));
  const pick = (n: { id: string }) => onShow([byId.get(n.id)!]);
  return (
    <section className="gaps" aria-labelledby="gaps-h">
      <h2 id="gaps-h">
        {t('gaps.title')} ({gaps.length})
      </h2>
      {gaps.length === 0 && <p>{t('gaps.none')}</p>}
      <ul data-testid="gap-list">
        {gaps.map((g) => {
          const text = gapSentences(lang, t, g);
          return (
            <li key={g.id} className={`gap sev-${g.severity}`} data-message={g.message}>
              <span className="sev">{t(`severity.${g.severity}`)}</span>{' '}
              <strong className="gap-title">
                <NodeText segments={text.title} name={name} onSelect={pick} />
              </strong>
              <p className="gap-explanation">
                <NodeText segments={text.explanation} name={name} onSelect={pick} />
              </p>
              {g.nodes.length > 0 && (
                <button type="button" onClick={() => onShow(g.nodes)}>
                  {t('gaps.show')} ({g.nodes.length})
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
