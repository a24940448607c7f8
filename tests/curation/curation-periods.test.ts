// Curating periods over HTTP on both engines (issue 12): an editor writes a period with the quote that gives it; the
// seed validator's rules refuse a malformed one naming the field; null removes it again.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '../engines.js';
import { startCurationApp, type CurationApp } from './curation-app.js';

const KIA = '004_9090d7b3c6790adc.txt';
// L1124-L1126: "investeert het kabinet via EZK met het Nationaal Groeifonds (NGF) tussen 2021 en 2025 €20 miljard"
const FUND_PROVENANCE = {
  sources: [`${KIA}#L1124-L1126`],
  quotes: ['Groeifonds (NGF) tussen 2021 en 2025 €20 miljard'],
};

const CREATE = `mutation($input: CreateNodeInput!) {
  createNode(input: $input) { node { id period { start end text } } audit { after } }
}`;
const UPDATE = `mutation($id: ID!, $input: UpdateNodeInput!) {
  updateNode(id: $id, input: $input) { node { id period { start end text } } }
}`;

describeEachEngine('curating periods over HTTP (issue 12)', (engine) => {
  let app: CurationApp;
  beforeAll(async () => {
    app = await startCurationApp({ engine });
  });
  afterAll(async () => app?.close());

  const create = (id: string, fields: Record<string, unknown>) =>
    app.gql(
      CREATE,
      { input: { id, labels: ['Instrument'], name: 'Testfonds', ...fields, provenance: FUND_PROVENANCE } },
      app.tokens.editor,
    );
  const issuesOf = (body: Awaited<ReturnType<typeof create>>['body']) => body.errors?.[0]?.extensions?.issues ?? [];

  it('creates a node with a period and reads it back as Node.period; the audit keeps the years', async () => {
    const { body } = await create('instrument-testfonds', {
      periodStart: 2021,
      periodEnd: 2025,
      periodText: 'tussen 2021 en 2025',
    });
    expect(body.errors).toBeUndefined();
    expect(body.data!.createNode.node?.period).toEqual({ start: 2021, end: 2025, text: 'tussen 2021 en 2025' });
    expect(JSON.parse(body.data!.createNode.audit.after ?? 'null').properties).toMatchObject({
      periodStart: 2021,
      periodEnd: 2025,
    });
  });

  it('refuses a period that ends before it starts, years without text, and text the quotes do not hold', async () => {
    const backwards = await create('instrument-bad-1', {
      periodStart: 2025,
      periodEnd: 2021,
      periodText: 'tussen 2021 en 2025',
    });
    expect(backwards.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(issuesOf(backwards.body)).toContainEqual({
      field: 'input.periodEnd',
      message: 'the period ends (2021) before it starts (2025)',
    });
    const bare = await create('instrument-bad-2', { periodStart: 2021 });
    expect(issuesOf(bare.body)).toContainEqual({
      field: 'input.periodText',
      message: 'a period needs periodText: the words of the text that give it',
    });
    const unfounded = await create('instrument-bad-3', { periodStart: 2020, periodText: 'sinds 2020' });
    expect(issuesOf(unfounded.body)).toContainEqual({
      field: 'input.periodText',
      message: `"sinds 2020" is in none of the row's quotes or cited lines`,
    });
    const outOfRange = await create('instrument-bad-4', { periodStart: 1850, periodText: 'tussen 2021 en 2025' });
    expect(issuesOf(outOfRange.body).map((i: { field: string }) => i.field)).toContain('input.periodStart');
  });

  it('updates a period and removes it with null', async () => {
    const opened = await app.gql(
      UPDATE,
      { id: 'instrument-testfonds', input: { periodEnd: null, provenance: { note: 'alice: the end is open (test)' } } },
      app.tokens.editor,
    );
    expect(opened.body.errors).toBeUndefined();
    expect(opened.body.data!.updateNode.node?.period).toEqual({ start: 2021, end: null, text: 'tussen 2021 en 2025' });
    const removed = await app.gql(
      UPDATE,
      {
        id: 'instrument-testfonds',
        input: { periodStart: null, periodText: null, provenance: { note: 'alice: no period (test)' } },
      },
      app.tokens.editor,
    );
    expect(removed.body.errors).toBeUndefined();
    expect(removed.body.data!.updateNode.node?.period).toBeNull();
  });
});
