// Partner finder: suggestions for an organisation, PPP, TKI or topsector, each with its reasons said by name.
import { useEffect, useEffectEvent, useMemo } from 'react';
import { useQuery } from '../core/api/use-query';
import type { GraphModel } from '../core/graph/types';
import { labelName, type Lang, type Translate } from '../core/i18n/i18n';
import { namer, type NamedNode } from '../core/texts/node-names';
import { PartnersDocument, partnersVariables, type PartnerNode } from '../core/partners/partners-loader';
import { reasonSentence } from '../core/texts/sentences';
import { NodeText } from './NodeText';

interface Props {
  id: string | null;
  model: GraphModel;
  lang: Lang;
  t: Translate;
  onSelect: (id: string) => void;
  /** The suggested nodes (empty when none): the app draws and highlights them in the graph. */
  onResult: (nodes: PartnerNode[]) => void;
}

export function PartnersPanel({ id, model, lang, t, onSelect, onResult }: Props) {
  const query = useQuery(PartnersDocument, partnersVariables(id));
  const items = query.data?.partners ?? null;
  // The subject as the server names it: a node found by search or a shared link may not be drawn yet.
  const subject = query.data?.subject ?? null;
  const error = query.error?.message ?? null;
  // The app draws and highlights the suggestions; none while the next ones load.
  // An effect event: the latest onResult, without re-reporting the same items when the app passes a new callback.
  const report = useEffectEvent((nodes: PartnerNode[]) => onResult(nodes));
  useEffect(() => report(items ? items.map((s) => s.node) : []), [items]);
  useEffect(() => () => report([]), []);
  const name = useMemo(
    () =>
      namer(
        [
          ...model.nodes.values(),
          ...(subject ? [subject] : []),
          ...(items ?? []).flatMap((s) => [s.node, ...s.reasons.flatMap((r) => r.via)]),
        ],
        lang,
      ),
    [model, subject, items, lang],
  );
  const known = id ? model.nodes.get(id) : undefined;
  const me: NamedNode | null =
    subject?.id === id
      ? subject
      : known
        ? {
            id: known.id,
            name: known.name,
            nameEn: known.nameEn,
            labels: known.labels,
            fullName: known.fullName,
            code: known.code,
          }
        : null;
  const pick = (n: NamedNode) => onSelect(n.id);
  return (
    <section aria-labelledby="partners-h">
      <h2 id="partners-h">
        {t('partners.title')}
        {me ? `: ${name(me)}` : ''}
      </h2>
      {!id && <p className="muted">{t('partners.pick')}</p>}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {id && !items && !error && <p aria-busy="true">{t('loading')}</p>}
      {items && items.length === 0 && (
        <p data-testid="partners-none">{t('partners.noLinks', { name: me ? name(me) : '' })}</p>
      )}
      {items && items.length > 0 && <p className="muted">{t('partners.highlighted')}</p>}
      <ol className="partners" data-testid="partner-list">
        {items?.map((s) => (
          <li key={s.node.id}>
            <button type="button" className="link" onClick={() => onSelect(s.node.id)}>
              {name(s.node)}
            </button>{' '}
            <span className="tag">{labelName(lang, s.node.label ?? s.node.labels[0] ?? '')}</span>{' '}
            <span className="muted">{s.score.toFixed(1)}</span>
            <ul>
              {s.reasons.map((r, i) => (
                <li key={i} className="reason">
                  <NodeText
                    segments={reasonSentence(t, r, s.node, me ?? { id: id ?? '', name: '…', labels: [] })}
                    name={name}
                    onSelect={pick}
                  />
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </section>
  );
}
