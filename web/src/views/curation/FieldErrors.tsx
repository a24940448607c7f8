// The server's messages for one input, rendered as text right under it (and referenced by aria-describedby).
import type { FormErrors } from '../../core/curation/field-issues';
import type { Translate } from '../../core/i18n/i18n';

const errorId = (formId: string, key: string) => `${formId}-err-${key.replace(/\W/g, '-')}`;

/** aria attributes for an input whose field may carry server messages. */
export function invalidProps(errors: FormErrors, formId: string, ...keys: string[]) {
  const bad = keys.filter((k) => errors.fields[k]?.length);
  return bad.length
    ? { 'aria-invalid': true as const, 'aria-describedby': bad.map((k) => errorId(formId, k)).join(' ') }
    : {};
}

export function FieldError({ errors, formId, field }: { errors: FormErrors; formId: string; field: string }) {
  const messages = errors.fields[field];
  if (!messages?.length) return null;
  return (
    <ul className="field-error" id={errorId(formId, field)} data-field={field} role="alert">
      {messages.map((m, i) => (
        <li key={i}>{m}</li>
      ))}
    </ul>
  );
}

export function GeneralErrors({ errors, t }: { errors: FormErrors; t: Translate }) {
  if (!errors.general.length) return null;
  return (
    <div className="error form-error" role="alert">
      {t('edit.failed')}
      <ul>
        {errors.general.map((m, i) => (
          <li key={i}>{m}</li>
        ))}
      </ul>
    </div>
  );
}
