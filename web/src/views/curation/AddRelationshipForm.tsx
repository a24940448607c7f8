// Adds a relationship from the focused node: a type the model allows from it, a target found with the search box.
import { useState } from 'react';
import { isRelationshipType, type NodeLabel } from '@kies/schema';
import type { AuditEvent } from '../../core/curation/audit';
import { createRelationship } from '../../core/curation/curation-loader';
import { emptyProvenance } from '../../core/curation/provenance-input';
import {
  RELATIONSHIP_FIELD_ALIASES,
  targetLabels,
  toCreateRelationshipInput,
  typesFrom,
  type RelationshipDraft,
} from '../../core/curation/relationship-form';
import type { GraphModel } from '../../core/graph/types';
import { labelName, relationName, type Lang, type Translate } from '../../core/i18n/i18n';
import { SearchBox } from '../SearchBox';
import { FieldError, GeneralErrors, invalidProps } from './FieldErrors';
import { ProvenanceFields } from './ProvenanceFields';
import { useWrite } from './use-write';

interface Props {
  node: { id: string; labels: NodeLabel[] };
  model: GraphModel;
  lang: Lang;
  t: Translate;
  onDone: (audit: AuditEvent) => void;
  onCancel: () => void;
}

export function AddRelationshipForm({ node, model, lang, t, onDone, onCancel }: Props) {
  const types = typesFrom(node.labels);
  const [draft, setDraft] = useState<RelationshipDraft>({ type: types[0] ?? '', target: null, role: '' });
  const [prov, setProv] = useState(emptyProvenance);
  const { busy, errors, run } = useWrite(['type', 'start', 'target', 'role'], RELATIONSHIP_FIELD_ALIASES);
  const formId = `relate-${node.id}`;
  if (types.length === 0) return <p className="muted">{t('edit.relNoTypes')}</p>;

  const save = async () => {
    const { type } = draft;
    if (!type) return;
    const input = toCreateRelationshipInput(node.id, { ...draft, type }, prov);
    const audit = await run(() => createRelationship(input));
    if (audit) onDone(audit);
  };
  const allowed = (draft.type ? targetLabels(draft.type) : []).map((l) => labelName(lang, l)).join(', ');
  const picked = draft.target ? (model.nodes.get(draft.target)?.name ?? draft.target) : null;
  return (
    <form
      className="curation-form"
      data-testid="relate-form"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <label>
        {t('edit.relType')}
        <select
          value={draft.type}
          onChange={(e) => isRelationshipType(e.target.value) && setDraft({ ...draft, type: e.target.value })}
          {...invalidProps(errors, formId, 'type')}
          data-testid="rel-type"
        >
          {types.map((type) => (
            <option key={type} value={type}>
              {relationName(lang, type)}
            </option>
          ))}
        </select>
      </label>
      <FieldError errors={errors} formId={formId} field="type" />
      <FieldError errors={errors} formId={formId} field="start" />
      <div className="field">
        <span>{t('edit.relTarget')}</span>
        <SearchBox
          model={model}
          lang={lang}
          t={t}
          id={`${formId}-target`}
          placeholder={t('edit.relTargetHint', { labels: allowed })}
          onPick={(id) => setDraft({ ...draft, target: id })}
        />
        {picked && (
          <span className="picked" data-testid="rel-target">
            {t('edit.relPicked', { name: picked })}
          </span>
        )}
      </div>
      <FieldError errors={errors} formId={formId} field="target" />
      <label>
        {t('edit.relRole')}
        <input
          value={draft.role}
          onChange={(e) => setDraft({ ...draft, role: e.target.value })}
          {...invalidProps(errors, formId, 'role')}
        />
      </label>
      <FieldError errors={errors} formId={formId} field="role" />
      <ProvenanceFields formId={formId} value={prov} errors={errors} t={t} onChange={setProv} />
      <GeneralErrors errors={errors} t={t} />
      <div className="actions">
        <button type="submit" disabled={busy} data-testid="rel-save">
          {busy ? t('edit.saving') : t('edit.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('edit.cancel')}
        </button>
      </div>
    </form>
  );
}
