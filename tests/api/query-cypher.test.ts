// Snapshot tests of the pure Cypher builders: the text is reviewed once, every value stays a parameter.
import { describe, expect, it } from 'vitest';
import {
  graphStatement,
  nodePageStatement,
  nodesByIdStatement,
  relationshipsOfStatement,
  searchStatement,
} from '../../server/src/store/cypher/query-cypher.js';
import {
  hubDegreesStatement,
  nodeDegreesStatement,
  ringStatement,
  subgraphStatement,
} from '../../server/src/store/cypher/neighbourhood-cypher.js';
import { pathsStatement, shortestPathStatement } from '../../server/src/store/cypher/path-cypher.js';
import {
  coverageStatement,
  missionPppEdgesStatement,
  pppsWithoutMissionStatement,
  relationshipsWithoutProvenanceStatement,
  unservedCareAgreementsStatement,
} from '../../server/src/store/cypher/analysis-cypher.js';
import {
  partnerCandidateContextStatement,
  partnerCandidatesStatement,
  partnerHubsStatement,
  partnerSubjectStatement,
} from '../../server/src/store/cypher/partner-cypher.js';

const EVIL = "x'}) DETACH DELETE n //";

describe('query Cypher builders', () => {
  const statements = {
    nodesById: nodesByIdStatement(['mission-iv']),
    nodePage: nodePageStatement({
      labels: ['PPP'],
      ids: null,
      nameContains: 'aboard',
      kind: null,
      code: null,
      confidence: null,
      hasSources: true,
      relatedTo: 'mission-iv',
      first: 10,
      afterId: null,
    }),
    search: searchStatement('hi-nl', ['hi-nl'], ['PPP', 'Organisation'], 20),
    neighbourhoodRing: ringStatement(['mission-iv', 'ppp-aboard'], 999, ['PPP'], ['ADDRESSES']),
    neighbourhoodSubgraph: subgraphStatement(
      {
        kept: ['mission-iv', 'ppp-aboard', 'org-x'],
        readOut: ['ppp-aboard', 'org-x'],
        readIn: ['org-x'],
        outHubs: ['mission-iv'],
        fromStart: [{ start: 'mission-iv', end: 'ppp-aboard' }],
        fromEnd: [{ start: 'mission-iv', end: 'org-x' }],
      },
      ['ADDRESSES'],
    ),
    neighbourhoodSubgraphNoHubs: subgraphStatement(
      { kept: ['mission-iv'], readOut: ['mission-iv'], readIn: [], outHubs: [], fromStart: [], fromEnd: [] },
      null,
    ),
    neighbourhoodSubgraphProjected: subgraphStatement(
      { kept: ['mission-iv', 'org-x'], readOut: ['org-x'], readIn: [], outHubs: [], fromStart: [], fromEnd: [] },
      null,
      { node: ['name', 'nameEn'], relationship: ['role'] },
    ),
    hubDegrees: hubDegreesStatement(30),
    nodeDegrees: nodeDegreesStatement(['mission-iv']),
    graph: graphStatement(null, 2000),
    relationshipsOf: relationshipsOfStatement(['mission-iv'], ['ADDRESSES'], 'IN', 50),
    paths: pathsStatement({
      from: 'mission-iv',
      to: null,
      toLabels: ['PPP'],
      maxLength: 3,
      via: ['KeyTechnology', 'Ministry'],
      types: null,
      limit: 50,
    }),
    shortestPath: shortestPathStatement('ppp-aboard', 'ministry-vws', 6, ['ADDRESSES', 'ACTS_VIA']),
    coverage: coverageStatement(['PPP', 'Ministry']),
    unservedCare: unservedCareAgreementsStatement(),
    pppsWithoutMission: pppsWithoutMissionStatement(),
    relsWithoutProvenance: relationshipsWithoutProvenanceStatement(500),
    missionPppEdges: missionPppEdgesStatement(2_000_000),
    partnerSubject: partnerSubjectStatement('ppp-aboard'),
    partnerCandidates: partnerCandidatesStatement(['ppp-aboard', 'mission-iv']),
    partnerCandidateContext: partnerCandidateContextStatement(['org-umcu'], ['mission-iv']),
    partnerHubs: partnerHubsStatement(['ppp-aboard']),
  };

  it.each(Object.entries(statements))('%s', (_name, statement) => {
    expect(statement.cypher).toMatchSnapshot();
    expect(statement.params).toMatchSnapshot();
  });

  it('keeps values out of the text', () => {
    const plan = {
      kept: [EVIL],
      readOut: [EVIL],
      readIn: [EVIL],
      outHubs: [EVIL],
      fromStart: [{ start: EVIL, end: EVIL }],
      fromEnd: [],
    };
    for (const s of [
      nodesByIdStatement([EVIL]),
      searchStatement(EVIL, [EVIL], null, 5),
      ringStatement([EVIL], 5, null, null),
      subgraphStatement(plan, null),
      pathsStatement({ from: EVIL, to: EVIL, toLabels: null, maxLength: 2, via: null, types: null, limit: 5 }),
      partnerSubjectStatement(EVIL),
      partnerCandidatesStatement([EVIL]),
      partnerCandidateContextStatement([EVIL], [EVIL]),
      partnerHubsStatement([EVIL]),
    ]) {
      expect(s.cypher).not.toContain('DETACH');
    }
  });

  it('refuses labels, types and lengths outside the model', () => {
    expect(() => graphStatement(['Person' as never], 10)).toThrow(/unknown node label/);
    expect(() => relationshipsOfStatement(['a'], ['KNOWS' as never], 'BOTH', 5)).toThrow(/unknown relationship type/);
    expect(() => ringStatement(['a'], 5, ['Person' as never], null)).toThrow(/unknown node label/);
    expect(() =>
      pathsStatement({ from: 'a', to: 'b', toLabels: null, maxLength: 6, via: null, types: null, limit: 5 }),
    ).toThrow(/1..5/);
  });
});
