// Curation forms: drafts to mutation inputs, server issues to form fields, audit display and undo rights.
import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client';
import { canUndo, changedProperties, propertyChange, type AuditEvent } from './audit';
import { formErrors, formKey, hasErrors } from './field-issues';
import {
  changedFields,
  draftFromNode,
  EDIT_FIELDS,
  kindsOf,
  parseAliases,
  suggestId,
  toCreateInput,
  toUpdateInput,
} from './node-form';
import { emptyProvenance, toProvenanceInput } from './provenance-input';
import { RELATIONSHIP_FIELD_ALIASES, targetLabels, toCreateRelationshipInput, typesFrom } from './relationship-form';

const NODE = {
  id: 'ppp-aboard',
  name: 'ABOARD',
  fullName: 'A Personalized Medicine Approach',
  description: 'Old text',
  aliases: ['Aboard'],
};
const NOTE = { pairs: [{ source: '', quote: '' }], note: 'alice: from the consortium site' };

describe('provenance', () => {
  it('maps pairs to parallel sources/quotes, drops blank rows, keeps a note', () => {
    expect(toProvenanceInput(emptyProvenance())).toEqual({});
    expect(toProvenanceInput(NOTE)).toEqual({ note: 'alice: from the consortium site' });
    expect(
      toProvenanceInput({
        pairs: [
          { source: ' 004_x.txt#L1-L2 ', quote: ' ABOARD ' },
          { source: '', quote: '' },
          { source: '004_x.txt#L9', quote: '' },
        ],
        note: ' ',
      }),
    ).toEqual({ sources: ['004_x.txt#L1-L2', '004_x.txt#L9'], quotes: ['ABOARD', ''] });
  });
});

describe('node forms', () => {
  it('sends only changed fields; a cleared optional field becomes null', () => {
    const draft = { ...draftFromNode(NODE), description: '  New text ', fullName: '' };
    const input = toUpdateInput(NODE, draft, NOTE);
    expect(input).toEqual({ description: 'New text', fullName: null, provenance: { note: NOTE.note } });
    expect(changedFields(input)).toEqual(['fullName', 'description']);
    expect(changedFields(toUpdateInput(NODE, draftFromNode(NODE), NOTE))).toEqual([]);
  });

  it('aliases are one per line, deduplicated; emptied aliases are removed', () => {
    expect(parseAliases('A, B\n\n C \nA, B')).toEqual(['A, B', 'C']);
    expect(toUpdateInput(NODE, { ...draftFromNode(NODE), aliases: 'Aboard\nABOARD consortium' }, NOTE).aliases).toEqual(
      ['Aboard', 'ABOARD consortium'],
    );
    expect(toUpdateInput(NODE, { ...draftFromNode(NODE), aliases: '' }, NOTE).aliases).toBeNull();
  });

  it('an emptied name is sent, so the server names the field', () => {
    expect(toUpdateInput(NODE, { ...draftFromNode(NODE), name: ' ' }, NOTE).name).toBe('');
  });

  it('creates with the chosen label, optional fields only when filled, and a suggested kebab-case id', () => {
    expect(suggestId('Organisation', 'Zorg & Café Één B.V.')).toBe('org-zorg-cafe-een-b-v');
    expect(suggestId('PPP', '')).toBe('ppp-');
    expect(
      toCreateInput(
        {
          id: ' org-acme ',
          label: 'Organisation',
          name: ' Acme ',
          fullName: '',
          description: 'Makes things',
          aliases: '',
          kind: '',
        },
        NOTE,
      ),
    ).toEqual({
      id: 'org-acme',
      labels: ['Organisation'],
      name: 'Acme',
      description: 'Makes things',
      provenance: { note: NOTE.note },
    });
  });

  it('offers the closed list of kinds for a Policy and sends the chosen one', () => {
    expect(kindsOf('Policy')).toContain('law');
    expect(kindsOf('Organisation')).toBeNull();
    const draft = {
      id: 'policy-wet-x',
      label: 'Policy' as const,
      name: 'Wet X',
      fullName: '',
      description: '',
      aliases: '',
    };
    expect(toCreateInput({ ...draft, kind: 'law' }, NOTE).kind).toBe('law');
    expect(toCreateInput({ ...draft, kind: '' }, NOTE)).not.toHaveProperty('kind');
  });
});

