// Curation over real HTTP: mutations with provenance, model enforcement with precise errors, roles, the audit
// trail (per node, per user, per period) and undo. The server is the real app on a loopback port.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ASSERTED, startCurationApp, type CurationApp } from './curation-app.js';
import { describeEachEngine } from '../engines.js';
import { defined } from '../api/answers.js';

const KIA = '004_9090d7b3c6790adc.txt';
const CREATE = `mutation($input: CreateNodeInput!) {
  createNode(input: $input) { node { id name labels provenance { sources quotes confidence note } } audit { id actor role action target before after } }
}`;
const UPDATE = `mutation($id: ID!, $input: UpdateNodeInput!) {
  updateNode(id: $id, input: $input) { node { id name fullName description labels provenance { sources note } } audit { id action before after } }
}`;
const DELETE = `mutation($id: ID!, $p: ProvenanceInput!) { deleteNode(id: $id, provenance: $p) { node { id } audit { id action before nodeIds } } }`;
const CREATE_REL = `mutation($input: CreateRelationshipInput!) {
  createRelationship(input: $input) { relationship { id type start end role provenance { sources quotes } } audit { id action target } }
}`;
const UNDO = `mutation($id: ID!) { undoChange(auditId: $id) { id action undoes target } }`;
const AUDIT = `query($nodeId: ID, $actor: String, $since: String, $until: String, $first: Int) {
  auditLog(nodeId: $nodeId, actor: $actor, since: $since, until: $until, first: $first) { id at actor action target undoes undoneBy provenance { note sources } }
}`;

