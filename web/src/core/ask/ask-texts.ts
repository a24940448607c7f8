// The ask panel's texts in Dutch and English (kept with the feature; the shared message table stays as it is).
import type { Lang } from '../i18n/i18n';

const TEXTS = {
  title: { nl: 'Vraag', en: 'Question' },
  understood: { nl: 'Begrepen als', en: 'Understood as' },
  linked: { nl: 'Herkend', en: 'Recognised' },
  confidence: { nl: 'zekerheid', en: 'confidence' },
  show: { nl: 'Toon in graaf', en: 'Show in graph' },
  close: { nl: 'Sluiten', en: 'Close' },
  evidence: { nl: 'Bewijs', en: 'Evidence' },
  noQuote: { nl: 'geen citaat vastgelegd', en: 'no quote recorded' },
  choose: { nl: 'Bedoelt u', en: 'Did you mean' },
  suggestions: { nl: 'Vragen die ik wel begrijp', en: 'Questions I do understand' },
  count: { nl: 'Aantal', en: 'Number' },
  path: { nl: 'Pad', en: 'Path' },
  loading: { nl: 'Bezig met beantwoorden…', en: 'Answering…' },
  error: { nl: 'De vraag kon niet worden beantwoord', en: 'The question could not be answered' },
  hint: { nl: 'Enter: stel dit als vraag', en: 'Enter: ask this as a question' },
  more: { nl: 'meer', en: 'more' },
} as const;

export type AskTextKey = keyof typeof TEXTS;

export const askText = (lang: Lang, key: AskTextKey): string => TEXTS[key][lang];
