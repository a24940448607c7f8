// The shape of an ask test question (issue 14): expected intent, linked entities, key answer members; and a refusal.
// The API's own enums (generated from the SDL): a test expectation can name only what the API can answer.
import type { AskIntent, AskStatus } from '../../server/src/graphql/generated/resolvers-types.js';

export interface AskCase {
  q: string;
  lang: 'nl' | 'en';
  intent: AskIntent;
  /** Ids the interpretation must link, in order. */
  entities: string[];
  /** Ids that must be among the answer's items, path nodes or finding subjects (or choices, when ambiguous). */
  members?: string[];
  count?: number;
  status?: AskStatus;
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
