// The answer to a question: items with the evidence for every node and hop, paths, findings or a number, and a summary.
import { RELATIONSHIP_NAMES, type NodeLabel } from '@kies/schema';
import type { GraphNode, GraphRelationship, PropertyMap } from '../graph-data.js';
import type { GraphPath, Subgraph } from '../subgraphs.js';
import type { SearchResult } from '../node-lookups.js';
import type { Finding } from '../gaps.js';
import type { PartnerRanking, ReasonKind } from '../partners.js';
import { dimensionOfLabel } from '../coverage.js';
import { nameIn } from '../display-names.js';
import type { Interpretation } from './intent.js';
import { keepsHop, type AskPlan, type PathsPlan } from './plans.js';
import { operationOf, queryInWords } from './words.js';
import type { MatchKind } from './linking.js';
import type { AskLanguage } from './text.js';

export type PlanResult =
  /** `shortest`: nothing within the plan's length, so the one shortest path beyond it (a connection question). */
  | { op: 'paths'; paths: GraphPath[]; shortest?: boolean }
  | { op: 'partners'; ranked: PartnerRanking[] }
  | { op: 'gaps'; findings: Finding[] }
  | { op: 'neighbourhood'; subgraph: Subgraph }
  | { op: 'stats'; count: number }
  | { op: 'nodes'; nodes: GraphNode[] }
  | { op: 'search'; hits: SearchResult[] }
  | { op: 'none' };

interface Evidence {
  text: string;
  relationship: GraphRelationship | null;
  provenance: PropertyMap;
}

interface AnswerItem {
  node: GraphNode;
  detail: string | null;
  evidence: Evidence[];
}

interface LinkedEntity {
  mention: string;
  node: GraphNode;
  confidence: number;
  matchedOn: MatchKind;
}

type AskStatus = 'ANSWERED' | 'NO_RESULT' | 'AMBIGUOUS' | 'NOT_UNDERSTOOD';

export interface AskAnswer {
  question: string;
  language: AskLanguage;
  status: AskStatus;
  summary: string;
  interpretation: {
    intent: Interpretation['intent'];
    entities: LinkedEntity[];
    kinds: NodeLabel[];
    query: string;
    operation: string;
  };
  items: AnswerItem[];
  paths: GraphPath[];
  findings: Finding[];
  count: number | null;
  choices: { mention: string; candidates: LinkedEntity[] }[];
  suggestions: string[];
}

/** Nodes are named in the answer's language (English names where the sources give one). */
const nameOf = (n: GraphNode | undefined, lang: AskLanguage, fallback = '?') => (n ? nameIn(n, lang) : fallback);

/** "Health-RI addresses Better perspectives …" / "Health-RI richt zich op Missie IV": the relationship, start to end. */
function hopSentence(rel: GraphRelationship, byId: ReadonlyMap<string, GraphNode>, lang: AskLanguage): string {
  return `${nameOf(byId.get(rel.start), lang, rel.start)} ${RELATIONSHIP_NAMES[rel.type][lang]} ${nameOf(byId.get(rel.end), lang, rel.end)}`;
}

const REASON_WORDS: Record<ReasonKind, [string, string]> = {
  SHARED_MISSION: ['shared missions', 'gedeelde missies'],
  SHARED_TECHNOLOGY: ['shared technologies', 'gedeelde technologieën'],
  SHARED_TOPSECTOR: ['shared topsectors', 'gedeelde topsectoren'],
  SHARED_PARTNERSHIP: ['shared partnerships', 'gedeelde samenwerkingsverbanden'],
  SHARED_CARE_AGREEMENT: ['shared care agreements', 'gedeelde zorgakkoorden'],
  COMPLEMENTARY_ROLE: ['complementary role', 'aanvullende rol'],
};

const FOUND_IN: Record<SearchResult['matchedOn'], [string, string]> = {
  NAME: ['name', 'de naam'],
  TARGET: ['mission target', 'het missiedoel'],
  DESCRIPTION: ['description', 'de beschrijving'],
};

