// Snapshot tests of the pure Cypher builders: the text is reviewed once, every value stays a parameter.
import { describe, expect, it } from 'vitest';
import {
  degreesStatement, graphStatement, neighbourhoodStatement, nodePageStatement, nodesByIdStatement, relationshipsOfStatement, searchStatement,
} from '../../server/src/store/cypher/query-cypher.js';
import { pathsStatement, shortestPathStatement } from '../../server/src/store/cypher/path-cypher.js';
import {
  coverageStatement, missionPppEdgesStatement, partnerProfilesStatement, pppsWithoutMissionStatement, relationshipsWithoutProvenanceStatement,
  unservedCareAgreementsStatement,
} from '../../server/src/store/cypher/analysis-cypher.js';

const EVIL = "x'}) DETACH DELETE n //";

describe('query Cypher builders', () => {
  const statements = {
    nodesById: nodesByIdStatement(['mission-iv']),
    nodePage: nodePageStatement({ labels: ['PPP'], ids: null, nameContains: 'aboard', kind: null, code: null, confidence: null, hasSources: true, relatedTo: 'mission-iv', first: 10, afterId: null }),
    search: searchStatement('hi-nl', ['hi-nl'], ['PPP', 'Organisation'], 20),
    neighbourhood: neighbourhoodStatement('mission-iv', 2, ['PPP'], ['ADDRESSES'], 200),
    graph: graphStatement(null, 2000),
    relationshipsOf: relationshipsOfStatement(['mission-iv'], ['ADDRESSES'], 'IN', 50),
    degrees: degreesStatement(['mission-iv']),
    paths: pathsStatement({ from: 'mission-iv', to: null, toLabels: ['PPP'], maxLength: 3, via: ['KeyTechnology', 'Ministry'], types: null, limit: 50 }),
    shortestPath: shortestPathStatement('ppp-aboard', 'ministry-vws', 6, ['ADDRESSES', 'ACTS_VIA']),
    coverage: coverageStatement(['PPP', 'Ministry']),
    unservedCare: unservedCareAgreementsStatement(),
    pppsWithoutMission: pppsWithoutMissionStatement(),
    relsWithoutProvenance: relationshipsWithoutProvenanceStatement(500),
    missionPppEdges: missionPppEdgesStatement(2_000_000),
    partners: partnerProfilesStatement('ppp-aboard', 300),
  };

  it.each(Object.entries(statements))('%s', (_name, statement) => {
    expect(statement.cypher).toMatchSnapshot();
    expect(statement.params).toMatchSnapshot();
  });

  it('keeps values out of the text', () => {
    for (const s of [nodesByIdStatement([EVIL]), searchStatement(EVIL, [EVIL], null, 5), neighbourhoodStatement(EVIL, 1, null, null, 5),
      pathsStatement({ from: EVIL, to: EVIL, toLabels: null, maxLength: 2, via: null, types: null, limit: 5 }), partnerProfilesStatement(EVIL, 5)]) {
      expect(s.cypher).not.toContain('DETACH');
    }
  });

  it('refuses labels, types and lengths outside the model', () => {
    expect(() => graphStatement(['Person' as never], 10)).toThrow(/unknown node label/);
    expect(() => relationshipsOfStatement(['a'], ['KNOWS' as never], 'BOTH', 5)).toThrow(/unknown relationship type/);
    expect(() => neighbourhoodStatement('a', 4, null, null, 5)).toThrow(/1..3/);
    expect(() => pathsStatement({ from: 'a', to: 'b', toLabels: null, maxLength: 6, via: null, types: null, limit: 5 })).toThrow(/1..5/);
  });
});
