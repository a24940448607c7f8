// The printable dossier of a mission or PPP (?dossier=<id>): figure, members, gaps, paths, citations, permalink.
import { useEffect, useMemo, useState } from 'react';
import { periodLabel } from '../../core/details/period';
import { citationIndex } from '../../core/dossier/dossier-citations';
import { isMission, loadDossier } from '../../core/dossier/dossier-loader';
import { memberGroups, pathGroups, subjectGaps } from '../../core/dossier/dossier-model';
import type { DossierData } from '../../core/dossier/dossier-types';
import { labelName, rememberLang, translator, type Lang } from '../../core/i18n/i18n';
import { displayName, dutchNameBeside, namer } from '../../core/texts/node-names';
import { CuratorNote } from '../CuratorNote';
import { DossierFigureView } from './DossierFigureView';
import { CitationsSection, GapsSection, MembersSection, PathsSection, Refs } from './DossierSections';
import './dossier.css';

interface Props {
  id: string;
  initialLang: Lang;
  storage: Storage | null;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The link that opens this dossier again, in this language. */
const dossierLink = (id: string, lang: Lang) =>
  `${location.origin}${location.pathname}?dossier=${encodeURIComponent(id)}&lang=${lang}`;

export function DossierPage({ id, initialLang, storage }: Props) {
  const [lang, setLang] = useState<Lang>(initialLang);
  const t = useMemo(() => translator(lang), [lang]);
  const [data, setData] = useState<DossierData | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    const abort = new AbortController();
    setError(null);
    loadDossier(id, abort.signal)
      .then(setData)
      .catch((e: Error) => !abort.signal.aborted && setError(e.message));
    return () => abort.abort();
  }, [id, attempt]);
  useEffect(() => {
    document.documentElement.lang = lang;
    rememberLang(storage, lang);
    history.replaceState(null, '', `?dossier=${encodeURIComponent(id)}&lang=${lang}`);
  }, [lang, id, storage]);
  useEffect(() => {
    document.title = `${t(data && isMission(data.subject) ? 'dossier.kind.mission' : 'dossier.kind.node')}: ${data ? displayName(data.subject, lang) : id}`;
    // Tests and print automation wait for this: every section is drawn.
    if (data) document.body.dataset.dossierReady = lang;
  }, [data, id, lang, t]);

  const parts = useMemo(() => {
    if (!data) return null;
    const mission = isMission(data.subject);
    const named = memberGroups(data, (g) =>
      g.dimension ? capitalise(t(`dim.${g.dimension}`)) : labelName(lang, g.label),
    );
    const paths = pathGroups(data.paths);
    const index = citationIndex([
      data.subject.provenance,
      ...named.flatMap((g) => g.members.flatMap((m) => m.rels.map((r) => r.provenance))),
      ...data.paths.flatMap((p) => p.hops.map((h) => h.relationship.provenance)),
    ]);
    const all = [
      data.subject,
      ...named.flatMap((g) => g.members.map((m) => m.node)),
      ...data.paths.flatMap((p) => p.nodes),
    ];
    return {
      mission,
      groups: named,
      paths,
      index,
      gaps: subjectGaps(data.gaps, data.subject.id),
      name: namer(all, lang),
    };
  }, [data, lang, t]);

  const toolbar = (
    <nav className="dossier-toolbar no-print" aria-label={t('dossier.open')}>
      <a href={`/?sel=${encodeURIComponent(id)}`}>{t('dossier.back')}</a>
      <span className="spacer" />
      <label>
        {t('dossier.lang')}{' '}
        <select value={lang} onChange={(e) => setLang(e.target.value as Lang)} data-testid="dossier-lang">
          <option value="nl">Nederlands</option>
          <option value="en">English</option>
        </select>
      </label>
      <button type="button" onClick={() => window.print()} disabled={!data} data-testid="dossier-print">
        {t('dossier.print')}
      </button>
    </nav>
  );
  if (error) {
    return (
      <main className="dossier">
        {toolbar}
        <p className="error" role="alert">
          {t('error.title')}: {error}{' '}
          <button type="button" onClick={() => setAttempt((a) => a + 1)}>
            {t('error.retry')}
          </button>
        </p>
      </main>
    );
  }
  if (!data || !parts)
    return (
      <main className="dossier">
        {toolbar}
        <p className="muted" aria-busy="true">
          {t('loading')}
        </p>
      </main>
    );
  const { subject } = data;
  const link = dossierLink(subject.id, lang);
  // The English name where the sources give one; the Dutch name follows it (the data and its citations are Dutch).
  const title = displayName(subject, lang);
  const dutchName = dutchNameBeside(subject, lang);
  return (
    <main className="dossier" data-testid="dossier">
      {toolbar}
      {/* On paper the head and the figure share a landscape first page (dossier.css). */}
      <div className="dossier-front">
        <header className="dossier-head">
          <p className="kind">
            {t(parts.mission ? 'dossier.kind.mission' : 'dossier.kind.node')} ·{' '}
            {subject.labels.map((l) => labelName(lang, l)).join(', ')}
          </p>
          <h1>{title}</h1>
          {dutchName && (
            <p className="full-name" data-testid="dossier-dutch-name">
              {t('details.dutchName')}: <span lang="nl">{dutchName}</span>
            </p>
          )}
          {subject.fullName && subject.fullName !== subject.name && subject.fullName !== title && (
            <p className="full-name">{subject.fullName}</p>
          )}
          {subject.period && (
            <p className="period" data-testid="dossier-period">
              <strong>{t('details.period')}:</strong>{' '}
              <span title={subject.period.text}>{periodLabel(subject.period, t)}</span>
              {/* On paper there is no hover: the source's words follow when they differ from the years. */}
              {subject.period.text !== periodLabel(subject.period, t) && (
                <span className="muted"> (“{subject.period.text}”)</span>
              )}
            </p>
          )}
          {subject.target && (
            <p className="target">
              <strong>{t('dossier.target')}:</strong> {subject.target}
            </p>
          )}
          {subject.description && <p className="description">{subject.description}</p>}
          <p className="muted">
            {t('dossier.provenance')}:{' '}
            {subject.provenance.confidence ? t(`details.${subject.provenance.confidence}`) : '—'}{' '}
            <Refs provenance={subject.provenance} index={parts.index} />
            {subject.provenance.note && <CuratorNote note={subject.provenance.note} t={t} />}
          </p>
          <p className="permalink">
            <strong>{t('dossier.permalink')}:</strong>{' '}
            <a href={link} data-testid="dossier-permalink">
              {link}
            </a>
          </p>
          <p className="muted">
            {t('dossier.compiled', {
              date: new Date().toLocaleDateString(lang === 'nl' ? 'nl-NL' : 'en-GB', {
                year: 'numeric',
                month: 'long',
                day: 'numeric',
              }),
            })}
          </p>
        </header>
        <section className="dossier-section figure-section" aria-labelledby="dossier-figure">
          <h2 id="dossier-figure">{t('dossier.figure')}</h2>
          <p className="muted">{t('dossier.figureHint', { name: title })}</p>
          <DossierFigureView data={data} lang={lang} t={t} />
        </section>
      </div>
      <MembersSection
        groups={parts.groups}
        heading={t(parts.mission ? 'dossier.members' : 'dossier.membersNode')}
        name={parts.name}
        index={parts.index}
        t={t}
      />
      {subject.relationships.length < subject.degree && (
        <p className="muted">{t('dossier.capped', { shown: subject.relationships.length, total: subject.degree })}</p>
      )}
      <GapsSection gaps={parts.gaps} subject={subject} name={parts.name} lang={lang} t={t} />
      <PathsSection
        groups={parts.paths}
        heading={t(parts.mission ? 'dossier.paths.mission' : 'dossier.paths.node')}
        name={parts.name}
        index={parts.index}
        lang={lang}
        t={t}
      />
      <CitationsSection index={parts.index} t={t} />
    </main>
  );
}
