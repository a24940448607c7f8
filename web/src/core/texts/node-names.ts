// Names a person can tell apart: where nodes share a name, the display adds the kind and a code or full name.
import { foldText, type NodeLabel } from '@kies/schema';
import { labelName, type Lang } from '../i18n/i18n';

/** The node fields naming needs (wire nodes and graph-model nodes both have them). */
export interface NamedNode {
  id: string;
  name: string;
  label?: NodeLabel;
  labels: readonly NodeLabel[];
  fullName?: string | null;
  code?: string | null;
}

const kindOf = (n: NamedNode): NodeLabel | undefined => n.label ?? n.labels[0];

/** "AI (Programma MJP44)": the kind plus the code, or the full name when it says more than the name. */
function qualifiedName(n: NamedNode, lang: Lang): string {
  const code = n.code && foldText(n.code) !== foldText(n.name) ? n.code : null;
  const full = n.fullName && foldText(n.fullName) !== foldText(n.name) ? n.fullName : null;
  const kind = kindOf(n);
  const parts = [kind ? labelName(lang, kind) : '', code ?? full ?? ''].filter(Boolean).join(' ');
  return parts ? `${n.name} (${parts})` : n.name;
}

/** Folded names that two or more distinct nodes among `nodes` share. */
function sharedNames(nodes: Iterable<NamedNode>): Set<string> {
  const ids = new Map<string, string>();
  const shared = new Set<string>();
  for (const n of nodes) {
    const key = foldText(n.name);
    const seen = ids.get(key);
    if (seen === undefined) ids.set(key, n.id);
    else if (seen !== n.id) shared.add(key);
  }
  return shared;
}

/** A namer for one screen: plain names, qualified ones where a name is shared among `context`. */
export function namer(context: Iterable<NamedNode>, lang: Lang): (n: NamedNode) => string {
  const shared = sharedNames(context);
  return (n) => (shared.has(foldText(n.name)) ? qualifiedName(n, lang) : n.name);
}
