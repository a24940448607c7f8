// The provenance block every write form has: source + verbatim quote pairs, or a note saying who asserted it.
import type { FormErrors } from '../../core/curation/field-issues';
import type { ProvenanceDraft } from '../../core/curation/provenance-input';
import type { Translate } from '../../core/i18n/i18n';
import { FieldError, invalidProps } from './FieldErrors';

interface Props {
  formId: string;
  value: ProvenanceDraft;
  errors: FormErrors;
  t: Translate;
  onChange: (next: ProvenanceDraft) => void;
}

export function ProvenanceFields({ formId, value, errors, t, onChange }: Props) {
  const setPair = (i: number, key: 'source' | 'quote', text: string) =>
    onChange({ ...value, pairs: value.pairs.map((p, j) => (j === i ? { ...p, [key]: text } : p)) });
  return (
    <fieldset className="prov-fields" data-testid="provenance-fields">
      <legend>{t('prov.title')}</legend>
      <p className="muted hint">{t('prov.hint')}</p>
      <FieldError errors={errors} formId={formId} field="provenance" />
      {value.pairs.map((p, i) => (
        <div className="pair" key={i}>
          <label>
            {t('prov.source', { n: i + 1 })}
            <input
              value={p.source}
              onChange={(e) => setPair(i, 'source', e.target.value)}
              placeholder="004_9090d7b3c6790adc.txt#L6206-L6207"
              {...invalidProps(errors, formId, 'provenance.sources')}
              data-testid={`prov-source-${i}`}
            />
          </label>
          <label>
            {t('prov.quote', { n: i + 1 })}
            <input
              value={p.quote}
              onChange={(e) => setPair(i, 'quote', e.target.value)}
              {...invalidProps(errors, formId, 'provenance.quotes')}
              data-testid={`prov-quote-${i}`}
            />
          </label>
          {value.pairs.length > 1 && (
            <button
              type="button"
              className="link"
              onClick={() => onChange({ ...value, pairs: value.pairs.filter((_, j) => j !== i) })}
            >
              {t('prov.removePair', { n: i + 1 })}
            </button>
          )}
        </div>
      ))}
      <FieldError errors={errors} formId={formId} field="provenance.sources" />
      <FieldError errors={errors} formId={formId} field="provenance.quotes" />
      <button
        type="button"
        className="link"
        onClick={() => onChange({ ...value, pairs: [...value.pairs, { source: '', quote: '' }] })}
      >
        {t('prov.addPair')}
      </button>
      <label>
        {t('prov.note')}
        <textarea
          rows={2}
          value={value.note}
          onChange={(e) => onChange({ ...value, note: e.target.value })}
          {...invalidProps(errors, formId, 'provenance.note', 'provenance.confidence')}
          data-testid="prov-note"
        />
      </label>
      <FieldError errors={errors} formId={formId} field="provenance.note" />
      <FieldError errors={errors} formId={formId} field="provenance.confidence" />
    </fieldset>
  );
}
