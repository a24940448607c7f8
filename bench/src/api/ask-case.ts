// The ask bench case: a rotation of questions every dataset can answer (missions exist in all), and its floor.
import { NODE_LABELS } from '@kies/schema';
import { lookups, understand } from '../../../server/src/domain/ask/ask.js';
import { classifyGaps } from '../../../server/src/domain/gaps.js';
import { nodePageRequest } from '../../../server/src/domain/node-lookups.js';
import type { KiesStore } from '../../../server/src/store/kies-store.js';

/** Forms of the issue: serves, connection, gaps, count, a typo, a refusal, a mission's everything. */
export const ASK_QUESTIONS = [
  "Welke PPP's dienen missie IV?",
  'How is mission I connected to mission IV?',
  'Which care agreements are served by nothing?',
  'How many PPPs are there?',
  'What serves mission II?',
  'Tell me a joke',
  'Welke hiaten heeft missie V?',
  'Which NGF projects work on mision 3?',
];

/**
 * The same store work as the resolver, in-process: one search per look-up text, the pure interpretation, then the
 * plan's store call (no HTTP, no GraphQL, no answer building).
 */
export async function askFloor(store: KiesStore, question: string): Promise<unknown> {
  const { parsed, texts } = lookups(question, null);
  const hits = await Promise.all(texts.map((t) => store.search(t, null, 25)));
  const plan = understand(
    parsed,
    hits.flat().map((h) => h.node),
  ).interpretation.plan;
  switch (plan.op) {
    case 'paths':
      return store.paths({
        from: plan.from,
        to: plan.to,
        toLabels: plan.to ? null : (plan.toLabels ?? NODE_LABELS),
        maxLength: plan.maxLength,
        via: null,
        types: plan.types,
        limit: plan.limit,
      });
    case 'partners':
      return store.partnerProfiles(plan.of, 300);
    case 'gaps':
      return classifyGaps(await store.gapFacts());
    case 'neighbourhood':
      return store.neighbourhood(plan.id, 1, null, null, plan.limit);
    case 'stats':
      return store.counts();
    case 'nodes':
      return store.nodePage(nodePageRequest(plan.first, { labels: plan.labels }));
    case 'search':
      return store.search(plan.text, plan.labels, plan.first);
    case 'none':
      return null;
  }
}
