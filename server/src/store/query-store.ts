// The store's read operations for the API: each runs one bounded Cypher statement (or a few fixed ones) via the executor.
import { COVERAGE_LABELS, type NodeLabel, type RelationshipType } from '@kies/schema';
import type { GraphNode, GraphRelationship } from '../domain/graph-data.js';
import type { Direction, NodeNames, NodePage, NodePageRequest, SearchResult } from '../domain/node-lookups.js';
import { WHOLE_ROWS, type GraphPath, type PathRequest, type Projection, type Subgraph } from '../domain/subgraphs.js';
import { coverageEntries, type CoverageEntry } from '../domain/coverage.js';
import { assembleGapFacts, type GapFacts } from '../domain/gap-facts.js';
import type { PartnerProfile } from '../domain/partner-profiles.js';
import { rankPartners, type PartnerRanking } from '../domain/partners.js';
import type { CypherExecutor, Row } from './executor.js';
import { toDegrees, toNode, toRelationship } from './row-values.js';
import {
  graphStatement,
  nodePageStatement,
  nodesByIdStatement,
  relationshipsOfStatement,
  searchStatement,
} from './cypher/query-cypher.js';
import { nodeDegreesStatement } from './cypher/neighbourhood-cypher.js';
import { readNeighbourhood, type DegreeSource } from './neighbourhood.js';
import { neighbourhoodSubgraph } from './neighbourhood-reads.js';
import { pathsStatement, shortestPathStatement } from './cypher/path-cypher.js';
import {
  coverageStatement,
  missionPppEdgesStatement,
  missionsStatement,
  nodesWithoutProvenanceStatement,
  pppsWithoutMissionStatement,
  programmesWithoutMissionStatement,
  missionsWithoutPolicyStatement,
  programmesNotRunStatement,
  relationshipsWithoutProvenanceStatement,
  unservedCareAgreementsStatement,
  unservedProgrammesStatement,
} from './cypher/analysis-cypher.js';
import { readPartnerProfiles } from './partner-reads.js';
import { searchDocumentsStatement } from './cypher/search-index-cypher.js';

/** Read operations behind the GraphQL API (part of KiesStore). */
export interface QueryStore {
  /** Nodes by id, in no particular order; unknown ids are simply absent. */
  nodesById(ids: readonly string[]): Promise<GraphNode[]>;
  nodePage(request: NodePageRequest): Promise<NodePage>;
  /** `text` must already be folded (see foldText); tokens are its words. */
  /** `properties`: the node properties to read (default: every one); each hit's node then carries those alone. */
  search(
    text: string,
    labels: NodeLabel[] | null,
    first: number,
    properties?: readonly string[] | null,
  ): Promise<SearchResult[]>;
  /** Every node's names as search matches them (the same read the embedded search index is built from). */
  searchNames(): Promise<NodeNames[]>;
  neighbourhood(
    id: string,
    depth: number,
    labels: NodeLabel[] | null,
    types: RelationshipType[] | null,
    limit: number,
    /** Which properties to read (default: every one); nodes read with fewer must not stand in for whole ones. */
    projection?: Projection,
  ): Promise<Subgraph>;
  graph(labels: NodeLabel[] | null, limit: number): Promise<Subgraph>;
  paths(request: PathRequest): Promise<GraphPath[]>;
  shortestPath(
    from: string,
    to: string,
    maxLength: number,
    types: RelationshipType[] | null,
  ): Promise<GraphPath | null>;
  /** Relationships of many nodes at once, keyed by node id. */
  relationshipsOf(
    ids: readonly string[],
    types: RelationshipType[] | null,
    direction: Direction,
    first: number,
  ): Promise<Map<string, GraphRelationship[]>>;
  degrees(ids: readonly string[]): Promise<Map<string, number>>;
  coverage(labels: NodeLabel[]): Promise<{ missions: GraphNode[]; entries: CoverageEntry[] }>;
  /** `edgeLimit` bounds the serving relationships read for the mission-to-PPP links (see mission-links.ts). */
  gapFacts(options?: { provenanceLimit?: number; edgeLimit?: number }): Promise<GapFacts>;
  /** The profile of `id` first, then those of its candidate partners (their lists limited to ids in `id`'s context). */
  partnerProfiles(id: string, maxCandidates: number): Promise<PartnerProfile[]>;
  /** The `limit` best partners of `id` among `maxCandidates` candidates: rankPartners over partnerProfiles. */
  partners(id: string, maxCandidates: number, limit: number): Promise<PartnerRanking[]>;
}

