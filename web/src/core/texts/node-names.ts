// Names a person reads: the English name in the English interface where the sources give one, and where nodes
// share a name, the kind and a code or full name added.
import { foldText, type NodeLabel } from '@kies/schema';
import { labelName, type Lang } from '../i18n/i18n';

/** The node fields naming needs (wire nodes and graph-model nodes both have them). */
export interface NamedNode {
  id: string;
  name: string;
  /** The English name the sources give (seed property nameEn), if any. */
  nameEn?: string | null;
  label?: NodeLabel;
  labels: readonly NodeLabel[];
  fullName?: string | null;
  code?: string | null;
}

/** A node's name in `lang`: in English the English name where the sources give one, else the (Dutch) name. */
export function displayName(n: Pick<NamedNode, 'name' | 'nameEn'>, lang: Lang): string {
  const en = lang === 'en' ? n.nameEn?.trim() : undefined;
  return en || n.name;
}

/**
 * The Dutch name when the display shows another one (the data is Dutch and citations quote it: the details panel
 * and the dossier show it beside the English name), else null.
 */
export function dutchNameBeside(n: Pick<NamedNode, 'name' | 'nameEn'>, lang: Lang): string | null {
  const shown = displayName(n, lang);
  return shown !== n.name ? n.name : null;
}

const kindOf = (n: NamedNode): NodeLabel | undefined => n.label ?? n.labels[0];

/** "AI (Programma MJP44)": the kind plus the code, or the full name when it says more than the name. */
function qualifiedName(n: NamedNode, lang: Lang): string {
  const name = displayName(n, lang);
  const code = n.code && foldText(n.code) !== foldText(name) ? n.code : null;
  const full = n.fullName && foldText(n.fullName) !== foldText(name) ? n.fullName : null;
  const kind = kindOf(n);
  const parts = [kind ? labelName(lang, kind) : '', code ?? full ?? ''].filter(Boolean).join(' ');
  return parts ? `${name} (${parts})` : name;
}

/** Folded names that two or more distinct nodes among `nodes` share. */
function sharedNames(nodes: Iterable<NamedNode>, lang: Lang): Set<string> {
  const ids = new Map<string, string>();
  const shared = new Set<string>();
  for (const n of nodes) {
    const key = foldText(displayName(n, lang));
    const seen = ids.get(key);
    if (seen === undefined) ids.set(key, n.id);
    else if (seen !== n.id) shared.add(key);
  }
  return shared;
}

/** A namer for one screen: display names (`displayName`), qualified ones where a name is shared among `context`. */
export function namer(context: Iterable<NamedNode>, lang: Lang): (n: NamedNode) => string {
  const shared = sharedNames(context, lang);
  return (n) => {
    const name = displayName(n, lang);
    return shared.has(foldText(name)) ? qualifiedName(n, lang) : name;
  };
}
