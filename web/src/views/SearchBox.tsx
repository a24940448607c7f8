// Search with autocomplete: instant local matches, then the server's ranked hits; arrows + Enter pick one.
import { useId, useMemo, useRef, useState } from 'react';
import { useQuery } from '../core/api/use-query';
import { isQuestion } from '../core/ask/ask-loader';
import { askText } from '../core/ask/ask-texts';
import type { GraphModel } from '../core/graph/types';
import { labelName, type Lang } from '../core/i18n/i18n';
import type { Translate } from '../core/i18n/i18n';
import { mergeResults, searchLocal, type SearchResult } from '../core/search/search';
import { remoteResults, SEARCH_HITS, SearchDocument, searchVariables } from '../core/search/search-loader';

interface Props {
  model: GraphModel;
  lang: Lang;
  t: Translate;
  onPick: (id: string) => void;
  /** Enter on a sentence asks it as a question (the answer opens beside the graph). */
  onAsk?: (question: string) => void;
  placeholder?: string;
  id?: string;
}

export function SearchBox({ model, lang, t, onPick, onAsk, placeholder, id }: Props) {
  const [text, setText] = useState('');
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const listId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  // Instant local matches, then the server's ranked hits merged in; a failed search keeps the local ones (the
  // search box is no place for an error banner).
  const local = useMemo(
    () => (text.trim() ? searchLocal(model.nodes.values(), text, 10, lang) : []),
    [text, model, lang],
  );
  const remote = useQuery(SearchDocument, searchVariables(text), { delayMs: 150 });
  const results = useMemo(
    () => (remote.data ? mergeResults(local, remoteResults(remote.data, lang), SEARCH_HITS) : local),
    [local, remote.data, lang],
  );

  const pick = (r: SearchResult | undefined) => {
    if (!r) return;
    onPick(r.id);
    setText('');
    setOpen(false);
  };

  return (
    <div className="search" role="search">
      <label className="sr-only" htmlFor={id ?? listId + 'in'}>
        {t('search.label')}
      </label>
      <input
        ref={inputRef}
        id={id ?? listId + 'in'}
        type="search"
        role="combobox"
        aria-expanded={open && results.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && results[active] ? `${listId}-${active}` : undefined}
        placeholder={placeholder ?? t('search.placeholder')}
        value={text}
        autoComplete="off"
        onChange={(e) => {
          setText(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') setActive((a) => Math.min(a + 1, results.length - 1));
          else if (e.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
          else if (e.key === 'Enter' && onAsk && isQuestion(text)) {
            onAsk(text.trim());
            setText('');
            setOpen(false);
          } else if (e.key === 'Enter') pick(results[active]);
          else if (e.key === 'Escape') setOpen(false);
          else return;
          e.preventDefault();
        }}
      />
      {open && text.trim() && (
        <ul className="search-results" id={listId} role="listbox">
          {onAsk && isQuestion(text) && (
            <li className="search-hint" data-testid="ask-hint">
              {askText(lang, 'hint')}
            </li>
          )}
          {results.length === 0 && <li className="muted">{t('search.none')}</li>}
          {results.map((r, i) => (
            <li
              key={r.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'active' : ''}
              onMouseDown={(e) => {
                e.preventDefault();
                pick(r);
              }}
            >
              <span className="name">{r.name}</span> <span className="tag">{labelName(lang, r.label)}</span>
              {r.detail && <div className="detail">{r.detail}</div>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
