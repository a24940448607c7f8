// Edits a node's name, full name, description and aliases (updateNode) with the provenance of the change.
import { useState } from 'react';
import type { AuditEvent } from '../../core/curation/audit';
import { updateNode } from '../../core/curation/curation-loader';
import {
  changedFields,
  draftFromNode,
  EDIT_FIELDS,
  toUpdateInput,
  type EditableNode,
} from '../../core/curation/node-form';
import { emptyProvenance } from '../../core/curation/provenance-input';
import type { Translate } from '../../core/i18n/i18n';
import { GeneralErrors } from './FieldErrors';
import { NodeFields } from './NodeFields';
import { ProvenanceFields } from './ProvenanceFields';
import { useWrite } from './use-write';

interface Props {
  node: EditableNode & { id: string };
  t: Translate;
  onDone: (audit: AuditEvent) => void;
  onCancel: () => void;
}

export function EditNodeForm({ node, t, onDone, onCancel }: Props) {
  const [draft, setDraft] = useState(() => draftFromNode(node));
  const [prov, setProv] = useState(emptyProvenance);
  const [unchanged, setUnchanged] = useState(false);
  const { busy, errors, run } = useWrite(EDIT_FIELDS);
  const formId = `edit-${node.id}`;

  const save = async () => {
    const input = toUpdateInput(node, draft, prov);
    setUnchanged(changedFields(input).length === 0);
    if (changedFields(input).length === 0) return;
    const audit = await run(() => updateNode(node.id, input));
    if (audit) onDone(audit);
  };
  return (
    <form
      className="curation-form"
      data-testid="edit-form"
      aria-label={t('edit.edit')}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <NodeFields formId={formId} value={draft} errors={errors} t={t} onChange={setDraft} />
      <ProvenanceFields formId={formId} value={prov} errors={errors} t={t} onChange={setProv} />
      <GeneralErrors errors={errors} t={t} />
      {unchanged && (
        <p className="muted" role="status">
          {t('edit.noChange')}
        </p>
      )}
      <div className="actions">
        <button type="submit" disabled={busy} data-testid="edit-save">
          {busy ? t('edit.saving') : t('edit.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('edit.cancel')}
        </button>
      </div>
    </form>
  );
}