/** Items in the order of the names they show (as the client's lists sort: by the name in the interface language). */
const byName =
  (lang: AskLanguage) =>
  (a: AnswerItem, b: AnswerItem): number =>
    nameOf(a.node, lang).localeCompare(nameOf(b.node, lang), lang);

const ownEvidence = (node: GraphNode, lang: AskLanguage): Evidence => ({
  text: lang === 'nl' ? `Bron van ${nameOf(node, lang)}` : `Source of ${nameOf(node, lang)}`,
  relationship: null,
  provenance: node.properties,
});

/** One item per node reached in one step, each with the relationships (and their quotes) that reach it. */
function itemsFromHops(plan: PathsPlan, paths: GraphPath[], lang: AskLanguage): AnswerItem[] {
  const byId = new Map(paths.flatMap((p) => p.nodes).map((n) => [n.id, n]));
  const items = new Map<string, AnswerItem>();
  for (const path of paths) {
    const hop = path.hops[0];
    const end = path.nodes.at(-1);
    if (!hop || !end || path.hops.length !== 1) continue;
    if (!keepsHop(plan, hop.relationship)) continue;
    const item = items.get(end.id) ?? { node: end, detail: null, evidence: [] };
    item.evidence.push({
      text: hopSentence(hop.relationship, byId, lang),
      relationship: hop.relationship,
      provenance: hop.relationship.properties,
    });
    items.set(end.id, item);
  }
  return [...items.values()].sort(byName(lang));
}

function itemsFromNeighbourhood(id: string, subgraph: Subgraph, details: boolean, lang: AskLanguage): AnswerItem[] {
  const byId = new Map(subgraph.nodes.map((n) => [n.id, n]));
  const items = new Map<string, AnswerItem>();
  const centre = byId.get(id);
  for (const rel of subgraph.relationships) {
    const other = rel.start === id ? rel.end : rel.end === id ? rel.start : null;
    const node = other ? byId.get(other) : undefined;
    if (!node) continue;
    const item = items.get(node.id) ?? { node, detail: null, evidence: [] };
    item.evidence.push({ text: hopSentence(rel, byId, lang), relationship: rel, provenance: rel.properties });
    items.set(node.id, item);
  }
  const list = [...items.values()].sort(byName(lang));
  if (!details || !centre) return list;
  const description = typeof centre.properties.description === 'string' ? centre.properties.description : null;
  return [{ node: centre, detail: description, evidence: [ownEvidence(centre, lang)] }, ...list];
}

function partnerItems(ranked: PartnerRanking[], lang: AskLanguage): AnswerItem[] {
  const i = lang === 'nl' ? 1 : 0;
  return ranked.map((r) => ({
    node: r.node,
    detail: r.reasons
      .map((reason) =>
        reason.count > 0 ? `${reason.count} ${REASON_WORDS[reason.kind][i]}` : REASON_WORDS[reason.kind][i],
      )
      .join(', '),
    evidence: [ownEvidence(r.node, lang)],
  }));
}

function keptFindings(plan: Extract<AskPlan, { op: 'gaps' }>, findings: Finding[]): Finding[] {
  const dimension = plan.emptyDimension ? dimensionOfLabel(plan.emptyDimension) : null;
  return findings.filter(
    (f) =>
      (plan.kinds === null || plan.kinds.includes(f.kind)) &&
      (plan.about === null || f.nodeIds.includes(plan.about)) &&
      (dimension == null || f.dimension === dimension),
  );
}

