// Server issues ({field, message}) mapped to the form inputs they belong to, the rest to a form-level message.
import { ApiError } from '../api/client';

export interface FormErrors {
  /** Messages per form field key (e.g. `name`, `provenance.note`, `target`). */
  fields: Record<string, string[]>;
  /** Messages that belong to no shown field. */
  general: string[];
}

export const NO_ERRORS: FormErrors = { fields: {}, general: [] };

/**
 * The form key of an API field path. Inputs arrive as `input.x` (create/update) or as plain arguments
 * (`provenance.note` of deleteNode); a relationship's `input.end` is the form's target picker.
 */
export function formKey(field: string, aliases: Record<string, string> = {}): string {
  const key = field.replace(/^input\./, '').replace(/\[\d+\]/g, '');
  return aliases[key] ?? key;
}

/** Spreads an error over the form: issues (or the offending argument) next to their inputs when `known`. */
export function formErrors(error: unknown, known: readonly string[], aliases: Record<string, string> = {}): FormErrors {
  const out: FormErrors = { fields: {}, general: [] };
  const add = (field: string | undefined, message: string) => {
    const key = field === undefined ? undefined : formKey(field, aliases);
    if (key !== undefined && known.includes(key)) (out.fields[key] ??= []).push(message);
    else out.general.push(field ? `${field}: ${message}` : message);
  };
  if (!(error instanceof ApiError)) {
    add(undefined, (error as Error)?.message ?? String(error));
    return out;
  }
  const { issues, argument } = error.details;
  if (issues?.length) issues.forEach((i) => add(i.field, i.message));
  else add(argument, error.message);
  return out;
}

export const hasErrors = (e: FormErrors): boolean => e.general.length > 0 || Object.keys(e.fields).length > 0;
