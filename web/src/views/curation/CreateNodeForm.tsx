// Creates a node (createNode): kind, suggested kebab-case id, the node fields and provenance.
import { useState } from 'react';
import { isNodeLabel } from '@kies/schema';
import type { AuditEvent } from '../../core/curation/audit';
import { createNode } from '../../core/curation/curation-loader';
import {
  CREATABLE_LABELS,
  EDIT_FIELDS,
  kindsOf,
  suggestId,
  toCreateInput,
  type CreateNodeDraft,
} from '../../core/curation/node-form';
import { emptyProvenance } from '../../core/curation/provenance-input';
import { kindName, labelName, type Lang, type Translate } from '../../core/i18n/i18n';
import { FieldError, GeneralErrors, invalidProps } from './FieldErrors';
import { NodeFields } from './NodeFields';
import { ProvenanceFields } from './ProvenanceFields';
import { useWrite } from './use-write';

interface Props {
  lang: Lang;
  t: Translate;
  onDone: (audit: AuditEvent, id: string) => void;
  onCancel: () => void;
}

const FORM_ID = 'create-node';

export function CreateNodeForm({ lang, t, onDone, onCancel }: Props) {
  const [draft, setDraft] = useState<CreateNodeDraft>({
    id: '',
    label: 'Organisation',
    name: '',
    fullName: '',
    description: '',
    aliases: '',
    kind: '',
  });
  // The id follows the name until the user types one of their own.
  const [idTouched, setIdTouched] = useState(false);
  const [prov, setProv] = useState(emptyProvenance);
  const { busy, errors, run } = useWrite(['id', 'labels', 'kind', ...EDIT_FIELDS]);
  const kinds = kindsOf(draft.label);
  const update = (next: CreateNodeDraft) =>
    setDraft(idTouched ? next : { ...next, id: next.name ? suggestId(next.label, next.name) : '' });

  const save = async () => {
    const input = toCreateInput(draft, prov);
    const audit = await run(() => createNode(input));
    if (audit) onDone(audit, input.id);
  };
  return (
    <form
      className="curation-form"
      data-testid="create-form"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <label>
        {t('edit.label')}
        <select
          value={draft.label}
          // A kind chosen for another label does not carry over.
          onChange={(e) => isNodeLabel(e.target.value) && update({ ...draft, label: e.target.value, kind: '' })}
          {...invalidProps(errors, FORM_ID, 'labels')}
          data-testid="create-label"
        >
          {CREATABLE_LABELS.map((l) => (
            <option key={l} value={l}>
              {labelName(lang, l)}
            </option>
          ))}
        </select>
      </label>
      <FieldError errors={errors} formId={FORM_ID} field="labels" />
      {kinds && (
        <>
          <label>
            {t('details.kind')}
            <select
              value={draft.kind}
              onChange={(e) => update({ ...draft, kind: e.target.value })}
              {...invalidProps(errors, FORM_ID, 'kind')}
              data-testid="create-kind"
            >
              <option value="">—</option>
              {kinds.map((k) => (
                <option key={k} value={k}>
                  {kindName(lang, k)}
                </option>
              ))}
            </select>
          </label>
          <FieldError errors={errors} formId={FORM_ID} field="kind" />
        </>
      )}
      <NodeFields formId={FORM_ID} value={draft} errors={errors} t={t} onChange={(v) => update({ ...draft, ...v })} />
      <label>
        {t('edit.id')}
        <input
          value={draft.id}
          onChange={(e) => {
            setIdTouched(true);
            setDraft({ ...draft, id: e.target.value });
          }}
          {...invalidProps(errors, FORM_ID, 'id')}
          data-testid="create-id"
        />
      </label>
      <FieldError errors={errors} formId={FORM_ID} field="id" />
      <ProvenanceFields formId={FORM_ID} value={prov} errors={errors} t={t} onChange={setProv} />
      <GeneralErrors errors={errors} t={t} />
      <div className="actions">
        <button type="submit" disabled={busy} data-testid="create-save">
          {busy ? t('edit.saving') : t('edit.create')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('edit.cancel')}
        </button>
      </div>
    </form>
  );
}
