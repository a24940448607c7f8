// Golden answers: the real seeded server over HTTP answers a fixed set of representative operations exactly as the
// committed files under tests/api/golden/ say, byte for byte (only audit ids and clock times are replaced by stable
// placeholders). The files were written from the code before the issue-18 refactor; regenerate them only for a
// deliberate change of behaviour: KIES_GOLDEN_UPDATE=1 KIES_TEST_NEO4J=off npx vitest run tests/api/golden-answers.test.ts
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCurationApp, type CurationApp } from '../curation/curation-app.js';

const GOLDEN = join(dirname(fileURLToPath(import.meta.url)), 'golden');
const UPDATE = process.env.KIES_GOLDEN_UPDATE === '1';
const KIA = '004_9090d7b3c6790adc.txt';

const PROVENANCE =
  'provenance { sources quotes confidence hasSources note citations { file startLine endLine quote } }';
const NODE = `id label labels name fullName aliases description nameEn code kind target amountEur amountText url degree ${PROVENANCE}`;
const REL = `id type start end role ${PROVENANCE}`;
const AUDIT = `id at actor role action target nodeIds before after undoes undoneBy ${PROVENANCE}`;

/** Audit ids and clock times differ per run; everything else must not. Ids keep their order of first appearance. */
function normalise(text: string): string {
  const ids = new Map<string, string>();
  return text
    .replace(/audit-\d{8}T\d{6,9}Z-[0-9a-f]+/g, (id) => {
      if (!ids.has(id)) ids.set(id, `audit-#${ids.size + 1}`);
      return ids.get(id)!;
    })
    .replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z/g, '<time>');
}

function compare(name: string, answer: unknown): void {
  const text = normalise(JSON.stringify(answer, null, 2)) + '\n';
  const file = join(GOLDEN, `${name}.json`);
  if (UPDATE) {
    mkdirSync(GOLDEN, { recursive: true });
    writeFileSync(file, text);
    return;
  }
  expect(existsSync(file), `golden file ${file} is missing`).toBe(true);
  // toBe on the whole text: any difference (order, a field, a digit) fails with a diff.
  expect(text).toBe(readFileSync(file, 'utf8'));
}

async function answer(
  app: CurationApp,
  query: string,
  variables: Record<string, unknown> = {},
  token: string | null = null,
) {
  const { status, body } = await app.gql(query, variables, token);
  // Stack traces name source files (which the refactor moves); the answer is the rest.
  for (const error of body.errors ?? []) delete error.extensions?.stacktrace;
  return { status, body };
}

const READS: [string, string, Record<string, unknown>?][] = [
  ['search-hi-nl', `{ search(text: "HI-NL") { score matchedOn node { id label name } } }`],
  ['search-dementie-ppp', `{ search(text: "dementie", labels: [PPP], first: 5) { score matchedOn node { id name } } }`],
  ['search-accents', `{ search(text: "zorgakkoord", first: 10) { score matchedOn node { id } } }`],
  [
    'node-health-ri',
    `{ node(id: "ppp-health-ri") { ${NODE} relationships(first: 200) { ${REL} startNode { id } endNode { id } } } }`,
  ],
  ['node-unknown', `{ node(id: "no-such-node") { id } }`],
  [
    'nodes-page',
    `{ nodes(labels: [PPP], first: 7, where: { relatedTo: "mission-iv" }) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { id name } } } }`,
  ],
  [
    'neighbourhood-mission-iv',
    `{ neighbourhood(id: "mission-iv", depth: 2, limit: 40) { truncated totalNodes totalNodesExact nodes { id label name } relationships { ${REL} } } }`,
  ],
  [
    'neighbourhood-filtered',
    `{ neighbourhood(id: "mission-iv", depth: 1, labels: [PPP], types: [ADDRESSES], limit: 500) { truncated totalNodes totalNodesExact nodes { id } relationships { id type } } }`,
  ],
  ['graph-all', `{ graph { truncated totalNodes totalNodesExact nodes { id label name } relationships { id type } } }`],
  [
    'graph-missions-ppps',
    `{ graph(labels: [Mission, PPP], limit: 60) { truncated totalNodes totalNodesExact nodes { ${NODE} } relationships { ${REL} } } }`,
  ],
  [
    'paths-mission-iv-ppps',
    `{ paths(from: "mission-iv", toLabels: [PPP], maxLength: 2, limit: 60) { length nodes { id } hops { direction from { id } to { id } relationship { ${REL} } } } }`,
  ],
  [
    'paths-via',
    `{ paths(from: "ppp-aboard", to: "ministry-vws", maxLength: 3, via: [Mission, CareAgreement], limit: 20) { length nodes { id label } } }`,
  ],
  [
    'shortest-path',
    `{ shortestPath(from: "ppp-aboard", to: "ministry-vws") { length nodes { id } hops { direction relationship { id } } } }`,
  ],
  ['shortest-path-none', `{ shortestPath(from: "ppp-aboard", to: "ministry-vws", types: [LOCATED_IN]) { length } }`],
  [
    'coverage-all',
    `{ missionCoverage { dimensions rows { mission { id code name } cells { dimension count members { id name } } } } }`,
  ],
  [
    'coverage-ppp',
    `{ missionCoverage(dimension: PPP) { dimensions rows { mission { id } cells { dimension count members { id } } } } }`,
  ],
  [
    'gaps-all',
    `{ gaps { id kind severity message subject { id } through { id } affected { id } title explanation nodes { id } relationships { id } dimension } }`,
  ],
  [
    'gaps-filtered',
    `{ gaps(kinds: [PPP_WITHOUT_MISSION, SINGLE_POINT_OF_FAILURE], minSeverity: MEDIUM) { id kind severity message title } }`,
  ],
  [
    'partners-aboard',
    `{ partners(of: "ppp-aboard", limit: 50) { score node { id name } reasons { kind explanation via { id } count role subjectRole } } }`,
  ],
  [
    'partners-health-ri',
    `{ partners(of: "ppp-health-ri", limit: 20) { score node { id } reasons { kind explanation via { id } count role subjectRole } } }`,
  ],
  [
    'partners-ministry',
    `{ partners(of: "ministry-vws", limit: 20) { score node { id } reasons { kind explanation via { id } count role subjectRole } } }`,
  ],
  ['stats', `{ stats { nodes relationships byLabel { label count description } byType { type count description } } }`],
  ['limits-error', `{ neighbourhood(id: "mission-iv", depth: 9) { truncated } }`],
];

