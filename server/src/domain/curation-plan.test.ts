// Curation plans without a store: what a write request and the facts read become (a refusal or a plan with its
// change, audit record and answer), and undo as the inverse of a recorded event.
import { describe, expect, it } from 'vitest';
import type { GraphRelationship } from './graph-data.js';
import type { Actor, AuditEvent } from './curation.js';
import {
  isRefusal,
  planCreateNode,
  planDeleteNode,
  planUpdateNode,
  type NodeState,
  type PlanContext,
} from './curation-plan.js';
import { planUndo, undoReads } from './undo-plan.js';

const alice: Actor = { name: 'alice', role: 'editor' };
const bob: Actor = { name: 'bob', role: 'editor' };
const texts = new Map<string, string[]>([['doc.txt', ['Health-RI bouwt een nationale infrastructuur']]]);
const stamp = { id: 'audit-20260101T000000000Z-0000aaaaaa', at: '2026-01-01T00:00:00.000Z' };
const context = (actor: Actor = alice): PlanContext => ({ actor, stamp, texts });
const note = { note: 'asserted in a unit test' };

const state = (id: string, labels: NodeState['labels'], relationships: GraphRelationship[] = []): NodeState => {
  const properties = { id, name: `Name ${id}`, sources: [], quotes: [], confidence: 'inferred', note: 'seed' };
  return { node: { id, labels, properties }, labels, stored: { ...properties, searchText: 'x' }, relationships };
};

describe('planCreateNode', () => {
  it('plans the node with sorted labels, its provenance and an audit record from the stamp', () => {
    const planned = planCreateNode(
      { id: 'org-x', labels: ['Organisation', 'Organisation'], fields: { name: 'X', aliases: [] }, provenance: note },
      null,
      context(),
    );
    if (isRefusal(planned)) throw new Error(planned.message);
    expect(planned.change).toEqual({ kind: 'CREATE_NODE', node: planned.result, relationships: [] });
    expect(planned.result).toEqual({
      id: 'org-x',
      labels: ['Organisation'],
      properties: { name: 'X', sources: [], quotes: [], confidence: 'inferred', note: note.note, id: 'org-x' },
    });
    expect(planned.audit.event).toMatchObject({
      id: stamp.id,
      at: stamp.at,
      actor: 'alice',
      role: 'editor',
      action: 'CREATE_NODE',
      target: 'org-x',
      before: null,
    });
    expect(JSON.parse(planned.audit.event.after!)).toMatchObject({
      id: 'org-x',
      labels: ['Organisation'],
      properties: { name: 'X' },
    });
    expect(planned.audit.stored).toMatchObject({
      id: stamp.id,
      action: 'CREATE_NODE',
      nodeIds: ['org-x'],
      note: note.note,
    });
    expect(planned.audit.stored).not.toHaveProperty('before');
  });

  it('refuses with every problem at once, before looking at an existing node', () => {
    const planned = planCreateNode(
      { id: 'Bad Id', labels: ['Organisation'], fields: {}, provenance: {} },
      state('Bad Id', ['Organisation']),
      context(),
    );
    expect(isRefusal(planned) && planned.code).toBe('INVALID');
    if (!isRefusal(planned)) return;
    expect(planned.issues.map((i) => i.field)).toEqual(['input.provenance.note', 'input.id', 'input.name']);
    expect(planned.message).toMatch(/^node Bad Id not created: input\.provenance\.note: missing provenance/);
  });

  it('refuses an id that exists (CONSTRAINT)', () => {
    const planned = planCreateNode(
      { id: 'org-x', labels: ['Organisation'], fields: { name: 'X' }, provenance: note },
      state('org-x', ['Organisation']),
      context(),
    );
    expect(planned).toMatchObject({
      refused: true,
      code: 'CONSTRAINT',
      issues: [{ field: 'input.id', message: 'already exists' }],
    });
  });
});

