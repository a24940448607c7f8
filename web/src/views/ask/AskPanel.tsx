// The answer to a question, beside the graph: how it was understood, the list with the evidence per item (or the
// paths hop by hop, the findings, the number), choices for an ambiguous name, suggestions when not understood.
import { useMemo } from 'react';
import { useQuery } from '../../core/api/use-query';
import {
  answerNodes,
  answerRelationships,
  askVariables,
  AskDocument,
  citationPlace,
  shownIds,
  type Answer,
  type AnswerItem,
  type Citation,
} from '../../core/ask/ask-loader';
import type { ApiNode, ApiRel } from '../../core/graph/from-api';
import { askText } from '../../core/ask/ask-texts';
import { labelName, relationName, type Lang, type Translate } from '../../core/i18n/i18n';
import { displayName, namer } from '../../core/texts/node-names';
import { gapSentences, plainText } from '../../core/texts/sentences';
import './ask-panel.css';

interface Props {
  question: string;
  lang: Lang;
  t: Translate;
  /** "Show in graph": draws these nodes and relationships and selects `ids`. */
  onShow: (nodes: ApiNode[], relationships: ApiRel[], ids: string[]) => void;
  /** Asks another question (a suggestion, or the question again with a chosen name). */
  onAsk: (question: string) => void;
  onClose: () => void;
}

function Quote({ c, lang }: { c: Citation; lang: Lang }) {
  return (
    <blockquote className="ask-quote" data-testid="ask-quote">
      {c.quote ? `“${c.quote}”` : askText(lang, 'noQuote')} <cite>{citationPlace(c, lang)}</cite>
    </blockquote>
  );
}

function Item({
  item,
  name,
  lang,
  onShow,
}: {
  item: AnswerItem;
  name: (n: AnswerItem['node']) => string;
  lang: Lang;
  onShow: () => void;
}) {
  return (
    <li className="ask-item" data-testid="ask-item">
      <button type="button" className="link" onClick={onShow}>
        {name(item.node)}
      </button>{' '}
      <span className="tag">{labelName(lang, item.node.label)}</span>
      {item.detail && <div className="detail">{item.detail}</div>}
      <ul className="ask-evidence" aria-label={askText(lang, 'evidence')}>
        {item.evidence.map((e, i) => (
          <li key={i}>
            <span className="ask-evidence-text">{e.text}</span>
            {e.provenance.citations.slice(0, 2).map((c, j) => (
              <Quote key={j} c={c} lang={lang} />
            ))}
            {e.provenance.citations.length === 0 && (
              <Quote c={{ source: '', file: '', startLine: null, quote: null }} lang={lang} />
            )}
          </li>
        ))}
      </ul>
    </li>
  );
}