/** Everything the API returns for an understood question, from the plan's result. */
export function buildAnswer(
  question: string,
  it: Interpretation,
  result: PlanResult,
  suggestions: string[],
): AskAnswer {
  const lang = it.lang;
  const nl = lang === 'nl';
  let items: AnswerItem[] = [];
  let paths: GraphPath[] = [];
  let findings: Finding[] = [];
  let count: number | null = null;
  const p = it.plan;
  if (result.op === 'paths' && p.op === 'paths') {
    if (p.to) paths = result.paths;
    else items = itemsFromHops(p, result.paths, lang);
  } else if (result.op === 'partners') items = partnerItems(result.ranked, lang);
  else if (result.op === 'gaps' && p.op === 'gaps') findings = keptFindings(p, result.findings);
  else if (result.op === 'neighbourhood' && p.op === 'neighbourhood')
    items = itemsFromNeighbourhood(p.id, result.subgraph, p.details, lang);
  else if (result.op === 'stats') count = result.count;
  else if (result.op === 'nodes')
    items = result.nodes.map((n) => ({ node: n, detail: null, evidence: [ownEvidence(n, lang)] }));
  else if (result.op === 'search')
    items = result.hits.map((h) => ({
      node: h.node,
      detail: nl ? `gevonden in ${FOUND_IN[h.matchedOn][1]}` : `found in its ${FOUND_IN[h.matchedOn][0]}`,
      evidence: [ownEvidence(h.node, lang)],
    }));
  if (it.counting && count === null) count = items.length;

  const query = queryInWords(it, lang);
  const found = count ?? items.length + paths.length + findings.length;
  const status: AskStatus =
    it.intent === 'NOT_UNDERSTOOD'
      ? 'NOT_UNDERSTOOD'
      : it.choices.length > 0
        ? 'AMBIGUOUS'
        : found === 0
          ? 'NO_RESULT'
          : 'ANSWERED';
  const summary = summaryOf(status, query, found, it);
  const linked = (s: { mention: string; node: GraphNode; confidence: number; matchedOn: MatchKind }): LinkedEntity => ({
    mention: s.mention,
    node: s.node,
    confidence: Math.round(s.confidence * 100) / 100,
    matchedOn: s.matchedOn,
  });
  return {
    question,
    language: lang,
    status,
    summary,
    interpretation: {
      intent: it.intent,
      entities: it.entities.map(linked),
      kinds: it.kinds,
      query,
      operation: operationOf(p),
    },
    items,
    paths,
    findings,
    count,
    choices: it.choices.map((c) => ({
      mention: c.mention,
      candidates: c.candidates.map((s) => linked({ ...s, mention: c.mention })),
    })),
    suggestions: status === 'NOT_UNDERSTOOD' || status === 'AMBIGUOUS' || status === 'NO_RESULT' ? suggestions : [],
  };

  function summaryOf(s: AskStatus, q: string, n: number, i: Interpretation): string {
    switch (s) {
      case 'NOT_UNDERSTOOD':
        return nl
          ? 'Deze vraag begrijp ik niet. Probeer een van de voorbeelden.'
          : 'I do not understand this question. Try one of the examples.';
      case 'AMBIGUOUS': {
        const mention = i.choices[0]?.mention ?? '';
        return nl
          ? `"${mention}" kan meerdere dingen betekenen: kies er één.`
          : `"${mention}" can mean several things: pick one.`;
      }
      case 'NO_RESULT':
        return nl ? `${q}: niets gevonden in de graaf.` : `${q}: nothing found in the graph.`;
      case 'ANSWERED':
        if (count !== null) return `${q}: ${n}.`;
        if (result.op === 'paths' && result.shortest) {
          const steps = paths[0].hops.length;
          return nl
            ? `${q}: geen pad binnen 3 stappen; de kortste verbinding telt ${steps} stappen.`
            : `${q}: none within 3 steps; the shortest connection takes ${steps} steps.`;
        }
        if (paths.length > 0) return nl ? `${q}: ${n} pad(en).` : `${q}: ${n} path(s).`;
        if (findings.length > 0) return nl ? `${q}: ${n} bevinding(en).` : `${q}: ${n} finding(s).`;
        return `${q}: ${n} ${nl ? (n === 1 ? 'resultaat' : 'resultaten') : n === 1 ? 'result' : 'results'}.`;
    }
  }
}