describe('golden answers on the seed (embedded store, real HTTP)', () => {
  describe('reads', () => {
    let app: CurationApp;
    beforeAll(async () => {
      app = await startCurationApp({ engine: 'embedded' });
    });
    afterAll(async () => app?.close());

    for (const [name, query, variables] of READS) {
      it(name, async () => compare(name, await answer(app, query, variables)));
    }

    it('backup (admin export of the whole graph and audit trail)', async () => {
      const res = await fetch(`${app.url}/admin/backup`, { headers: { authorization: `Bearer ${app.tokens.admin}` } });
      compare('backup', {
        status: res.status,
        counts: res.headers.get('x-kies-backup-counts'),
        body: JSON.parse(await res.text()),
      });
    });
  });

  describe('curation round trip with undo, then the audit trail (fresh store)', () => {
    let app: CurationApp;
    const audits: string[] = [];
    beforeAll(async () => {
      app = await startCurationApp({ engine: 'embedded' });
    });
    afterAll(async () => app?.close());

    const step = async (
      name: string,
      query: string,
      variables: Record<string, unknown>,
      token: 'editor' | 'editor2' | 'admin' | 'viewer' | null,
    ) => {
      const result = await answer(app, query, variables, token ? app.tokens[token] : null);
      const data = result.body.data ?? {};
      for (const value of Object.values(data)) {
        const id =
          (value as { audit?: { id?: string }; id?: string } | null)?.audit?.id ??
          (value as { id?: string } | null)?.id;
        if (typeof id === 'string' && id.startsWith('audit-')) audits.push(id);
      }
      compare(`curation-${name}`, result);
      return result;
    };
    const CREATE = `mutation($input: CreateNodeInput!) { createNode(input: $input) { node { ${NODE} } audit { ${AUDIT} } } }`;
    const UPDATE = `mutation($id: ID!, $input: UpdateNodeInput!) { updateNode(id: $id, input: $input) { node { ${NODE} } audit { ${AUDIT} } } }`;
    const DELETE = `mutation($id: ID!, $p: ProvenanceInput!) { deleteNode(id: $id, provenance: $p) { node { id } audit { ${AUDIT} } } }`;
    const CREATE_REL = `mutation($input: CreateRelationshipInput!) { createRelationship(input: $input) { relationship { ${REL} } audit { ${AUDIT} } } }`;
    const UPDATE_REL = `mutation($t: RelationshipType!, $s: ID!, $e: ID!, $input: UpdateRelationshipInput!) { updateRelationship(type: $t, start: $s, end: $e, input: $input) { relationship { ${REL} } audit { ${AUDIT} } } }`;
    const DELETE_REL = `mutation($t: RelationshipType!, $s: ID!, $e: ID!, $p: ProvenanceInput!) { deleteRelationship(type: $t, start: $s, end: $e, provenance: $p) { relationship { id } audit { ${AUDIT} } } }`;
    const UNDO = `mutation($id: ID!) { undoChange(auditId: $id) { ${AUDIT} } }`;
    const note = { note: 'asserted by the governance team (golden test)' };
    const kia = { sources: [`${KIA}#L6206-L6207`], quotes: ['Health-RI'] };
    const last = () => audits[audits.length - 1];

    it('writes, refusals and undo', async () => {
      await step(
        'create-node',
        CREATE,
        {
          input: {
            id: 'org-golden',
            labels: ['Organisation'],
            name: 'Golden <b>BV</b>',
            fullName: 'Golden Test BV',
            aliases: ['GTB'],
            provenance: note,
          },
        },
        'editor',
      );
      await step(
        'create-node-duplicate',
        CREATE,
        { input: { id: 'org-golden', labels: ['Organisation'], name: 'Again', provenance: note } },
        'editor',
      );
      await step(
        'create-node-invalid',
        CREATE,
        { input: { id: 'Bad Id', labels: ['Organisation'], name: '', provenance: {} } },
        'editor',
      );
      await step(
        'create-node-bad-quote',
        CREATE,
        {
          input: {
            id: 'org-q',
            labels: ['Organisation'],
            name: 'Q',
            provenance: { sources: [`${KIA}#L6206-L6207`], quotes: ['Philips'] },
          },
        },
        'editor',
      );
      await step(
        'create-node-viewer',
        CREATE,
        { input: { id: 'org-v', labels: ['Organisation'], name: 'V', provenance: note } },
        'viewer',
      );
      await step(
        'create-rel',
        CREATE_REL,
        { input: { type: 'PARTNER_IN', start: 'org-golden', end: 'ppp-health-ri', role: 'partner', provenance: kia } },
        'editor',
      );
      const relCreate = last();
      await step(
        'create-rel-invalid-ends',
        CREATE_REL,
        { input: { type: 'ADDRESSES', start: 'org-golden', end: 'ministry-vws', provenance: note } },
        'editor',
      );
      await step(
        'update-node',
        UPDATE,
        { id: 'org-golden', input: { description: 'Een testorganisatie', fullName: null, provenance: note } },
        'editor',
      );
      const nodeUpdate = last();
      await step(
        'update-node-labels-break-rel',
        UPDATE,
        { id: 'org-golden', input: { labels: ['Mission'], provenance: note } },
        'editor',
      );
      await step(
        'update-rel',
        UPDATE_REL,
        { t: 'PARTNER_IN', s: 'org-golden', e: 'ppp-health-ri', input: { role: 'lead', provenance: note } },
        'editor',
      );
      const relUpdate = last();
      await step('undo-by-other-editor', UNDO, { id: relUpdate }, 'editor2');
      await step('undo-update-rel', UNDO, { id: relUpdate }, 'editor');
      await step('undo-again', UNDO, { id: relUpdate }, 'editor');
      await step('undo-stale-node-update', UNDO, { id: audits[0] }, 'editor');
      await step('undo-update-node', UNDO, { id: nodeUpdate }, 'admin');
      await step('delete-rel', DELETE_REL, { t: 'PARTNER_IN', s: 'org-golden', e: 'ppp-health-ri', p: note }, 'editor');
      const relDelete = last();
      await step('undo-delete-rel', UNDO, { id: relDelete }, 'editor');
      await step('undo-create-rel-stale', UNDO, { id: relCreate }, 'editor');
      await step('delete-node', DELETE, { id: 'org-golden', p: note }, 'editor');
      const nodeDelete = last();
      await step('node-after-delete', `{ node(id: "org-golden") { id } }`, {}, null);
      await step('undo-delete-node', UNDO, { id: nodeDelete }, 'editor');
      await step('node-after-undo', `{ node(id: "org-golden") { ${NODE} relationships { ${REL} } } }`, {}, null);
      await step('delete-seed-node', DELETE, { id: 'ppp-aboard', p: note }, 'admin');
      await step('undo-delete-seed-node', UNDO, { id: last() }, 'admin');
      await step(
        'node-aboard-restored',
        `{ node(id: "ppp-aboard") { ${NODE} relationships(first: 200) { ${REL} } } }`,
        {},
        null,
      );
    });

    it('audit trail by node, by actor and in full', async () => {
      const LOG = `query($nodeId: ID, $actor: String, $first: Int) { auditLog(nodeId: $nodeId, actor: $actor, first: $first) { ${AUDIT} } }`;
      await step('audit-node', LOG, { nodeId: 'org-golden', first: 100 }, 'editor');
      await step('audit-actor', LOG, { actor: 'root', first: 100 }, 'admin');
      await step('audit-all', LOG, { first: 200 }, 'admin');
      await step('audit-viewer', LOG, {}, 'viewer');
      await step(
        'stats-after',
        `{ stats { nodes relationships byLabel { label count } byType { type count } } }`,
        {},
        null,
      );
    });
  });
});
