// A curator note beside a fact (the seed's `note`): the details panel and the dossier show it the same way.
import type { Translate } from '../core/i18n/i18n';

/** A curator note: written in English only, so it is marked as English (lang, and a prefix on a Dutch page). */
export function CuratorNote({ note, t }: { note: string; t: Translate }) {
  const prefix = t('details.noteInEnglish');
  return (
    <span className="note" data-testid="curator-note">
      {' '}
      {prefix && `${prefix} `}
      <span lang="en">{note}</span>
    </span>
  );
}
