// The seed validator: the real seed is clean, and every error kind is reported as file:line:field: message.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NODE_HEADER, RELATIONSHIP_HEADER, formatIssue, loadSeedFolder } from '@kies/graph-seed';

const SOURCE = 'doc.txt';
const SOURCE_TEXT = [
  'Missie IV: Mensen met',
  'dementie',
  'ABOARD (A Personalized Medicine Approach for',
  "Alzheimer's Disease)",
].join('\n');

/** A node row in header order from the named cells (every other cell empty). */
function nodeRow(cells: Record<string, string>): string {
  return NODE_HEADER.map((h) => cells[h.replace(/:.*$/, '')] ?? cells[h] ?? '').join(',');
}
const mission = nodeRow({
  'id:ID': 'mission-iv',
  ':LABEL': 'Mission',
  name: 'Missie IV',
  code: 'IV',
  sources: 'doc.txt#L1-L2',
  quotes: 'Missie IV: Mensen met dementie',
  confidence: 'literal',
});
const ppp = nodeRow({
  'id:ID': 'ppp-aboard',
  ':LABEL': 'PPP',
  name: 'ABOARD',
  sources: 'doc.txt#L3',
  quotes: 'ABOARD (A Personalized',
  confidence: 'literal',
});
const addresses = "ppp-aboard,mission-iv,ADDRESSES,,doc.txt#L3-L4,Alzheimer's Disease,literal,";

/** Writes a seed folder with the given node and relationship files; returns the formatted issues. */
function issuesOf(
  nodes: Record<string, string[]>,
  relationships: Record<string, string[]> = {},
  nodeHeader = NODE_HEADER.join(','),
): string[] {
  const root = mkdtempSync(join(tmpdir(), 'kies-seed-'));
  const seed = join(root, 'graph-seed');
  mkdirSync(join(seed, 'nodes'), { recursive: true });
  mkdirSync(join(seed, 'relationships'), { recursive: true });
  mkdirSync(join(seed, 'sources'), { recursive: true });
  writeFileSync(join(seed, 'sources', SOURCE), SOURCE_TEXT);
  for (const [label, rows] of Object.entries(nodes)) {
    writeFileSync(join(seed, 'nodes', `${label}.csv`), [nodeHeader, ...rows].join('\n') + '\n');
  }
  for (const [type, rows] of Object.entries(relationships)) {
    writeFileSync(
      join(seed, 'relationships', `${type}.csv`),
      [RELATIONSHIP_HEADER.join(','), ...rows].join('\n') + '\n',
    );
  }
  return loadSeedFolder(seed, join(seed, 'sources')).issues.map(formatIssue);
}

