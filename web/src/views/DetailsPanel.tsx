// Details of the focused node: names, description, provenance and its relations (RelationList).
import { useState } from 'react';
import { labelSpec } from '@kies/schema';
import { useQuery } from '../core/api/use-query';
import type { Viewer } from '../core/auth/auth-state';
import type { AuditEvent } from '../core/curation/audit';
import { NodeDetailsDocument, nodeDetailsVariables } from '../core/details/details-loader';
import { periodLabel } from '../core/details/period';
import type { GraphModel } from '../core/graph/types';
import { kindName, labelName, type Lang, type Translate } from '../core/i18n/i18n';
import { displayName, dutchNameBeside } from '../core/texts/node-names';
import { deferred } from './deferred';
import { RelationList } from './RelationList';
import { Provenance } from './SourceExcerpt';

// Edit forms exist only for signed-in editors: their code loads on first use (or in idle time after the figure).
const CurationTools = deferred(() => import('./curation/CurationTools').then((m) => m.CurationTools));

interface Props {
  id: string | null;
  lang: Lang;
  t: Translate;
  onSelect: (id: string) => void;
  onExpand: (id: string) => void;
  onPathFrom: (id: string) => void;
  onPartners: (id: string) => void;
  /** Set only for a viewer who may edit: no editor, no edit controls in the page at all. */
  editor: Viewer | null;
  model: GraphModel;
  onCurated: (audit: AuditEvent) => void;
}

export function DetailsPanel({
  id,
  lang,
  t,
  onSelect,
  onExpand,
  onPathFrom,
  onPartners,
  editor,
  model,
  onCurated,
}: Props) {
  // Bumped after each write: the node (and its history) is read again in place, no loading flash, history stays open.
  const [version, setVersion] = useState(0);
  const details = useQuery(NodeDetailsDocument, nodeDetailsVariables(id), { refresh: version });
  const node = details.data?.node ?? null;
  const error = details.error?.message ?? null;

  if (!id) return <p className="muted">{t('details.none')}</p>;
  if (error)
    return (
      <p className="error" role="alert">
        {t('error.title')}: {error}
      </p>
    );
  if (!node)
    return (
      <p className="muted" aria-busy="true">
        {t('loading')}
      </p>
    );
  // The English name where the sources give one; the Dutch name stays in sight (the data and its quotes are Dutch).
  const name = displayName(node, lang);
  const dutchName = dutchNameBeside(node, lang);
  const englishName = lang === 'nl' && node.nameEn && node.nameEn !== node.name ? node.nameEn : null;
  return (
    <article className="details" aria-labelledby="details-name">
      <h2 id="details-name">{name}</h2>
      <p className="tags">
        {node.labels.map((l) => (
          <span key={l} className="tag">
            {labelName(lang, l)}
          </span>
        ))}
      </p>
      <dl>
        {dutchName && (
          <>
            <dt>{t('details.dutchName')}</dt>
            <dd lang="nl" data-testid="details-dutch-name">
              {dutchName}
            </dd>
          </>
        )}
        {englishName && (
          <>
            <dt>{t('details.englishName')}</dt>
            <dd lang="en">{englishName}</dd>
          </>
        )}
        {node.fullName && (
          <>
            <dt>{t('details.fullName')}</dt>
            <dd className="full-name">{node.fullName}</dd>
          </>
        )}
        {node.aliases && node.aliases.length > 0 && (
          <>
            <dt>{t('details.aliases')}</dt>
            <dd>{node.aliases.join(', ')}</dd>
          </>
        )}
        {node.code && (
          <>
            <dt>{t('details.code')}</dt>
            <dd>{node.code}</dd>
          </>
        )}
        {node.kind && (
          <>
            <dt>{t('details.kind')}</dt>
            <dd>{kindName(lang, node.kind)}</dd>
          </>
        )}
        {node.amountText && (
          <>
            <dt>{t('details.amount')}</dt>
            <dd>{node.amountText}</dd>
          </>
        )}
        {node.period && (
          <>
            <dt>{t('details.period')}</dt>
            {/* The source's own words on hover: the years are a reading of them. */}
            <dd className="period" title={node.period.text} data-testid="details-period">
              {periodLabel(node.period, t)}
            </dd>
          </>
        )}
      </dl>
      {node.target && <p className="target">{node.target}</p>}
      {node.description && <p className="description">{node.description}</p>}
      <div className="actions">
        <button type="button" onClick={() => onExpand(node.id)}>
          {t('details.expand')}
        </button>
        <button type="button" onClick={() => onPathFrom(node.id)}>
          {t('details.pathFrom')}
        </button>
        {/* The printable dossier (figure, members, gaps, paths, citations) of a mission or PPP. */}
        {(node.labels.includes('Mission') || node.labels.includes('PPP')) && (
          <a
            className="button"
            href={`?dossier=${encodeURIComponent(node.id)}`}
            title={t('dossier.openHint', { name })}
            data-testid="open-dossier"
          >
            {t('dossier.open')}
          </a>
        )}
        {/* Kinds the partner finder suggests collaborators for: `partners.seeks` in the label registry. */}
        {[...node.labels, ...(node.label ? [node.label] : [])].some((l) => labelSpec(l).partners.seeks) && (
          <button type="button" onClick={() => onPartners(node.id)}>
            {t('details.partners')}
          </button>
        )}
      </div>
      {editor && (
        <CurationTools
          key={node.id}
          node={node}
          viewer={editor}
          model={model}
          version={version}
          lang={lang}
          t={t}
          onChanged={(audit) => {
            setVersion((v) => v + 1);
            onCurated(audit);
          }}
        />
      )}
      {node.provenance && (
        <details>
          <summary>{t('details.provenance')}</summary>
          <Provenance
            sources={node.provenance.sources ?? []}
            quotes={node.provenance.quotes ?? []}
            confidence={node.provenance.confidence ?? null}
            note={node.provenance.note ?? null}
            t={t}
          />
        </details>
      )}
      <RelationList
        key={`relations-${node.id}`}
        nodeId={node.id}
        rels={node.relationships}
        degree={node.degree ?? null}
        model={model}
        lang={lang}
        t={t}
        onSelect={onSelect}
      />
    </article>
  );
}