function toPath(row: Row): GraphPath {
  const nodes = (row.nodes as unknown[]).map(toNode);
  const rels = (row.rels as unknown[]).map(toRelationship);
  const hops = rels.map((relationship, i) => {
    const from = nodes[i].id;
    const to = nodes[i + 1].id;
    return { from, to, relationship, forward: relationship.start === from };
  });
  return { nodes, hops };
}

function toSubgraph(rows: Row[]): Subgraph {
  const row = rows[0];
  if (!row) return { nodes: [], relationships: [], truncated: false, totalNodes: 0, totalNodesExact: true };
  const nodes = (row.nodes as unknown[]).map(toNode);
  const totalNodes = Number(row.total);
  return {
    nodes,
    relationships: (row.rels as unknown[]).map(toRelationship),
    truncated: totalNodes > nodes.length,
    totalNodes,
    totalNodesExact: true,
  };
}

export class CypherQueryStore implements QueryStore {
  constructor(protected readonly executor: CypherExecutor) {}

  private async nodeRows(statement: Parameters<CypherExecutor['read']>[0]): Promise<GraphNode[]> {
    return (await this.executor.read(statement)).map((r) => toNode(r.node));
  }

  async nodesById(idList: readonly string[]): Promise<GraphNode[]> {
    if (idList.length === 0) return [];
    return this.nodeRows(nodesByIdStatement([...new Set(idList)]));
  }

  async nodePage(request: NodePageRequest): Promise<NodePage> {
    const [row] = await this.executor.read(nodePageStatement(request));
    const nodes = ((row?.nodes as unknown[]) ?? []).map(toNode);
    return {
      nodes: nodes.slice(0, request.first),
      totalCount: Number(row?.totalCount ?? 0),
      hasNextPage: nodes.length > request.first,
    };
  }

  async search(
    text: string,
    labels: NodeLabel[] | null,
    first: number,
    properties: readonly string[] | null = null,
  ): Promise<SearchResult[]> {
    const tokens = text.split(/\s+/).filter(Boolean);
    const rows = await this.executor.read(
      searchStatement(text, tokens, labels, first, { fulltext: this.executor.fulltextIndex, properties }),
    );
    return rows.map((r) => ({
      node: toNode(r.node),
      score: Number(r.score),
      matchedOn: r.matchedOn as SearchResult['matchedOn'],
    }));
  }

  async searchNames(): Promise<NodeNames[]> {
    return (await this.executor.read(searchDocumentsStatement())).map((r) => ({
      id: String(r.id),
      names: typeof r.searchText === 'string' && r.searchText !== '' ? r.searchText.split(' | ') : [],
    }));
  }

  /** Where the neighbourhood gets node degrees: one statement per ring (Neo4j plans these as degree look-ups). */
  protected degreeSource(): DegreeSource {
    return async (ids) =>
      ids.length === 0 ? new Map() : toDegrees(await this.executor.read(nodeDegreesStatement(ids)));
  }

  async neighbourhood(
    id: string,
    depth: number,
    labels: NodeLabel[] | null,
    types: RelationshipType[] | null,
    limit: number,
    projection: Projection = WHOLE_ROWS,
  ): Promise<Subgraph> {
    const { kept, row, totalNodes } = await readNeighbourhood(this.executor, this.degreeSource(), {
      id,
      depth,
      labels,
      types,
      limit,
      projection,
    });
    return neighbourhoodSubgraph(
      id,
      kept,
      (row?.nodes as unknown[]) ?? [],
      (row?.rels as unknown[]) ?? [],
      totalNodes,
      limit,
    );
  }

  async graph(labels: NodeLabel[] | null, limit: number): Promise<Subgraph> {
    return toSubgraph(await this.executor.read(graphStatement(labels, limit)));
  }