describe('validate-seed', () => {
  it('accepts the curated KIES seed with no problem', () => {
    const { graph, issues } = loadSeedFolder();
    expect(issues.map(formatIssue)).toEqual([]);
    expect(graph.nodes.length).toBeGreaterThan(0);
  });

  it('accepts a small valid seed', () => {
    expect(issuesOf({ Mission: [mission], PPP: [ppp] }, { ADDRESSES: [addresses] })).toEqual([]);
  });

  it('reports an unknown label with file, line and field', () => {
    const issues = issuesOf({ Mission: [mission, mission.replace('mission-iv,Mission', 'mission-v,Mission|Wizard')] });
    expect(issues).toContain('graph-seed/nodes/Mission.csv:3::LABEL: unknown label "Wizard"');
  });

  it('reports a file named after no label and a relationship type outside the model', () => {
    expect(issuesOf({ Wizard: [] })).toContain(
      'graph-seed/nodes/Wizard.csv:1:file: "Wizard" is not a node label of the model',
    );
    const issues = issuesOf(
      { Mission: [mission], PPP: [ppp] },
      { ADDRESSES: [addresses.replace('ADDRESSES', 'LOVES')] },
    );
    expect(issues).toContain('graph-seed/relationships/ADDRESSES.csv:2::TYPE: unknown relationship type "LOVES"');
  });

  it('reports duplicate ids, pointing at the first one', () => {
    const issues = issuesOf({ Mission: [mission], PPP: [ppp, ppp] });
    expect(issues).toContain(
      'graph-seed/nodes/PPP.csv:3:id: duplicate id "ppp-aboard" (first at graph-seed/nodes/PPP.csv:2)',
    );
  });

  it('reports dangling references', () => {
    const issues = issuesOf({ PPP: [ppp] }, { ADDRESSES: [addresses] });
    expect(issues).toContain(
      'graph-seed/relationships/ADDRESSES.csv:2::END_ID: dangling reference: no node "mission-iv"',
    );
  });

  it('reports a relationship in a direction the model does not allow', () => {
    const reversed = "mission-iv,ppp-aboard,ADDRESSES,,doc.txt#L3-L4,Alzheimer's Disease,literal,";
    const issues = issuesOf({ Mission: [mission], PPP: [ppp] }, { ADDRESSES: [reversed] });
    expect(
      issues.some((i) =>
        i.startsWith('graph-seed/relationships/ADDRESSES.csv:2::START_ID: ADDRESSES cannot start at Mission'),
      ),
    ).toBe(true);
  });

  it('reports missing provenance', () => {
    const bare = nodeRow({ 'id:ID': 'ppp-aboard', ':LABEL': 'PPP', name: 'ABOARD' });
    const issues = issuesOf({ PPP: [bare] });
    expect(issues).toEqual(
      expect.arrayContaining([
        'graph-seed/nodes/PPP.csv:2:sources: missing provenance: no source',
        'graph-seed/nodes/PPP.csv:2:quotes: missing provenance: no quote',
        'graph-seed/nodes/PPP.csv:2:confidence: missing provenance: no confidence',
      ]),
    );
  });

  it('reports an inferred row without a note', () => {
    const issues = issuesOf({ PPP: [ppp.replace(',literal,', ',inferred,')] });
    expect(issues).toContain('graph-seed/nodes/PPP.csv:2:note: an inferred row needs a note saying why');
  });

  it('reports a quote that is not at its cited lines', () => {
    const moved = ppp.replace('doc.txt#L3', 'doc.txt#L1');
    expect(issuesOf({ PPP: [moved] })).toContain(
      'graph-seed/nodes/PPP.csv:2:quotes: quote 1 "ABOARD (A Personalized" not found at doc.txt#L1',
    );
  });

  it('reports line ranges outside the source and unknown source files', () => {
    expect(issuesOf({ PPP: [ppp.replace('doc.txt#L3', 'doc.txt#L3-L9')] })).toContain(
      'graph-seed/nodes/PPP.csv:2:sources: line range L3-L9 is outside doc.txt (1-4)',
    );
    expect(issuesOf({ PPP: [ppp.replace('doc.txt#L3', 'other.txt#L3')] })).toContain(
      'graph-seed/nodes/PPP.csv:2:sources: unknown source file "other.txt"',
    );
  });

  it('reports a bad typed value and a wrong field count', () => {
    const badAmount = nodeRow({
      'id:ID': 'ppp-aboard',
      ':LABEL': 'PPP',
      name: 'ABOARD',
      amountEur: 'veel',
      sources: 'doc.txt#L3',
      quotes: 'ABOARD (A Personalized',
      confidence: 'literal',
    });
    expect(issuesOf({ PPP: [badAmount] })).toContain(
      'graph-seed/nodes/PPP.csv:2:amountEur: expected a number, got "veel"',
    );
    expect(issuesOf({ PPP: ['ppp-x,PPP,X'] })).toContain(
      `graph-seed/nodes/PPP.csv:2:csv: expected ${NODE_HEADER.length} fields, got 3`,
    );
  });

  it('reports a Policy without a kind or with a kind outside its list, and new types at ends they do not allow', () => {
    const policy = (kind: string) =>
      nodeRow({
        'id:ID': 'policy-x',
        ':LABEL': 'Policy',
        name: 'X',
        kind,
        sources: 'doc.txt#L1',
        quotes: 'Missie IV',
        confidence: 'literal',
      });
    expect(issuesOf({ Policy: [policy('strategy')] })).toEqual([]);
    expect(issuesOf({ Policy: [policy('')] })).toContain(
      'graph-seed/nodes/Policy.csv:2:kind: a Policy needs a kind (one of law, regulation, strategy, agenda, action-plan, kia, policy-programme)',
    );
    expect(issuesOf({ Policy: [policy('wish')] })).toContain(
      'graph-seed/nodes/Policy.csv:2:kind: "wish" is not a kind of Policy (one of law, regulation, strategy, agenda, action-plan, kia, policy-programme)',
    );
    // FRAMES starts at a policy; a PPP cannot frame a mission.
    const frames = 'ppp-aboard,mission-iv,FRAMES,,doc.txt#L3,ABOARD,literal,';
    expect(issuesOf({ Mission: [mission], PPP: [ppp] }, { FRAMES: [frames] })).toContain(
      'graph-seed/relationships/FRAMES.csv:2::START_ID: FRAMES cannot start at PPP "ppp-aboard" (allowed: Policy)',
    );
  });

  it('reports a wrong header and a line break inside a field', () => {
    const header = issuesOf({ PPP: [ppp] }, {}, NODE_HEADER.join(',').replace('fullName', 'fullname'));
    expect(header[0]).toMatch(/^graph-seed\/nodes\/PPP\.csv:1:header: expected header "id:ID,:LABEL,name,fullName,/);
    const broken = ppp.replace('ABOARD,', '"ABOARD\nconsortium",');
    expect(issuesOf({ PPP: [broken] })).toContain(
      'graph-seed/nodes/PPP.csv:3:csv: a field contains a line break (one record per line)',
    );
  });
});