describeEachEngine('curation over HTTP', (engine) => {
  let app: CurationApp;
  let seedCounts: { nodes: number; relationships: number };

  beforeAll(async () => {
    app = await startCurationApp({ engine });
    const counts = await app.store.counts();
    seedCounts = { nodes: counts.nodes, relationships: counts.relationships };
  });
  afterAll(async () => app?.close());

  const node = (id: string, extra: Record<string, unknown> = {}) => ({
    id,
    labels: ['Organisation'],
    name: `Test ${id}`,
    provenance: ASSERTED,
    ...extra,
  });

  describe('access', () => {
    it('anonymous clients read but cannot write (401 UNAUTHENTICATED)', async () => {
      const read = await app.gql('{ node(id: "mission-iv") { id } }');
      expect(read.status).toBe(200);
      const write = await app.gql(CREATE, { input: node('org-anon') });
      expect(write.status).toBe(401);
      expect(write.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(await app.store.nodesById(['org-anon'])).toEqual([]);
    });

    it('a viewer token cannot write (403 FORBIDDEN) nor read the audit trail', async () => {
      const write = await app.gql(CREATE, { input: node('org-viewer') }, app.tokens.viewer);
      expect(write.status).toBe(403);
      expect(write.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const audit = await app.gql(AUDIT, {}, app.tokens.viewer);
      expect(audit.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });

    it('an unknown or malformed token is refused even for reads (401)', async () => {
      const unknown = await app.gql('{ stats { nodes } }', {}, 'kies_not-a-real-token');
      expect(unknown.status).toBe(401);
      const res = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: 'Basic abc' },
        body: JSON.stringify({ query: '{ stats { nodes } }' }),
      });
      expect(res.status).toBe(401);
    });

    it('viewer tells the client who it is and whether to show edit controls', async () => {
      const q = '{ viewer { name role canEdit } }';
      expect((await app.gql(q)).body.data!.viewer).toBeNull();
      expect((await app.gql(q, {}, app.tokens.viewer)).body.data!.viewer).toEqual({
        name: 'vera',
        role: 'viewer',
        canEdit: false,
      });
      expect((await app.gql(q, {}, app.tokens.editor)).body.data!.viewer).toEqual({
        name: 'alice',
        role: 'editor',
        canEdit: true,
      });
      expect((await app.gql(q, {}, app.tokens.admin)).body.data!.viewer).toEqual({
        name: 'root',
        role: 'admin',
        canEdit: true,
      });
    });

    it('with KIES_READ_REQUIRES_TOKEN reading needs a token too', async () => {
      // Access is decided before the store is touched; an embedded store keeps this second app off the worker's
      // one Neo4j database, which the suite's main app is using.
      const closed = await startCurationApp({ engine: 'embedded', readRequiresToken: true });
      try {
        expect((await closed.gql('{ stats { nodes } }')).status).toBe(401);
        const viewer = await closed.gql('{ stats { nodes } }', {}, closed.tokens.viewer);
        expect(viewer.status).toBe(200);
        expect(viewer.body.data!.stats.nodes).toBeGreaterThan(500);
      } finally {
        await closed.close();
      }
    });
  });

  describe('writes with provenance and the graph model', () => {
    it('creates a node with an assertion note and records who, when, what', async () => {
      const before = Date.now();
      const { status, body } = await app.gql(
        CREATE,
        { input: node('org-acme', { name: 'Acme <b>Health</b>' }) },
        app.tokens.editor,
      );
      expect(status, JSON.stringify(body)).toBe(200);
      expect(body.data!.createNode.node).toMatchObject({
        id: 'org-acme',
        name: 'Acme <b>Health</b>',
        labels: ['Organisation'],
        provenance: { sources: [], quotes: [], confidence: 'inferred', note: ASSERTED.note },
      });
      const audit = body.data!.createNode.audit;
      expect(audit).toMatchObject({
        actor: 'alice',
        role: 'editor',
        action: 'CREATE_NODE',
        target: 'org-acme',
        before: null,
      });
      expect(JSON.parse(audit.after ?? 'null')).toMatchObject({
        id: 'org-acme',
        labels: ['Organisation'],
        properties: { name: 'Acme <b>Health</b>' },
      });
      const read = await app.gql('{ node(id: "org-acme") { name provenance { note } } }');
      expect(read.body.data!.node).toEqual({ name: 'Acme <b>Health</b>', provenance: { note: ASSERTED.note } });
      const log = await app.gql(AUDIT, { nodeId: 'org-acme' }, app.tokens.editor);
      expect(log.body.data!.auditLog.map((e: { id: string }) => e.id)).toEqual([audit.id]);
      expect(Date.parse(log.body.data!.auditLog[0].at)).toBeGreaterThanOrEqual(before - 5);
    });

    it('creates a relationship with a source and a quote that is really on the cited lines', async () => {
      const { body } = await app.gql(
        CREATE_REL,
        {
          input: {
            type: 'PARTNER_IN',
            start: 'org-acme',
            end: 'ppp-health-ri',
            role: 'partner',
            provenance: { sources: [`${KIA}#L6206-L6207`], quotes: ['Health-RI'] },
          },
        },
        app.tokens.editor,
      );
      expect(body.errors).toBeUndefined();
      expect(body.data!.createRelationship.relationship).toMatchObject({
        id: 'org-acme>PARTNER_IN>ppp-health-ri',
        role: 'partner',
        provenance: { sources: [`${KIA}#L6206-L6207`], quotes: ['Health-RI'] },
      });
    });

    it('refuses a write without provenance, naming the field', async () => {
      const { status, body } = await app.gql(
        CREATE,
        { input: { ...node('org-noprov'), provenance: {} } },
        app.tokens.editor,
      );
      expect(status).toBe(200);
      expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(body.errors?.[0]?.extensions?.issues).toContainEqual({
        field: 'input.provenance.note',
        message: 'missing provenance: give sources and quotes, or a note saying who asserted it',
      });
    });

    it('refuses a quote that is not on the cited lines, and sources without quotes', async () => {
      const wrong = await app.gql(
        CREATE,
        { input: node('org-q', { provenance: { sources: [`${KIA}#L6206-L6207`], quotes: ['Philips'] } }) },
        app.tokens.editor,
      );
      expect(wrong.body.errors?.[0]?.extensions?.issues).toContainEqual({
        field: 'input.provenance.quotes',
        message: `quote 1 "Philips" not found at ${KIA}#L6206-L6207`,
      });
      const bare = await app.gql(
        CREATE,
        { input: node('org-q', { provenance: { sources: [`${KIA}#L6206`] } }) },
        app.tokens.editor,
      );
      expect(bare.body.errors?.[0]?.extensions?.issues?.map((i: { field: string }) => i.field)).toContain(
        'input.provenance.quotes',
      );
    });

    it('enforces the model: id format, required name, labels, relationship directions', async () => {
      const badId = await app.gql(CREATE, { input: node('Org Acme!') }, app.tokens.editor);
      expect(badId.body.errors?.[0]?.extensions?.issues).toContainEqual({
        field: 'input.id',
        message: '"Org Acme!" is not a kebab-case ASCII id',
      });
      const noLabel = await app.gql(CREATE, { input: node('org-nolabel', { labels: [] }) }, app.tokens.editor);
      expect(noLabel.body.errors?.[0]?.extensions?.issues).toContainEqual({
        field: 'input.labels',
        message: 'a node needs at least one label',
      });
      const badLabel = await app.gql(
        CREATE,
        { input: node('org-badlabel', { labels: ['Person'] }) },
        app.tokens.editor,
      );
      // Refused by the schema before any resolver runs (the HTTP status is 400 from the real server; under vitest's
      // module loading Apollo may see the coercion error as foreign and answer 500, so only the message is pinned).
      expect(badLabel.body.errors?.[0]?.message).toMatch(/Value "Person" does not exist in "NodeLabel" enum/);
      const noName = await app.gql(CREATE, { input: { ...node('org-noname'), name: undefined } }, app.tokens.editor);
      expect(noName.body.errors?.[0]?.message).toMatch(/Field "name" of required type "String!" was not provided/);
      expect(await app.store.nodesById(['org-badlabel', 'org-noname'])).toEqual([]);
      const wrongWay = await app.gql(
        CREATE_REL,
        { input: { type: 'ADDRESSES', start: 'mission-iv', end: 'org-acme', provenance: ASSERTED } },
        app.tokens.editor,
      );
      const fields = wrongWay.body.errors?.[0]?.extensions?.issues?.map((i: { field: string }) => i.field);
      expect(fields).toEqual(['input.start', 'input.end']);
      const dangling = await app.gql(
        CREATE_REL,
        { input: { type: 'ADDRESSES', start: 'org-nowhere', end: 'mission-iv', provenance: ASSERTED } },
        app.tokens.editor,
      );
      expect(dangling.body.errors?.[0]?.extensions?.issues).toContainEqual({
        field: 'input.start',
        message: 'dangling reference: no node "org-nowhere"',
      });
    });

    it('reports constraint violations precisely: a duplicate id, a duplicate relationship', async () => {
      const dup = await app.gql(CREATE, { input: node('mission-iv', { labels: ['Mission'] }) }, app.tokens.editor);
      expect(dup.body.errors?.[0]?.extensions).toMatchObject({
        code: 'CONSTRAINT_VIOLATION',
        issues: [{ field: 'input.id', message: 'already exists' }],
      });
      expect(dup.body.errors?.[0]?.message).toMatch(/a node with id "mission-iv" already exists/);
      const rel = await app.gql(
        CREATE_REL,
        { input: { type: 'PARTNER_IN', start: 'org-acme', end: 'ppp-health-ri', provenance: ASSERTED } },
        app.tokens.editor,
      );
      expect(rel.body.errors?.[0]?.extensions?.code).toBe('CONSTRAINT_VIOLATION');
    });

    it('updates fields (null removes), appends provenance, and keeps before/after', async () => {
      await app.gql(
        UPDATE,
        {
          id: 'org-acme',
          input: { fullName: 'Acme Health B.V.', provenance: { note: 'alice: from the KvK register' } },
        },
        app.tokens.editor,
      );
      const { body } = await app.gql(
        UPDATE,
        {
          id: 'org-acme',
          input: {
            fullName: null,
            description: 'Makes things.',
            provenance: { note: 'bob: description from their site' },
          },
        },
        app.tokens.editor2,
      );
      expect(body.errors).toBeUndefined();
      const updated = body.data!.updateNode;
      expect(updated.node).toMatchObject({ fullName: null, description: 'Makes things.' });
      expect(updated.node?.provenance.note).toBe(
        `${ASSERTED.note}; alice: from the KvK register; bob: description from their site`,
      );
      expect(JSON.parse(updated.audit.before ?? 'null').properties.fullName).toBe('Acme Health B.V.');
      expect(JSON.parse(updated.audit.after ?? 'null').properties.fullName).toBeUndefined();
      const nameless = await app.gql(
        UPDATE,
        { id: 'org-acme', input: { name: null, provenance: ASSERTED } },
        app.tokens.editor,
      );
      expect(nameless.body.errors?.[0]?.extensions?.argument).toBe('input.name');
      const missing = await app.gql(UPDATE, { id: 'org-missing', input: { provenance: ASSERTED } }, app.tokens.editor);
      expect(missing.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    });

    it('refuses a label change that would break a relationship', async () => {
      const { body } = await app.gql(
        UPDATE,
        { id: 'org-acme', input: { labels: ['Region'], provenance: ASSERTED } },
        app.tokens.editor,
      );
      expect(body.errors?.[0]?.extensions?.issues?.[0]?.field).toBe('input.labels');
      expect(body.errors?.[0]?.message).toMatch(/org-acme>PARTNER_IN>ppp-health-ri/);
    });
  });

  describe('audit trail and undo', () => {
    it('lists changes per node, per user and per period; audit events stay out of counts and exports', async () => {
      const all = (await app.gql(AUDIT, { nodeId: 'org-acme' }, app.tokens.editor)).body.data!.auditLog;
      expect(all.map((e: { action: string }) => e.action)).toEqual([
        'UPDATE_NODE',
        'UPDATE_NODE',
        'CREATE_RELATIONSHIP',
        'CREATE_NODE',
      ]);
      const bob = (await app.gql(AUDIT, { actor: 'bob' }, app.tokens.admin)).body.data!.auditLog;
      expect(bob).toHaveLength(1);
      expect(bob[0].provenance.note).toBe('bob: description from their site');
      const since = all[1].at;
      const period = (await app.gql(AUDIT, { nodeId: 'org-acme', since, until: '2999-01-01' }, app.tokens.editor)).body
        .data!.auditLog;
      expect(period.every((e: { at: string }) => e.at >= since)).toBe(true);
      expect((await app.gql(AUDIT, { since: 'yesterday' }, app.tokens.editor)).body.errors?.[0]?.extensions?.code).toBe(
        'BAD_USER_INPUT',
      );
      const counts = await app.store.counts();
      expect(counts.nodes).toBe(seedCounts.nodes + 1);
      expect(counts.byLabel.AuditEvent).toBeUndefined();
      const exported = await app.store.exportGraph();
      expect(exported.nodes.some((n) => n.labels.length === 0 || n.id.startsWith('audit-'))).toBe(false);
    });

    it('deleting a node keeps it and its relationships in the event; undo restores both', async () => {
      const del = await app.gql(
        DELETE,
        { id: 'org-acme', p: { note: 'alice: duplicate of another entry' } },
        app.tokens.editor,
      );
      expect(del.body.errors).toBeUndefined();
      const event = del.body.data!.deleteNode.audit;
      expect(event.nodeIds).toEqual(['org-acme', 'ppp-health-ri']);
      expect(JSON.parse(event.before ?? 'null').relationships).toHaveLength(1);
      expect(await app.store.nodesById(['org-acme'])).toEqual([]);

      const undo = await app.gql(UNDO, { id: event.id }, app.tokens.editor);
      expect(undo.body.data!.undoChange).toMatchObject({ action: 'CREATE_NODE', undoes: event.id, target: 'org-acme' });
      const back = await app.gql('{ node(id: "org-acme") { description relationships { id role } } }');
      expect(back.body.data!.node).toEqual({
        description: 'Makes things.',
        relationships: [{ id: 'org-acme>PARTNER_IN>ppp-health-ri', role: 'partner' }],
      });

      const again = await app.gql(UNDO, { id: event.id }, app.tokens.editor);
      expect(again.body.errors?.[0]?.extensions?.code).toBe('CONFLICT');
      const log = (await app.gql(AUDIT, { nodeId: 'org-acme', first: 1 }, app.tokens.editor)).body.data!.auditLog;
      expect(log[0].undoes).toBe(event.id);
    });

    it('editors undo only their own changes; admins anyone; a later change blocks the undo', async () => {
      const [bobsUpdate] = (await app.gql(AUDIT, { actor: 'bob' }, app.tokens.admin)).body.data!.auditLog;
      const byAlice = await app.gql(UNDO, { id: bobsUpdate.id }, app.tokens.editor);
      expect(byAlice.status).toBe(200);
      expect(byAlice.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

      // Bob's update is older than the delete+restore: the node's state is the same, so it can be undone.
      const byAdmin = await app.gql(UNDO, { id: bobsUpdate.id }, app.tokens.admin);
      expect(byAdmin.body.errors).toBeUndefined();
      const node = await app.gql('{ node(id: "org-acme") { fullName description } }');
      expect(node.body.data!.node).toEqual({ fullName: 'Acme Health B.V.', description: null });

      // An undo is itself a change that can be undone (redo).
      const redo = await app.gql(UNDO, { id: byAdmin.body.data!.undoChange.id }, app.tokens.admin);
      expect(redo.body.errors).toBeUndefined();
      expect((await app.gql('{ node(id: "org-acme") { description } }')).body.data!.node.description).toBe(
        'Makes things.',
      );

      // Alice's first update is now hidden under later changes: undoing it would lose them.
      const log = (await app.gql(AUDIT, { nodeId: 'org-acme', actor: 'alice' }, app.tokens.editor)).body.data!.auditLog;
      const alicesUpdate = defined(
        log.find((e) => e.action === 'UPDATE_NODE' && !e.undoes),
        "alice's first update",
      );
      const blocked = await app.gql(UNDO, { id: alicesUpdate.id }, app.tokens.editor);
      expect(blocked.body.errors?.[0]?.extensions?.code).toBe('CONFLICT');
      expect(blocked.body.errors?.[0]?.message).toMatch(/has changed since/);
    });

    it('undoing a creation deletes the node only when nothing was attached since', async () => {
      const created = await app.gql(CREATE, { input: node('org-undo-me') }, app.tokens.editor);
      const id = created.body.data!.createNode.audit.id;
      const rel = await app.gql(
        CREATE_REL,
        { input: { type: 'ADDRESSES', start: 'org-undo-me', end: 'mission-iv', provenance: ASSERTED } },
        app.tokens.editor,
      );
      expect((await app.gql(UNDO, { id }, app.tokens.editor)).body.errors?.[0]?.message).toMatch(/1 relationship/);
      const relUndo = await app.gql(UNDO, { id: rel.body.data!.createRelationship.audit.id }, app.tokens.editor);
      expect(relUndo.body.errors, JSON.stringify(relUndo.body.errors)).toBeUndefined();
      expect((await app.gql(UNDO, { id }, app.tokens.editor)).body.errors).toBeUndefined();
      expect(await app.store.nodesById(['org-undo-me'])).toEqual([]);
    });
  });

  describe('concurrent writes', () => {
    it('many concurrent mutations are serialised: every acknowledged change and its audit event are there', async () => {
      const creates = Array.from({ length: 30 }, (_, i) =>
        app.gql(CREATE, { input: node(`org-conc-${i}`) }, app.tokens.editor),
      );
      const updates = Array.from({ length: 20 }, (_, i) =>
        app.gql(
          UPDATE,
          { id: 'mission-iv', input: { provenance: { note: `concurrent note ${i}` } } },
          i % 2 ? app.tokens.editor : app.tokens.editor2,
        ),
      );
      const rels = Array.from({ length: 10 }, (_, i) =>
        app.gql(
          CREATE_REL,
          { input: { type: 'ADDRESSES', start: 'org-acme', end: 'mission-iv', provenance: { note: `race ${i}` } } },
          app.tokens.editor,
        ),
      );
      const dupes = Array.from({ length: 5 }, () =>
        app.gql(CREATE, { input: node('org-conc-dup') }, app.tokens.editor),
      );
      const results = await Promise.all([...creates, ...updates, ...rels, ...dupes]);
      const ok = results.filter((r) => r.status === 200 && !r.body.errors);
      const failed = results.filter((r) => r.body.errors);
      // 30 creates + 20 updates + exactly one of the 10 racing relationship creates + exactly one of the 5 duplicates.
      expect(ok).toHaveLength(52);
      expect(failed.every((r) => r.body.errors?.[0]?.extensions?.code === 'CONSTRAINT_VIOLATION')).toBe(true);

      expect(await app.store.nodesById(Array.from({ length: 30 }, (_, i) => `org-conc-${i}`))).toHaveLength(30);
      const mission = (await app.gql('{ node(id: "mission-iv") { provenance { note } } }')).body.data!.node.provenance
        .note;
      for (let i = 0; i < 20; i++) expect(mission).toContain(`concurrent note ${i}`);

      // Each answer holds one mutation field (createNode, updateNode or createRelationship), each with its audit event.
      const acknowledged = ok.map((r) => {
        const data = r.body.data!;
        return (data.createNode ?? data.updateNode ?? data.createRelationship).audit.id;
      });
      const stored = new Set<string>();
      for (const actor of ['alice', 'bob']) {
        const log = (await app.gql(AUDIT, { actor, first: 200 }, app.tokens.admin)).body.data!.auditLog;
        for (const e of log) stored.add(e.id);
      }
      for (const id of acknowledged) expect(stored.has(id)).toBe(true);
      const missionLog = (await app.gql(AUDIT, { nodeId: 'mission-iv', first: 200 }, app.tokens.admin)).body.data!
        .auditLog;
      expect(missionLog.filter((e) => e.action === 'UPDATE_NODE')).toHaveLength(20);
    });
  });
});