  async paths(request: PathRequest): Promise<GraphPath[]> {
    return (await this.executor.read(pathsStatement(request))).map(toPath);
  }

  async shortestPath(
    from: string,
    to: string,
    maxLength: number,
    types: RelationshipType[] | null,
  ): Promise<GraphPath | null> {
    const [row] = await this.executor.read(shortestPathStatement(from, to, maxLength, types));
    return row ? toPath(row) : null;
  }

  async relationshipsOf(
    idList: readonly string[],
    types: RelationshipType[] | null,
    direction: Direction,
    first: number,
  ) {
    const rows = await this.executor.read(relationshipsOfStatement([...new Set(idList)], types, direction, first));
    return new Map(rows.map((r) => [String(r.id), (r.rels as unknown[]).map(toRelationship)]));
  }

  async degrees(idList: readonly string[]): Promise<Map<string, number>> {
    // The same statement the neighbourhood plans with: a node's degree is its outgoing plus incoming relationships.
    const byId = toDegrees(await this.executor.read(nodeDegreesStatement([...new Set(idList)])));
    return new Map([...byId].map(([id, d]) => [id, d.out + d.in]));
  }

  async coverage(labels: NodeLabel[]): Promise<{ missions: GraphNode[]; entries: CoverageEntry[] }> {
    const [missions, rows] = await Promise.all([
      this.nodeRows(missionsStatement()),
      this.executor.read(coverageStatement(labels)),
    ]);
    const members = rows.map((r) => ({
      missionIds: (r.missionIds as unknown[]).map(String),
      member: toNode(r.member),
    }));
    return {
      missions,
      entries: coverageEntries(
        missions.map((m) => m.id),
        labels,
        members,
      ),
    };
  }

  async gapFacts({ provenanceLimit = 500, edgeLimit = 2_000_000 } = {}): Promise<GapFacts> {
    const [coverage, care, programmes, programmesNoMission, ppps, noPolicy, notRun, nodesNoProv, relRows, edgeRows] =
      await Promise.all([
        // Every matrix column: each empty or thin cell the matrix shows is a finding.
        this.coverage(COVERAGE_LABELS),
        this.nodeRows(unservedCareAgreementsStatement()),
        this.nodeRows(unservedProgrammesStatement()),
        this.nodeRows(programmesWithoutMissionStatement()),
        this.nodeRows(pppsWithoutMissionStatement()),
        this.nodeRows(missionsWithoutPolicyStatement()),
        this.nodeRows(programmesNotRunStatement()),
        this.nodeRows(nodesWithoutProvenanceStatement(provenanceLimit)),
        this.executor.read(relationshipsWithoutProvenanceStatement(provenanceLimit)),
        this.executor.read(missionPppEdgesStatement(edgeLimit)),
      ]);
    const { facts, unreadIds } = assembleGapFacts({
      missions: coverage.missions,
      coverage: coverage.entries,
      unservedCareAgreements: care,
      unservedProgrammes: programmes,
      programmesWithoutMission: programmesNoMission,
      pppsWithoutMission: ppps,
      missionsWithoutPolicy: noPolicy,
      programmesNotRun: notRun,
      nodesWithoutProvenance: nodesNoProv,
      relationshipsWithoutProvenance: relRows.map((r) => toRelationship(r.rel)),
      servingEdges: edgeRows.map((r) => ({
        a: String(r.a),
        b: String(r.b),
        aMission: r.aMission === true,
        aPpp: r.aPpp === true,
        bMission: r.bMission === true,
        bPpp: r.bPpp === true,
      })),
      servingEdgesCut: edgeRows.length >= edgeLimit,
    });
    return { ...facts, referencedNodes: unreadIds.length > 0 ? await this.nodesById(unreadIds) : [] };
  }

  async partnerProfiles(id: string, maxCandidates: number): Promise<PartnerProfile[]> {
    return readPartnerProfiles(this.executor, id, maxCandidates);
  }

  async partners(id: string, maxCandidates: number, limit: number): Promise<PartnerRanking[]> {
    return rankPartners(await this.partnerProfiles(id, maxCandidates), limit);
  }
}