describe('planUpdateNode and planDeleteNode', () => {
  const partner: GraphRelationship = { type: 'PARTNER_IN', start: 'org-x', end: 'ppp-y', properties: { note: 'seed' } };

  it('refuses a label change that breaks a relationship, naming the relationship', () => {
    const planned = planUpdateNode(
      'org-x',
      { labels: ['Mission'], fields: {}, provenance: note },
      state('org-x', ['Organisation'], [partner]),
      new Map([['ppp-y', ['PPP']]]),
      context(),
    );
    expect(planned).toMatchObject({ refused: true, code: 'INVALID' });
    if (isRefusal(planned))
      expect(planned.issues[0]).toMatchObject({
        field: 'input.labels',
        message: expect.stringContaining('org-x>PARTNER_IN>ppp-y: PARTNER_IN cannot start at Mission'),
      });
  });

  it('guards an update with the stored state and removes fields sent as null', () => {
    const current = state('org-x', ['Organisation']);
    const planned = planUpdateNode(
      'org-x',
      { fields: { name: 'Renamed', description: null }, provenance: note },
      current,
      new Map(),
      context(),
    );
    if (isRefusal(planned)) throw new Error(planned.message);
    expect(planned.change).toMatchObject({ kind: 'UPDATE_NODE', current });
    expect(planned.result?.properties).toMatchObject({ name: 'Renamed', note: `seed; ${note.note}` });
    expect(planned.what).toBe('node org-x');
  });

  it('an unknown node is NOT_FOUND; a delete keeps the relationships in its audit snapshot', () => {
    expect(planDeleteNode('org-none', note, null, context())).toMatchObject({
      refused: true,
      code: 'NOT_FOUND',
      message: 'no node with id "org-none"',
    });
    const planned = planDeleteNode('org-x', note, state('org-x', ['Organisation'], [partner]), context());
    if (isRefusal(planned)) throw new Error(planned.message);
    expect(planned.audit.event.nodeIds).toEqual(['org-x', 'ppp-y']);
    expect(JSON.parse(planned.audit.event.before!).relationships).toEqual([{ ...partner }]);
  });
});

describe('planUndo', () => {
  const event = (over: Partial<AuditEvent>): AuditEvent => ({
    id: 'audit-1',
    at: stamp.at,
    actor: 'alice',
    role: 'editor',
    action: 'UPDATE_NODE',
    target: 'org-x',
    nodeIds: ['org-x'],
    before: null,
    after: null,
    provenance: {},
    undoes: null,
    undoneBy: null,
    ...over,
  });
  const none = { node: null, relationship: null, existing: new Set<string>() };

  it("refuses unknown, whole-graph, already undone and other editors' events", () => {
    expect(planUndo('audit-0', null, none, alice, stamp)).toMatchObject({ code: 'NOT_FOUND' });
    expect(planUndo('audit-1', event({ action: 'IMPORT', target: 'graph' }), none, alice, stamp)).toMatchObject({
      code: 'INVALID',
    });
    expect(planUndo('audit-1', event({ undoneBy: 'audit-2' }), none, alice, stamp)).toMatchObject({ code: 'CONFLICT' });
    expect(planUndo('audit-1', event({}), none, bob, stamp)).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('inverts an update only while the node is as the event left it', () => {
    const before = state('org-x', ['Organisation']).node;
    const after = { ...before, properties: { ...before.properties, name: 'Renamed' } };
    const recorded = event({ before: JSON.stringify(before), after: JSON.stringify(after) });
    expect(undoReads(recorded)).toEqual({ node: 'org-x', relationship: null, nodeIds: [] });
    const changed = {
      ...state('org-x', ['Organisation']),
      node: { ...after, properties: { ...after.properties, name: 'Later' } },
    };
    expect(planUndo('audit-1', recorded, { ...none, node: changed }, alice, stamp)).toMatchObject({ code: 'CONFLICT' });
    const planned = planUndo(
      'audit-1',
      recorded,
      { ...none, node: { ...state('org-x', ['Organisation']), node: after } },
      alice,
      stamp,
    );
    if (isRefusal(planned)) throw new Error(planned.message);
    expect(planned.change).toMatchObject({
      kind: 'UPDATE_NODE',
      next: { id: 'org-x', properties: { name: 'Name org-x' } },
    });
    expect(planned.audit.event).toMatchObject({
      action: 'UPDATE_NODE',
      undoes: 'audit-1',
      provenance: { note: 'undo of audit-1 (UPDATE_NODE by alice) by alice' },
    });
  });

  it('brings a deleted node back with its relationships only when its neighbours still exist', () => {
    const rel: GraphRelationship = { type: 'PARTNER_IN', start: 'org-x', end: 'ppp-y', properties: {} };
    const recorded = event({
      action: 'DELETE_NODE',
      before: JSON.stringify({ ...state('org-x', ['Organisation']).node, relationships: [rel] }),
    });
    expect(undoReads(recorded).nodeIds).toEqual(['ppp-y']);
    expect(planUndo('audit-1', recorded, none, alice, stamp)).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('ppp-y no longer exist'),
    });
    const planned = planUndo('audit-1', recorded, { ...none, existing: new Set(['ppp-y']) }, alice, stamp);
    expect(planned).toMatchObject({
      change: { kind: 'CREATE_NODE', relationships: [rel] },
      audit: { event: { nodeIds: ['org-x', 'ppp-y'] } },
    });
  });
});
