// Sentences that name nodes: a message template filled with names, as segments a view renders with links.
import type { Lang, Translate } from '../i18n/i18n';
import type { RelationshipType } from '@kies/schema';
import { relationName } from '../i18n/i18n';
import type { NamedNode } from './node-names';

export type Segment = string | { node: NamedNode };
type Param = string | number | NamedNode | NamedNode[];

const isNode = (v: unknown): v is NamedNode => typeof v === 'object' && v !== null && 'id' in v && 'name' in v;

/**
 * Fills `{name}` placeholders: text stays text, a node becomes a link segment, a node list becomes links joined by
 * ", ". `.one` variants of the key are used when `count` is 1.
 */
function sentence(t: Translate, key: string, params: Record<string, Param>): Segment[] {
  const oneKey = `${key}.one`;
  const template = params.count === 1 && t(oneKey) !== oneKey ? t(oneKey) : t(key);
  const out: Segment[] = [];
  let last = 0;
  for (const m of template.matchAll(/\{(\w+)\}/g)) {
    out.push(template.slice(last, m.index));
    last = m.index! + m[0].length;
    const value = params[m[1]!];
    if (value === undefined) out.push(m[0]);
    else if (Array.isArray(value)) value.forEach((n, i) => out.push(...(i > 0 ? [', '] : []), { node: n }));
    else if (isNode(value)) out.push({ node: value });
    else out.push(String(value));
  }
  out.push(template.slice(last));
  return out.filter((s) => s !== '');
}

/** A translation that uses the `.one` variant of `key` for a count of 1. */
export function counted(
  t: Translate,
  key: string,
  count: number,
  params: Record<string, string | number> = {},
): string {
  const oneKey = `${key}.one`;
  return count === 1 && t(oneKey) !== oneKey ? t(oneKey, { count, ...params }) : t(key, { count, ...params });
}

/** The plain text of segments, naming nodes with `name` (tests, titles, aria labels). */
export function plainText(segments: Segment[], name: (n: NamedNode) => string = (n) => n.name): string {
  return segments.map((s) => (typeof s === 'string' ? s : name(s.node))).join('');
}

export interface WireGapParts {
  message: string;
  dimension?: string | null;
  subject: NamedNode | null;
  through: NamedNode | null;
  affected: NamedNode[];
  relationships: { type: RelationshipType }[];
}

export function gapSentences(
  lang: Lang,
  t: Translate,
  gap: WireGapParts,
): { title: Segment[]; explanation: Segment[] } {
  const params: Record<string, Param> = {
    subject: gap.subject ?? '',
    through: gap.through ?? '',
    affected: gap.affected,
    count: gap.affected.length,
    dimension: gap.dimension ? t(`dim.${gap.dimension}`) : '',
    type: gap.relationships[0] ? relationName(lang, gap.relationships[0].type) : '',
  };
  return {
    title: sentence(t, `gap.${gap.message}.title`, params),
    explanation: sentence(t, `gap.${gap.message}.explanation`, params),
  };
}

export interface WireReasonParts {
  kind: string;
  count: number;
  role?: string | null;
  subjectRole?: string | null;
  via: NamedNode[];
}

const roleName = (t: Translate, role: string | null | undefined) => {
  const key = `role.${role ?? ''}`;
  return t(key) === key ? (role ?? '') : t(key);
};

export function reasonSentence(
  t: Translate,
  reason: WireReasonParts,
  candidate: NamedNode,
  subject: NamedNode,
): Segment[] {
  const segments = sentence(t, `reason.${reason.kind}`, {
    count: reason.count,
    via: reason.via,
    candidate,
    subject,
    role: roleName(t, reason.role),
    subjectRole: roleName(t, reason.subjectRole),
  });
  const more = reason.count - reason.via.length;
  return reason.kind !== 'COMPLEMENTARY_ROLE' && more > 0
    ? [...segments, ` ${t('reason.more', { count: more })}`]
    : segments;
}
