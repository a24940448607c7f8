// The dossier's parts from the loaded data (pure): members per dimension, the subject's gaps, paths per PPP or mission.
import { COVERAGE_LABELS, DIMENSION_LABELS } from '@kies/schema';
import type { DossierData, DossierGap, DossierNodeRef, DossierPath, DossierRel } from './dossier-types';

interface MemberEntry {
  node: DossierNodeRef;
  /** The subject's relationships with this member (their provenance is cited). */
  rels: DossierRel[];
}

export interface MemberGroup {
  /** Missions: the coverage dimension (PPP, NGF_PROJECT, ...); other nodes: null (grouped by label). */
  dimension: string | null;
  /** The members' node label. */
  label: string;
  /** The heading, in the interface language. */
  title: string;
  members: MemberEntry[];
}

const dutch = new Intl.Collator('nl');
const byName = (a: { name: string; id: string }, b: { name: string; id: string }) =>
  dutch.compare(a.name, b.name) || dutch.compare(a.id, b.id);

/** The other end of one of the subject's relationships. */
const otherEnd = (subjectId: string, rel: DossierData['subject']['relationships'][number]) =>
  rel.start === subjectId ? rel.endNode : rel.startNode;

/**
 * Members per dimension. A mission: the cells of its coverage row, in the matrix's column order, empty ones kept
 * (an empty cell is a finding too). Another node: its related nodes grouped by kind, missions first, then the
 * matrix's kinds in column order, then the rest (organisations, instruments, ...) by label.
 */
export function memberGroups(
  data: DossierData,
  title: (group: { dimension: string | null; label: DossierNodeRef['label'] }) => string,
): MemberGroup[] {
  const { subject } = data;
  const relsWith = new Map<string, DossierRel[]>();
  for (const rel of subject.relationships) {
    const other = otherEnd(subject.id, rel);
    relsWith.set(other.id, [...(relsWith.get(other.id) ?? []), rel]);
  }
  if (data.coverage) {
    const row = data.coverage.rows.find((r) => r.mission.id === subject.id);
    return data.coverage.dimensions.map((dimension) => ({
      dimension,
      label: DIMENSION_LABELS[dimension],
      title: title({ dimension, label: DIMENSION_LABELS[dimension] }),
      members: [...(row?.cells.find((c) => c.dimension === dimension)?.members ?? [])]
        .sort(byName)
        .map((node) => ({ node, rels: (relsWith.get(node.id) ?? []).filter((r) => r.type === 'ADDRESSES') })),
    }));
  }
  const groups = new Map<DossierNodeRef['label'], Map<string, MemberEntry>>();
  for (const rel of subject.relationships) {
    const other = otherEnd(subject.id, rel);
    if (other.id === subject.id) continue;
    const group = groups.get(other.label) ?? new Map<string, MemberEntry>();
    groups.set(other.label, group);
    if (!group.has(other.id)) group.set(other.id, { node: other, rels: relsWith.get(other.id) ?? [] });
  }
  const order: string[] = ['Mission', ...COVERAGE_LABELS];
  const rank = (label: string) => (order.includes(label) ? order.indexOf(label) : order.length);
  return [...groups.entries()]
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .map(([label, members]) => ({
      dimension: null,
      label,
      title: title({ dimension: null, label }),
      members: [...members.values()].sort((a, b) => byName(a.node, b.node)),
    }));
}

/** Findings that name the subject: as the finding's subject, the node paths run through, or one affected. */
export function subjectGaps(gaps: DossierGap[], id: string): DossierGap[] {
  return gaps.filter(
    (g) =>
      g.subject?.id === id ||
      g.through?.id === id ||
      g.affected.some((n) => n.id === id) ||
      g.nodes.some((n) => n.id === id),
  );
}

export interface PathGroup {
  /** The PPP (mission dossier) or mission (PPP dossier) the paths reach. */
  end: DossierNodeRef;
  /** Shortest first; a direct relationship before chains through another node. */
  paths: DossierPath[];
}

/** Paths grouped by the node they reach, groups by name; identical chains (same relationships) kept once. */
export function pathGroups(paths: DossierPath[]): PathGroup[] {
  const groups = new Map<string, PathGroup>();
  const seen = new Set<string>();
  for (const path of paths) {
    const end = path.nodes.at(-1);
    const key = path.hops.map((h) => h.relationship.id).join('|');
    if (!end || seen.has(key)) continue;
    seen.add(key);
    const group = groups.get(end.id) ?? { end, paths: [] };
    groups.set(end.id, group);
    group.paths.push(path);
  }
  for (const g of groups.values())
    g.paths.sort(
      (a, b) =>
        a.length - b.length || dutch.compare(a.nodes.map((n) => n.name).join(), b.nodes.map((n) => n.name).join()),
    );
  return [...groups.values()].sort((a, b) => byName(a.end, b.end));
}

/** One hop read as its relationship reads: start, relation, end (the path may walk it backwards). */
export function hopEnds(
  path: DossierPath,
  rel: DossierRel,
): { start: DossierNodeRef | undefined; end: DossierNodeRef | undefined } {
  const byId = new Map(path.nodes.map((n) => [n.id, n]));
  return { start: byId.get(rel.start), end: byId.get(rel.end) };
}

/** Distinct quotes of a fact, in order (the seed repeats a quote when two sources say the same words). */
export function distinctQuotes(rel: DossierRel): string[] {
  return [...new Set(rel.provenance.citations.map((c) => c.quote?.trim() ?? '').filter(Boolean))];
}