describe('relationship form', () => {
  it('offers only the types the model allows from the node', () => {
    expect(typesFrom(['Organisation'])).toEqual([
      'ADDRESSES',
      'PART_OF',
      'PARTNER_IN',
      'FUNDS',
      'SUPPORTS',
      'MEMBER_OF',
      'LOCATED_IN',
      'RUNS',
      'RESPONSIBLE_FOR',
      'COLLABORATES_WITH',
    ]);
    // A mission is part of the central mission or its theme, and may be initiated by someone (issue 12).
    expect(typesFrom(['Mission'])).toEqual(['PART_OF', 'INITIATED_BY']);
    expect(typesFrom(['Policy'])).toEqual(['PART_OF', 'INITIATED_BY', 'FRAMES']);
    expect(targetLabels('ADDRESSES')).toEqual(['Mission']);
  });

  it('maps to CreateRelationshipInput from the focused node; no target sends an empty end', () => {
    expect(
      toCreateRelationshipInput('org-acme', { type: 'PARTNER_IN', target: 'ppp-health-ri', role: ' partner ' }, NOTE),
    ).toEqual({
      type: 'PARTNER_IN',
      start: 'org-acme',
      end: 'ppp-health-ri',
      role: 'partner',
      provenance: { note: NOTE.note },
    });
    expect(
      toCreateRelationshipInput('org-acme', { type: 'ADDRESSES', target: null, role: '' }, emptyProvenance()),
    ).toEqual({ type: 'ADDRESSES', start: 'org-acme', end: '', provenance: {} });
  });
});

describe('server issues to fields', () => {
  const known = [...EDIT_FIELDS, 'provenance.note', 'provenance.quotes'];
  const error = (issues: { field: string; message: string }[], extra = {}) =>
    new ApiError('invalid', 'graphql', { status: 200, code: 'BAD_USER_INPUT', issues, ...extra });

  it('puts each issue next to its input; unknown fields go to the form message', () => {
    const e = formErrors(
      error([
        { field: 'input.provenance.note', message: 'missing provenance' },
        { field: 'input.provenance.quotes', message: 'quote 1 not found' },
        { field: 'input.labels', message: 'a node needs at least one label' },
      ]),
      known,
    );
    expect(e.fields).toEqual({ 'provenance.note': ['missing provenance'], 'provenance.quotes': ['quote 1 not found'] });
    expect(e.general).toEqual(['input.labels: a node needs at least one label']);
    expect(hasErrors(e)).toBe(true);
  });

  it('maps plain arguments, indexed paths and aliases (end → target)', () => {
    expect(formKey('provenance.note')).toBe('provenance.note');
    expect(formKey('input.aliases[2]')).toBe('aliases');
    expect(formKey('input.end', RELATIONSHIP_FIELD_ALIASES)).toBe('target');
    const e = formErrors(
      error([{ field: 'input.end', message: 'dangling reference: no node ""' }]),
      ['target'],
      RELATIONSHIP_FIELD_ALIASES,
    );
    expect(e.fields).toEqual({ target: ['dangling reference: no node ""'] });
  });

  it('an error without issues lands on its argument, or on the form', () => {
    expect(formErrors(error([], { argument: 'input.name' }), known).fields).toEqual({ name: ['invalid'] });
    expect(formErrors(new ApiError('network: offline', 'network'), known)).toEqual({
      fields: {},
      general: ['network: offline'],
    });
  });
});

describe('audit entries', () => {
  const event = (over: Partial<AuditEvent> = {}): AuditEvent => ({
    id: 'audit-1',
    at: '2025-05-12T10:00:00Z',
    actor: 'alice',
    role: 'editor',
    action: 'UPDATE_NODE',
    target: 'ppp-aboard',
    nodeIds: ['ppp-aboard'],
    before: JSON.stringify({
      id: 'ppp-aboard',
      labels: ['PPP'],
      properties: { name: 'ABOARD', description: 'Old', note: 'a' },
    }),
    after: JSON.stringify({
      id: 'ppp-aboard',
      labels: ['PPP'],
      properties: { name: 'ABOARD', description: 'New', note: 'a; b', aliases: ['X', 'Y'] },
    }),
    provenance: { sources: [], quotes: [], confidence: 'inferred', note: 'b' },
    undoes: null,
    undoneBy: null,
    ...over,
  });

  it('lists the changed fields (not provenance bookkeeping) with old and new values', () => {
    expect(changedProperties(event())).toEqual(['aliases', 'description']);
    expect(propertyChange(event(), 'description')).toEqual({ before: 'Old', after: 'New' });
    expect(propertyChange(event(), 'aliases')).toEqual({ before: '', after: 'X, Y' });
    expect(changedProperties(event({ before: null, after: 'not json' }))).toEqual([]);
  });

  it("editors undo their own changes, admins anyone's; nothing undone twice, imports never", () => {
    expect(canUndo(event(), { name: 'alice', role: 'editor' })).toBe(true);
    expect(canUndo(event(), { name: 'bob', role: 'editor' })).toBe(false);
    expect(canUndo(event(), { name: 'root', role: 'admin' })).toBe(true);
    expect(canUndo(event(), { name: 'alice', role: 'viewer' })).toBe(false);
    expect(canUndo(event({ undoneBy: 'audit-2' }), { name: 'alice', role: 'editor' })).toBe(false);
    expect(canUndo(event({ action: 'IMPORT' }), { name: 'root', role: 'admin' })).toBe(false);
    expect(canUndo(event(), null)).toBe(false);
  });
});
