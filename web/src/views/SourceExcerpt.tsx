// Provenance of one fact: quotes with their source spans, and the surrounding source text on request.
import { useEffect, useState } from 'react';
import { parseSourceSpan, sourceUrl, sourceWindow, type SourceLine } from '../core/provenance/source-span';
import type { Translate } from '../core/i18n/i18n';
import { CuratorNote } from './CuratorNote';

const cache = new Map<string, Promise<string>>();
function fetchSource(file: string): Promise<string> {
  if (!cache.has(file)) {
    cache.set(
      file,
      fetch(sourceUrl(file)).then((r) => {
        if (!r.ok) throw new Error(`HTTP ${r.status}`);
        return r.text();
      }),
    );
  }
  return cache.get(file)!;
}

function SourceText({ source }: { source: string }) {
  const [lines, setLines] = useState<SourceLine[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const span = parseSourceSpan(source);
    if (!span) return setError(source);
    fetchSource(span.file)
      .then((text) => setLines(sourceWindow(text, span)))
      .catch((e: Error) => {
        cache.delete(span.file);
        setError(e.message);
      });
  }, [source]);
  if (error) return <p className="error">{error}</p>;
  if (!lines) return <p className="muted">…</p>;
  return (
    <pre className="source-text" tabIndex={0}>
      {lines.map((l) => (
        <div key={l.number} className={l.cited ? 'cited' : ''}>
          <span className="ln">{l.number}</span>
          {l.text}
        </div>
      ))}
    </pre>
  );
}

export function Provenance({
  sources,
  quotes,
  confidence,
  note,
  t,
}: {
  sources: string[];
  quotes: string[];
  confidence: string | null;
  note: string | null;
  t: Translate;
}) {
  const [open, setOpen] = useState<number | null>(null);
  return (
    <div className="provenance">
      {confidence && <span className={`conf conf-${confidence}`}>{t(`details.${confidence}`)}</span>}
      {note && <CuratorNote note={note} t={t} />}
      {sources.map((s, i) => (
        <div key={`${s}-${i}`} className="citation">
          {quotes[i] && <q>{quotes[i]}</q>}
          <div className="span">
            <code>{s}</code>{' '}
            <button
              type="button"
              className="link"
              aria-expanded={open === i}
              onClick={() => setOpen(open === i ? null : i)}
            >
              {open === i ? t('details.hideSource') : t('details.readSource')}
            </button>
          </div>
          {open === i && <SourceText source={s} />}
        </div>
      ))}
    </div>
  );
}
