// Contract cases for curation: the same writes, guards, audit records and undo on every engine.
// Audit events survive `store.clear()` (it clears :Entity only), so cases look at their own node ids only.
import { expect } from 'vitest';
import { StoreError } from '../../../server/src/store/executor.js';
import type { ContractCase } from '../contract-case.js';

const alice = { name: 'alice', role: 'editor' as const };
const asserted = { note: 'asserted by the contract suite' };

export const cases: ContractCase[] = [
  {
    name: 'curation: create, update and delete write the change and its audit event together',
    async run({ store, load }) {
      await load();
      const created = await store.curation.createNode(
        {
          id: 'org-contract-a',
          labels: ['Organisation'],
          fields: { name: 'Contract A', aliases: ['CA'], amountEur: 1.5 },
          provenance: asserted,
        },
        alice,
      );
      expect(created.audit).toMatchObject({
        action: 'CREATE_NODE',
        actor: 'alice',
        target: 'org-contract-a',
        before: null,
      });
      const [stored] = await store.nodesById(['org-contract-a']);
      expect(stored?.properties).toMatchObject({
        name: 'Contract A',
        aliases: ['CA'],
        amountEur: 1.5,
        confidence: 'inferred',
      });
      expect((await store.search('ca', null, 5)).map((h) => h.node.id)).toContain('org-contract-a');

      await store.curation.createRelationship(
        { type: 'PARTNER_IN', start: 'org-contract-a', end: 'ppp-health-ri', role: 'partner', provenance: asserted },
        alice,
      );
      await store.curation.updateNode(
        'org-contract-a',
        { labels: ['Organisation', 'Team'], fields: { aliases: null }, provenance: { note: 'second' } },
        alice,
      );
      const deleted = await store.curation.deleteNode('org-contract-a', { note: 'gone' }, alice);
      expect(JSON.parse(deleted.audit.before!)).toMatchObject({
        labels: ['Organisation', 'Team'],
        relationships: [{ type: 'PARTNER_IN', end: 'ppp-health-ri' }],
      });
      expect(await store.nodesById(['org-contract-a'])).toEqual([]);

      const log = await store.curation.auditLog({ nodeId: 'org-contract-a', limit: 10 });
      expect(log.map((e) => e.action)).toEqual(['DELETE_NODE', 'UPDATE_NODE', 'CREATE_RELATIONSHIP', 'CREATE_NODE']);
      expect((await store.counts()).nodes).toBe(11);

      await store.curation.undo(deleted.audit.id, alice);
      const [back] = await store.nodesById(['org-contract-a']);
      expect(back?.labels).toEqual(['Organisation', 'Team']);
      expect((await store.relationshipsOf(['org-contract-a'], null, 'BOTH', 10)).get('org-contract-a')).toHaveLength(1);
    },
  },
  {
    name: 'curation: a guarded change whose node changed underneath writes nothing (CONFLICT)',
    async run({ store, load, executor }) {
      await load();
      await store.curation.createNode(
        { id: 'org-contract-b', labels: ['Organisation'], fields: { name: 'B' }, provenance: asserted },
        alice,
      );
      const [event] = await store.curation.auditLog({ nodeId: 'org-contract-b', limit: 1 });
      // A write that bypasses curation (another process): the undo's guard sees the node differ from the event.
      await executor.write([{ cypher: "MATCH (n:Entity {id: 'org-contract-b'}) SET n.name = 'B2'", params: {} }]);
      const error = await store.curation.undo(event!.id, alice).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(StoreError);
      expect((error as StoreError).code).toBe('CONFLICT');
      expect(await store.nodesById(['org-contract-b'])).toHaveLength(1);
      expect((await store.curation.auditLog({ nodeId: 'org-contract-b', limit: 10 })).length).toBe(1);
    },
  },
  {
    name: 'curation: invalid writes name every problem and write nothing',
    async run({ store, load }) {
      await load();
      const error = (await store.curation
        .createRelationship(
          { type: 'APPLIES_TO', start: 'ppp-health-ri', end: 'care-iza', provenance: { sources: ['x.txt#L1'] } },
          alice,
        )
        .catch((e: unknown) => e)) as StoreError;
      expect(error.code).toBe('INVALID');
      expect(error.issues.map((i) => i.field).sort()).toEqual(
        ['input.end', 'input.provenance.quotes', 'input.provenance.quotes', 'input.start'].sort(),
      );
      expect((await store.counts()).relationships).toBe(11);
    },
  },
];