export function AskPanel({ question, lang, t, onShow: draw, onAsk, onClose }: Props) {
  // Everything the answer rests on is drawn; the whole answer, or the one item or path clicked, is selected.
  const onShow = (answer: Answer, ids?: string[]) =>
    draw(answerNodes(answer), answerRelationships(answer), ids ?? shownIds(answer));
  const query = useQuery(AskDocument, askVariables(question, lang), { keepData: false });
  const answer = query.data?.ask ?? null;
  const name = useMemo(() => namer(answer ? answerNodes(answer) : [], lang), [answer, lang]);
  const body = () => {
    if (query.error)
      return (
        <div className="state error" role="alert">
          {askText(lang, 'error')}: {query.error.message}
        </div>
      );
    if (!answer)
      return (
        <div className="state" aria-busy="true">
          {askText(lang, 'loading')}
        </div>
      );
    const it = answer.interpretation;
    return (
      <>
        {it.intent !== 'NOT_UNDERSTOOD' && (
          <p className="ask-understood" data-testid="ask-interpretation">
            {askText(lang, 'understood')}: <strong>{it.query}</strong>
            {it.entities.length > 0 && (
              <span className="ask-entities">
                {' '}
                · {askText(lang, 'linked')}:{' '}
                {it.entities
                  .map(
                    (e) =>
                      `“${e.mention}” → ${name(e.node)} (${askText(lang, 'confidence')} ${Math.round(e.confidence * 100)}%)`,
                  )
                  .join('; ')}
              </span>
            )}
          </p>
        )}
        <p className="ask-summary" data-testid="ask-summary" role="status">
          {answer.summary}
        </p>
        {answer.count !== null && (
          <p className="ask-count" data-testid="ask-count">
            {askText(lang, 'count')}: <strong>{answer.count}</strong>
          </p>
        )}
        {(answer.items.length > 0 || answer.paths.length > 0 || answer.findings.length > 0) && (
          <button type="button" className="ask-show" data-testid="ask-show" onClick={() => onShow(answer)}>
            {askText(lang, 'show')}
          </button>
        )}
        {answer.items.length > 0 && answer.count === null && (
          <ol className="ask-items" data-testid="ask-items">
            {answer.items.map((item) => (
              <Item
                key={item.node.id}
                item={item}
                name={name}
                lang={lang}
                onShow={() => onShow(answer, [item.node.id])}
              />
            ))}
          </ol>
        )}
        {answer.paths.length > 0 && (
          <ol className="ask-paths" data-testid="ask-paths">
            {answer.paths.map((p, i) => (
              <li key={i} className="ask-item">
                <button
                  type="button"
                  className="link"
                  onClick={() =>
                    onShow(
                      answer,
                      p.nodes.map((n) => n.id),
                    )
                  }
                >
                  {askText(lang, 'path')} {i + 1}
                </button>
                <ul className="ask-evidence">
                  {p.hops.map((h, j) => (
                    <li key={j}>
                      <span className="ask-evidence-text">
                        {/* A hop may walk a relationship backwards ("KIA contributors ← member of — TU/e"). */}
                        {displayName(h.from, lang)}{' '}
                        {h.relationship.start === h.from.id
                          ? `—${relationName(lang, h.relationship.type)}→`
                          : `←${relationName(lang, h.relationship.type)}—`}{' '}
                        {displayName(h.to, lang)}
                      </span>
                      {h.relationship.provenance.citations.slice(0, 1).map((c, k) => (
                        <Quote key={k} c={c} lang={lang} />
                      ))}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        )}
        {answer.findings.length > 0 && (
          <ul className="ask-findings" data-testid="ask-findings">
            {answer.findings.map((f) => (
              <li key={f.id} className={`gap sev-${f.severity}`}>
                <button
                  type="button"
                  className="link"
                  onClick={() =>
                    onShow(
                      answer,
                      f.nodes.map((n) => n.id),
                    )
                  }
                >
                  {plainText(gapSentences(lang, t, f).title, name)}
                </button>
              </li>
            ))}
          </ul>
        )}
        {answer.choices.map((c) => (
          <div key={c.mention} className="ask-choices" data-testid="ask-choices">
            <p>{askText(lang, 'choose')}:</p>
            <ul>
              {c.candidates.map((cand) => (
                <li key={cand.node.id}>
                  <button
                    type="button"
                    className="link"
                    onClick={() =>
                      onAsk(
                        question.replace(
                          new RegExp(c.mention.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i'),
                          cand.node.fullName ?? cand.node.code ?? cand.node.name,
                        ),
                      )
                    }
                  >
                    {name(cand.node)}{' '}
                    <span className="tag">
                      {labelName(lang, cand.node.label)}
                      {cand.node.code ? ` ${cand.node.code}` : ''}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          </div>
        ))}
        {answer.suggestions.length > 0 && (
          <div className="ask-suggestions" data-testid="ask-suggestions">
            <p>{askText(lang, 'suggestions')}:</p>
            <ul>
              {answer.suggestions.map((s) => (
                <li key={s}>
                  <button type="button" className="link" onClick={() => onAsk(s)}>
                    {s}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        )}
      </>
    );
  };
  return (
    <section className="split ask-panel" aria-labelledby="ask-h" data-testid="ask-panel">
      <h2 id="ask-h">
        {askText(lang, 'title')}: <q>{question}</q>
      </h2>
      <button type="button" className="split-close" onClick={onClose} data-testid="ask-close">
        {askText(lang, 'close')}
      </button>
      {body()}
    </section>
  );
}
