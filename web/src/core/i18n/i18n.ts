// Language choice (remembered in localStorage) and message lookup with {placeholders}.
import { LABELS, NODE_LABELS, RELATIONSHIPS, type NodeLabel, type RelationshipType } from '@kies/schema';
import { MESSAGES, type MessageKey } from './messages';

export type Lang = 'nl' | 'en';
const LANG_KEY = 'kies.lang';

export function translate(lang: Lang, key: string, params: Record<string, string | number> = {}): string {
  const table = MESSAGES[lang] as Record<string, string>;
  const text = table[key] ?? (MESSAGES.nl as Record<string, string>)[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

export type Translate = (key: MessageKey | string, params?: Record<string, string | number>) => string;

export function translator(lang: Lang): Translate {
  return (key, params) => translate(lang, key, params);
}

interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** Remembered choice first, then the browser language, then Dutch. */
export function initialLang(storage: KeyValueStore | null, navigatorLang: string | undefined): Lang {
  const saved = storage?.getItem(LANG_KEY);
  if (saved === 'nl' || saved === 'en') return saved;
  return navigatorLang?.toLowerCase().startsWith('en') ? 'en' : 'nl';
}

export function rememberLang(storage: KeyValueStore | null, lang: Lang): void {
  try {
    storage?.setItem(LANG_KEY, lang);
  } catch {
    // Private mode or storage disabled: the choice lasts for this page only.
  }
}

const namesIn = (lang: Lang) =>
  Object.fromEntries(NODE_LABELS.map((l) => [l, LABELS[l].name[lang]])) as Record<NodeLabel, string>;

/** Human name of a node label in the interface language (the names live in the schema's label registry). */
const LABEL_NAMES: Record<Lang, Record<NodeLabel, string>> = { nl: namesIn('nl'), en: namesIn('en') };

/** Human name of a relationship type in the interface language. */
export function relationName(lang: Lang, type: RelationshipType): string {
  return RELATIONSHIPS[type].name[lang];
}

export function labelName(lang: Lang, label: NodeLabel): string {
  return LABEL_NAMES[lang][label];
}

// Names of the closed kinds (Policy's, and the umbrella lists) in both languages; other kinds are shown as written.
const KIND_NAMES: Record<string, { nl: string; en: string }> = {
  law: { nl: 'wet', en: 'law' },
  regulation: { nl: 'verordening', en: 'regulation' },
  strategy: { nl: 'strategie', en: 'strategy' },
  agenda: { nl: 'agenda', en: 'agenda' },
  'action-plan': { nl: 'actieplan', en: 'action plan' },
  kia: { nl: 'kennis- en innovatieagenda (KIA)', en: 'knowledge and innovation agenda (KIA)' },
  'policy-programme': { nl: 'beleidsprogramma', en: 'policy programme' },
  umbrella: { nl: 'overkoepelende lijst', en: 'umbrella list' },
};

export function kindName(lang: Lang, kind: string): string {
  return KIND_NAMES[kind]?.[lang] ?? kind;
}
