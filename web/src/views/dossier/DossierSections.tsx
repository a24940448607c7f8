// The dossier's sections: members per dimension, gaps, paths with their quotes, and the numbered citations.
import type { CitationIndex } from '../../core/dossier/dossier-citations';
import { lineSpan } from '../../core/dossier/dossier-citations';
import { distinctQuotes, hopEnds, type MemberGroup, type PathGroup } from '../../core/dossier/dossier-model';
import type { DossierGap, DossierProvenance } from '../../core/dossier/dossier-types';
import { relationName, type Lang, type Translate } from '../../core/i18n/i18n';
import { sourceUrl } from '../../core/provenance/source-span';
import type { NamedNode } from '../../core/texts/node-names';
import { gapSentences, plainText } from '../../core/texts/sentences';

type Name = (n: NamedNode) => string;

/** "[3, 7]": the numbers of a fact's citations in the list at the end. */
export function Refs({ provenance, index }: { provenance: DossierProvenance; index: CitationIndex }) {
  const numbers = index.numbers(provenance);
  if (!numbers.length) return null;
  return (
    <sup className="refs">
      [
      {numbers.map((n, i) => (
        <span key={n}>
          {i > 0 && ', '}
          <a href={`#cite-${n}`}>{n}</a>
        </span>
      ))}
      ]
    </sup>
  );
}

export function MembersSection({
  groups,
  heading,
  name,
  index,
  t,
}: {
  groups: MemberGroup[];
  heading: string;
  name: Name;
  index: CitationIndex;
  t: Translate;
}) {
  return (
    <section className="dossier-section" aria-labelledby="dossier-members" data-testid="dossier-members">
      <h2 id="dossier-members">{heading}</h2>
      <dl className="members">
        {groups.map((g) => (
          <div key={g.dimension ?? g.label} className="member-group" data-dimension={g.dimension ?? g.label}>
            <dt>
              {g.title} <span className="count">({g.members.length})</span>
            </dt>
            <dd>
              {g.members.length === 0 ? (
                <span className="muted">{t('dossier.none')}</span>
              ) : (
                <ul>
                  {g.members.map((m) => (
                    <li key={m.node.id}>
                      <span className="member-name">{name(m.node)}</span>
                      {/* The Dutch name where an English one is shown (citations quote it), and the full name. */}
                      {[m.node.name, m.node.fullName]
                        .filter((x, i, all): x is string => !!x && !name(m.node).includes(x) && all.indexOf(x) === i)
                        .map((x) => (
                          <span key={x} className="full" lang={x === m.node.name ? 'nl' : undefined}>
                            {' '}
                            — {x}
                          </span>
                        ))}
                      {m.rels.map((r) => (
                        <Refs key={r.id} provenance={r.provenance} index={index} />
                      ))}
                    </li>
                  ))}
                </ul>
              )}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

export function GapsSection({
  gaps,
  subject,
  name,
  lang,
  t,
}: {
  gaps: DossierGap[];
  subject: NamedNode;
  name: Name;
  lang: Lang;
  t: Translate;
}) {
  return (
    <section className="dossier-section" aria-labelledby="dossier-gaps" data-testid="dossier-gaps">
      <h2 id="dossier-gaps">
        {t('dossier.gaps')} ({gaps.length})
      </h2>
      {gaps.length === 0 && <p>{t('dossier.noGaps', { name: name(subject) })}</p>}
      <ul className="dossier-gaps">
        {gaps.map((g) => {
          const text = gapSentences(lang, t, g);
          return (
            <li key={g.id} className={`sev-${g.severity}`} data-message={g.message}>
              <span className="sev">{t(`severity.${g.severity}`)}</span> <strong>{plainText(text.title, name)}</strong>
              <p>{plainText(text.explanation, name)}</p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

export function PathsSection({
  groups,
  heading,
  name,
  index,
  lang,
  t,
}: {
  groups: PathGroup[];
  heading: string;
  name: Name;
  index: CitationIndex;
  lang: Lang;
  t: Translate;
}) {
  return (
    <section className="dossier-section" aria-labelledby="dossier-paths" data-testid="dossier-paths">
      <h2 id="dossier-paths">
        {heading} ({groups.length})
      </h2>
      <p className="muted">{t('dossier.pathsHint')}</p>
      {groups.length === 0 && <p>{t('dossier.noPaths')}</p>}
      {groups.map((g) => (
        <div key={g.end.id} className="path-group">
          <h3>{name(g.end)}</h3>
          <ol>
            {g.paths.map((p) => (
              <li key={p.hops.map((h) => h.relationship.id).join('|')}>
                <span className="chain">{p.nodes.map((n) => name(n)).join(' — ')}</span>
                <ul className="hops">
                  {p.hops.map((h) => {
                    const { start, end } = hopEnds(p, h.relationship);
                    return (
                      <li key={h.relationship.id}>
                        <span className="hop">
                          {start ? name(start) : h.relationship.start}{' '}
                          <em>{relationName(lang, h.relationship.type)}</em> {end ? name(end) : h.relationship.end}
                        </span>
                        {h.relationship.role && <span className="role"> ({h.relationship.role})</span>}
                        <Refs provenance={h.relationship.provenance} index={index} />
                        {distinctQuotes(h.relationship).map((q) => (
                          <q key={q}>{q}</q>
                        ))}
                      </li>
                    );
                  })}
                </ul>
              </li>
            ))}
          </ol>
        </div>
      ))}
    </section>
  );
}

export function CitationsSection({ index, t }: { index: CitationIndex; t: Translate }) {
  return (
    <section className="dossier-section" aria-labelledby="dossier-citations" data-testid="dossier-citations">
      <h2 id="dossier-citations">{t('dossier.citations')}</h2>
      <p className="muted">{t('dossier.citationsHint', { count: index.list.length, files: index.byFile.length })}</p>
      {index.byFile.map((f) => (
        <div key={f.file} className="citation-file">
          <h3>
            <a href={sourceUrl(f.file)}>{f.file}</a>
          </h3>
          <ol className="citations">
            {f.entries.map((c) => (
              <li key={c.n} id={`cite-${c.n}`} value={c.n}>
                <span className="lines">{lineSpan(c)}</span> {c.quote && <q>{c.quote}</q>}
              </li>
            ))}
          </ol>
        </div>
      ))}
    </section>
  );
}
