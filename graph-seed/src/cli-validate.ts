// `npm run validate-seed`: prints every seed problem as file:line:field: message; exits 1 when there is one.
import { formatIssue, loadSeedFolder } from './index.js';

const { graph, issues } = loadSeedFolder();
for (const issue of issues) console.error(formatIssue(issue));
const count = (xs: string[]) =>
  Object.entries(xs.reduce<Record<string, number>>((acc, x) => ({ ...acc, [x]: (acc[x] ?? 0) + 1 }), {}));
console.log(
  `validate-seed: ${graph.nodes.length} nodes, ${graph.relationships.length} relationships, ${issues.length} problems`,
);
console.log(
  '  nodes by label:',
  count(graph.nodes.map((n) => n.labels.join(';')))
    .map(([k, v]) => `${k}=${v}`)
    .join(' '),
);
console.log(
  '  relationships by type:',
  count(graph.relationships.map((r) => r.type))
    .map(([k, v]) => `${k}=${v}`)
    .join(' '),
);
process.exit(issues.length > 0 ? 1 : 0);
