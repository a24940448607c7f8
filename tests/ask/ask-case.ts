// The shape of an ask test question (issue 14): expected intent, linked entities, key answer members; and a refusal.
type Intent =
  | 'SERVES_MISSION'
  | 'LINKED'
  | 'CONNECTION'
  | 'PARTNERS'
  | 'GAPS'
  | 'FUNDS_STEERS'
  | 'DETAILS'
  | 'COUNT'
  | 'NEIGHBOURHOOD'
  | 'LIST'
  | 'SEARCH'
  | 'NOT_UNDERSTOOD';

export interface AskCase {
  q: string;
  lang: 'nl' | 'en';
  intent: Intent;
  /** Ids the interpretation must link, in order. */
  entities: string[];
  /** Ids that must be among the answer's items, path nodes or finding subjects (or choices, when ambiguous). */
  members?: string[];
  count?: number;
  status?: 'ANSWERED' | 'AMBIGUOUS' | 'NOT_UNDERSTOOD' | 'NO_RESULT';
  /** Written with a typo or an abbreviation. */
  typo?: boolean;
}

export const refuse = (q: string, lang: 'nl' | 'en'): AskCase => ({
  q,
  lang,
  intent: 'NOT_UNDERSTOOD',
  entities: [],
  status: 'NOT_UNDERSTOOD',
});
