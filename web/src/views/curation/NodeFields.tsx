// The editable node fields (name, full name, description, aliases), shared by the edit and create forms.
import type { FormErrors } from '../../core/curation/field-issues';
import type { NodeDraft } from '../../core/curation/node-form';
import type { Translate } from '../../core/i18n/i18n';
import { FieldError, invalidProps } from './FieldErrors';

interface Props {
  formId: string;
  value: NodeDraft;
  errors: FormErrors;
  t: Translate;
  onChange: (next: NodeDraft) => void;
}

export function NodeFields({ formId, value, errors, t, onChange }: Props) {
  const set = (key: keyof NodeDraft) => (e: { target: { value: string } }) =>
    onChange({ ...value, [key]: e.target.value });
  return (
    <>
      <label>
        {t('edit.name')}
        <input
          value={value.name}
          onChange={set('name')}
          {...invalidProps(errors, formId, 'name')}
          data-testid="edit-name"
        />
      </label>
      <FieldError errors={errors} formId={formId} field="name" />
      <label>
        {t('edit.fullName')}
        <input
          value={value.fullName}
          onChange={set('fullName')}
          {...invalidProps(errors, formId, 'fullName')}
          data-testid="edit-fullName"
        />
      </label>
      <FieldError errors={errors} formId={formId} field="fullName" />
      <label>
        {t('edit.description')}
        <textarea
          rows={4}
          value={value.description}
          onChange={set('description')}
          {...invalidProps(errors, formId, 'description')}
          data-testid="edit-description"
        />
      </label>
      <FieldError errors={errors} formId={formId} field="description" />
      <label>
        {t('edit.aliases')}
        <textarea
          rows={2}
          value={value.aliases}
          onChange={set('aliases')}
          {...invalidProps(errors, formId, 'aliases')}
          data-testid="edit-aliases"
        />
      </label>
      <FieldError errors={errors} formId={formId} field="aliases" />
    </>
  );
}
