// Query.ask: links the question's words through the search index, then runs the typed query the interpreter chose.
import type { GraphQLResolveInfo } from 'graphql';
import { foldText, NODE_LABELS } from '@kies/schema';
import type { GraphNode } from '../../domain/graph-data.js';
import type { GraphPath } from '../../domain/subgraphs.js';
import {
  buildAnswer,
  lexiconEntries,
  lookups,
  MAX_QUESTION_LENGTH,
  typoCandidates,
  understand,
  type AskPlan,
  type LexiconEntry,
  type PlanResult,
} from '../../domain/ask/ask.js';
import type { ApiContext } from '../context.js';
import type { QueryResolvers } from '../generated/resolvers-types.js';
import { badInput } from '../arguments.js';
import { queryResolvers } from './query-resolvers.js';

/** Hits per look-up: enough for every node a name fragment may mean, bounded at scale. */
const HITS_PER_LOOKUP = 25;

// Typos the search index cannot find ("Helth-RI") are looked up in every node's names, read as search reads them
// (store.searchNames: the statement the embedded search index is built from) and kept five minutes per store (they
// only add candidates: a renamed or new node is found by the search look-ups meanwhile, and every answer is read fresh
// from the store); questions whose words all name something never read them.
const LEXICON_TTL_MS = 5 * 60_000;
/** Typo candidates read per question: a typo of a common word part can match many names; the best are linked anyway. */
const MAX_TYPO_CANDIDATES = 200;
const lexicons = new WeakMap<object, { at: number; entries: Promise<LexiconEntry[]> }>();
function lexicon(context: ApiContext): Promise<LexiconEntry[]> {
  const hit = lexicons.get(context.store);
  if (hit && Date.now() - hit.at < LEXICON_TTL_MS) return hit.entries;
  const entries = context.store.searchNames().then(lexiconEntries);
  lexicons.set(context.store, { at: Date.now(), entries });
  entries.catch(() => lexicons.delete(context.store));
  return entries;
}

type Call = (root: unknown, args: Record<string, unknown>, context: ApiContext, info: GraphQLResolveInfo) => unknown;
/** Runs one of the API's own query resolvers, so the plan gets exactly its argument checks and limits. */
const query = <T>(
  name: keyof typeof queryResolvers,
  args: Record<string, unknown>,
  context: ApiContext,
  info: GraphQLResolveInfo,
) => (queryResolvers[name] as unknown as Call)({}, args, context, info) as Promise<T>;

async function run(plan: AskPlan, context: ApiContext, info: GraphQLResolveInfo): Promise<PlanResult> {
  switch (plan.op) {
    case 'paths': {
      const { from, to, toLabels, maxLength, types, limit } = plan;
      // "Everything" is every kind: the paths query wants either an end node or end kinds.
      const ends = to ? null : (toLabels ?? NODE_LABELS);
      const paths = await query<GraphPath[]>(
        'paths',
        { from, to, toLabels: ends, maxLength, types, limit },
        context,
        info,
      );
      // "How is TNO connected to Philips?": nothing within three steps is no answer when a longer connection exists.
      if (to && paths.length === 0) {
        const shortest = await query<GraphPath | null>('shortestPath', { from, to, maxLength: 6 }, context, info);
        if (shortest) return { op: 'paths', paths: [shortest], shortest: true };
      }
      return { op: 'paths', paths };
    }
    case 'partners':
      return { op: 'partners', ranked: await query('partners', { of: plan.of, limit: plan.limit }, context, info) };
    case 'gaps':
      return { op: 'gaps', findings: await query('gaps', { kinds: plan.kinds, minSeverity: 'LOW' }, context, info) };
    case 'neighbourhood':
      return {
        op: 'neighbourhood',
        subgraph: await query('neighbourhood', { id: plan.id, depth: 1, limit: plan.limit }, context, info),
      };
    case 'stats': {
      const stats = await query<{ byLabel: { label: string; count: number }[] }>('stats', {}, context, info);
      return { op: 'stats', count: stats.byLabel.find((l) => l.label === plan.label)?.count ?? 0 };
    }
    case 'nodes': {
      const page = await query<{ edges: { node: GraphNode }[] }>(
        'nodes',
        { labels: plan.labels, first: plan.first },
        context,
        info,
      );
      return { op: 'nodes', nodes: page.edges.map((e) => e.node) };
    }
    case 'search':
      return {
        op: 'search',
        hits: await query('search', { text: plan.text, labels: plan.labels, first: plan.first }, context, info),
      };
    case 'none':
      return { op: 'none' };
  }
}

export const askQueryResolvers: Pick<QueryResolvers, 'ask'> = {
  async ask(_root, { question, lang }, context, info) {
    if (question.length > MAX_QUESTION_LENGTH) {
      throw badInput(`question must be at most ${MAX_QUESTION_LENGTH} characters, got ${question.length}`, 'question', {
        max: MAX_QUESTION_LENGTH,
      });
    }
    if (!/[\p{L}\p{N}]/u.test(foldText(question)))
      throw badInput('question must contain at least one letter or digit', 'question');
    const { parsed, texts } = lookups(question, lang ?? null);
    const hits = await Promise.all(texts.map((text) => context.store.search(text, null, HITS_PER_LOOKUP)));
    const candidates = hits.flat().map((h) => h.node);
    let understood = understand(parsed, candidates);
    if (understood.unlinked.length > 0) {
      const ids = typoCandidates(understood.unlinked, await lexicon(context))
        .sort()
        .slice(0, MAX_TYPO_CANDIDATES);
      if (ids.length > 0) understood = understand(parsed, [...candidates, ...(await context.store.nodesById(ids))]);
    }
    const { interpretation, suggestions } = understood;
    const answer = buildAnswer(question, interpretation, await run(interpretation.plan, context, info), suggestions);
    for (const node of [...answer.items.map((i) => i.node), ...answer.interpretation.entities.map((e) => e.node)]) {
      context.loaders.node.prime(node.id, node);
    }
    return answer;
  },
};
