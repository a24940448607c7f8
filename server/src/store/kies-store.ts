// The store interface the API uses, and its one implementation: Neo4j 5 Cypher run through an executor (the
// whole-graph import statements and export reads are in whole-graph.ts).
import { BASE_LABEL, COVERAGE_LABELS, derivedPropertiesOf, type NodeLabel } from '@kies/schema';
import type { GraphCounts, GraphData } from '../domain/graph-data.js';
import { StoreError, type CypherExecutor, type EngineHealth, type Statement } from './executor.js';
import {
  clearStatement,
  countLabelsStatement,
  countNodesStatement,
  countTypesStatement,
  schemaStatements,
} from './cypher/graph-cypher.js';
import {
  fulltextIndexStatement,
  missingSearchPropertiesStatement,
  setSearchPropertiesStatement,
} from './cypher/fulltext-cypher.js';
import { CypherQueryStore, type QueryStore } from './query-store.js';
import { CypherCurationStore, type CurationStore } from './curation-store.js';
import { auditSchemaStatements } from './cypher/curation-cypher.js';
import { GenerationCache, GenerationExecutor } from './analysis-cache.js';
import { IndexedSearch } from './indexed-search.js';
import { bulkImport, type BulkImportOptions } from './bulk-import.js';
import { importStatements, readWholeGraph } from './whole-graph.js';
import { hubDegreesStatement } from './cypher/neighbourhood-cypher.js';
import { HUB_DEGREE, type DegreeSource } from './neighbourhood.js';
import { toDegrees } from './row-values.js';
import { readBoundedPaths } from './path-reads.js';
import { readAdjacency, type StoreGraph } from './adjacency-read.js';
import { keptNodes } from './kept-rows.js';
import { checkKeys, NODE_KEYS } from './cypher/query-cypher.js';
import { NeighbourhoodWalker } from './neighbourhood-reads.js';
import { adjacencyGapFacts, adjacencyPartnerProfiles, adjacencyPartners } from './analysis-reads.js';
import type { PathRequest } from '../domain/subgraphs.js';

export interface ImportOptions {
  batchSize?: number;
  replace?: boolean;
  /** More statements for the same transaction, after the load (the import's audit event). */
  extraStatements?: Statement[];
}

export interface ImportSummary {
  nodes: number;
  relationships: number;
}

/** Whole-graph operations here; the API's read operations (search, paths, analyses) come from QueryStore. */
export interface KiesStore extends QueryStore {
  readonly engine: CypherExecutor['engine'];
  /** Writes with provenance and audit trail, and undo (server/src/store/curation-store.ts). */
  readonly curation: CurationStore;
  /** Creates constraints and indexes (idempotent). */
  ensureSchema(): Promise<void>;
  /**
   * Upserts a graph in one transaction: loading the same graph twice changes nothing. Relationships may name
   * nodes already in the store. With `replace`, the store is emptied first in the same transaction (restore).
   */
  importGraph(graph: GraphData, options?: ImportOptions): Promise<ImportSummary>;
  /** Loads a graph into an EMPTY store with CREATE, one transaction per batch (large loads; see bulk-import.ts). */
  bulkImport(graph: GraphData, options?: BulkImportOptions): Promise<ImportSummary>;
  /** The whole graph in canonical order (ids, labels without the base label, every property). */
  exportGraph(): Promise<GraphData>;
  counts(): Promise<GraphCounts>;
  isEmpty(): Promise<boolean>;
  /** Deletes every node and relationship (tests, restore). */
  clear(): Promise<void>;
  health(): Promise<EngineHealth>;
  /** Reads what the analyses keep between writes (the adjacency) now, not on the first call that needs it. */
  warm(): Promise<void>;
  close(): Promise<void>;
}

const BACKFILL_PAGE = 5000;

/** The cache key of the compact adjacency (with the kept rows) that paths, the neighbourhood, search, gaps and partners share. */
const ADJACENCY = 'adjacency';

type StoreOptions = Partial<Record<'analysisCache' | 'searchIndex' | 'gapFactsCache' | 'walkNeighbourhood', boolean>>;

export class CypherKiesStore extends CypherQueryStore implements KiesStore {
  readonly curation: CurationStore;

  /** Analyses cached between writes: embedded engine only (this process is its only writer). */
  private readonly cache: GenerationCache | null;

  /** Search through the in-process index (indexed-search.ts): embedded engine only, for the same reason. */
  private readonly indexed: IndexedSearch | null;

  /** False: gap facts recomputed per call from the adjacency kept between writes (the bench's per-call row). */
  private readonly gapFactsCache: boolean;

  /** Null: the neighbourhood's rings and relationships read through Cypher (`walkNeighbourhood: false`, Neo4j). */
  private readonly walker: NeighbourhoodWalker | null;

  /**
   * `analysisCache: false` computes every analysis per call (benchmarks compare like with like that way);
   * `searchIndex: false` searches by scanning (tests compare the index with the scan; the default follows `analysisCache`);
   * `gapFactsCache: false` keeps the adjacency and the mission matrix between writes but recomputes the gap facts
   * from them on every call (what the first gaps call after a write costs once the adjacency is read).
   */
  constructor(executor: CypherExecutor, options: StoreOptions = {}) {
    const embedded = executor.engine === 'embedded';
    // A store without the cache counts nothing, so it scans too unless asked (two stores on one executor, as the
    // bench's uncached host, would not see each other's writes).
    const searchIndex = options.searchIndex ?? options.analysisCache !== false;
    const counted =
      embedded && (options.analysisCache !== false || searchIndex) ? new GenerationExecutor(executor) : null;
    super(counted ?? executor);
    this.curation = new CypherCurationStore(this.executor);
    this.cache = counted && options.analysisCache !== false ? new GenerationCache(() => counted.generation) : null;
    this.indexed =
      counted && searchIndex
        ? new IndexedSearch(counted, () => counted.generation, { light: (ids, keys) => this.keptNodes(ids, keys) })
        : null;
    this.gapFactsCache = options.gapFactsCache !== false;
    const read = this.executor.byEngineId;
    const cache = this.cache;
    this.walker =
      cache && read && options.walkNeighbourhood !== false
        ? new NeighbourhoodWalker(read, {
            ready: () => cache.ready(ADJACENCY, () => readAdjacency(this.executor)),
            get: () => this.analysisGraph()!,
          })
        : null;
  }

  /** Between writes from the compact adjacency when the walker can (neighbourhood-reads.ts), else by Cypher. */
  override async neighbourhood(...args: Parameters<CypherQueryStore['neighbourhood']>) {
    const [id, depth, labels, types, limit, projection] = args;
    return (await this.walker?.answer({ id, depth, labels, types, limit, projection })) ?? super.neighbourhood(...args);
  }

  override async search(
    text: string,
    labels: NodeLabel[] | null,
    first: number,
    properties: readonly string[] | null = null,
  ) {
    // Refused on every path, as the Cypher one does (no statement is built from them on the index's path).
    checkKeys(properties, NODE_KEYS);
    return this.indexed && /\S/.test(text)
      ? this.indexed.search(text, labels, first, properties)
      : super.search(text, labels, first, properties);
  }

  /**
   * Search hits with only the explorer's properties, from the rows kept beside this generation's adjacency when it is
   * read already (npm start reads it at once; a search never starts that read).
   */
  private keptNodes(ids: readonly string[], keys: readonly string[]) {
    const graph = this.cache?.peek<StoreGraph>(ADJACENCY);
    if (!graph?.kept) return undefined;
    return keptNodes(graph.kept, graph.adjacency.index, graph.adjacency.labels, ids, keys);
  }

  /**
   * Between writes the embedded store answers paths to a given node from compact adjacency (path-reads.ts): a
   * bounded search from both ends instead of the engine expanding every path from one end.
   */
  override paths(request: PathRequest) {
    const to = request.to;
    if (!this.cache || to === null) return super.paths(request);
    return this.analysisGraph()!.then((g) => readBoundedPaths(this.executor, g.adjacency, { ...request, to }));
  }

  async warm(): Promise<void> {
    await this.analysisGraph();
  }

  /** The compact adjacency of this write generation (paths, gaps, partners share it); null without the cache. */
  private analysisGraph() {
    return this.cache ? this.cache.get(ADJACENCY, () => readAdjacency(this.executor)) : null;
  }

  /**
   * The base graph of a view (the KIES figure's labels on every start page) between writes: one read per write
   * generation instead of one per page load. Callers only read the answer (resolvers never change it).
   */
  override graph(labels: NodeLabel[] | null, limit: number) {
    return this.cache
      ? this.cache.get(`graph:${labels?.join(',') ?? '*'}:${limit}`, () => super.graph(labels, limit))
      : super.graph(labels, limit);
  }

  override coverage(labels: NodeLabel[]) {
    return this.cache
      ? this.cache.get(`coverage:${labels.join(',')}`, () => super.coverage(labels))
      : super.coverage(labels);
  }

  /** Between writes from the compact adjacency and the cached matrix (analysis-reads.ts); the result is cached too. */
  override gapFacts(options?: Parameters<CypherQueryStore['gapFacts']>[0]) {
    const graph = this.analysisGraph();
    if (!this.cache || !graph) return super.gapFacts(options);
    const limits = { provenanceLimit: options?.provenanceLimit ?? 500, edgeLimit: options?.edgeLimit ?? 2_000_000 };
    const compute = async () =>
      adjacencyGapFacts(this.executor, await graph, await this.coverage(COVERAGE_LABELS), limits);
    return this.gapFactsCache ? this.cache.get(`gaps:${JSON.stringify(options ?? {})}`, compute) : compute();
  }

  /** Between writes from the compact adjacency (analysis-reads.ts): no whole-neighbourhood reads per call. */
  override partnerProfiles(id: string, maxCandidates: number) {
    const graph = this.analysisGraph();
    if (!graph) return super.partnerProfiles(id, maxCandidates);
    return graph.then((g) => adjacencyPartnerProfiles(this.executor, g, id, maxCandidates));
  }

  /** Between writes ranked on the adjacency's node indexes (adjacency-partners.ts), the same ranking as rankPartners. */
  override partners(id: string, maxCandidates: number, limit: number) {
    const graph = this.analysisGraph();
    if (!graph) return super.partners(id, maxCandidates, limit);
    return graph.then((g) => adjacencyPartners(this.executor, g, id, maxCandidates, limit));
  }

  /**
   * Between writes the embedded store answers degrees from one whole-graph pass (100k nodes / 1M relationships:
   * ~0.2 s once), where each engine count reads a node's relationships one by one. Only hubs are listed.
   */
  protected override degreeSource(): DegreeSource {
    if (!this.cache) return super.degreeSource();
    const hubs = this.cache.get('hub-degrees', async () =>
      toDegrees(await this.executor.read(hubDegreesStatement(HUB_DEGREE))),
    );
    return () => hubs;
  }

  get engine() {
    return this.executor.engine;
  }

  async ensureSchema(): Promise<void> {
    const options = { indexBesideConstraint: this.executor.indexBesideConstraint };
    const fulltext = this.executor.fulltextIndex ? [fulltextIndexStatement()] : [];
    for (const statement of [...schemaStatements(options), ...auditSchemaStatements(options), ...fulltext]) {
      await this.executor.schema(statement);
    }
    await this.backfillSearchProperties();
    await this.indexed?.sync();
  }

  /** Gives nodes without searchText/searchBody (older stores, neo4j-admin imports) both; one read on a current store. */
  private async backfillSearchProperties(): Promise<void> {
    for (;;) {
      const rows = await this.executor.read(missingSearchPropertiesStatement(BACKFILL_PAGE));
      if (rows.length === 0) return;
      const derived = rows.map((r) => ({
        id: String(r.id),
        ...derivedPropertiesOf(r.properties as Record<string, unknown>),
      }));
      await this.executor.write([setSearchPropertiesStatement(derived)]);
      if (rows.length < BACKFILL_PAGE) return;
    }
  }

  async importGraph(graph: GraphData, options: ImportOptions = {}): Promise<ImportSummary> {
    // MATCH silently skips a relationship whose end node is absent; refusing up front keeps imports honest.
    const ids = new Set(graph.nodes.map((n) => n.id));
    const outside = [...new Set(graph.relationships.flatMap((r) => [r.start, r.end]).filter((id) => !ids.has(id)))];
    const found =
      outside.length > 0 && !options.replace
        ? new Set((await this.nodesById(outside)).map((n) => n.id))
        : new Set<string>();
    const missing = graph.relationships.find(
      (r) => !(ids.has(r.start) || found.has(r.start)) || !(ids.has(r.end) || found.has(r.end)),
    );
    if (missing) {
      throw new StoreError(
        `relationship ${missing.start}-[:${missing.type}]->${missing.end} names a node that is neither imported nor stored`,
        'INVALID',
      );
    }
    const { nodes, relationships } = importStatements(graph, options.batchSize);
    const extra = options.extraStatements ?? [];
    const results = await this.executor.write([
      ...(options.replace ? [clearStatement()] : []),
      ...nodes,
      ...relationships,
      ...extra,
    ]);
    const counted = results.slice(options.replace ? 1 : 0, results.length - extra.length);
    const sum = (from: number, to: number) =>
      counted.slice(from, to).reduce((acc, rows) => acc + Number(rows[0]?.count ?? 0), 0);
    return { nodes: sum(0, nodes.length), relationships: sum(nodes.length, counted.length) };
  }

  bulkImport(graph: GraphData, options: BulkImportOptions = {}): Promise<ImportSummary> {
    return bulkImport(this.executor, graph, options);
  }

  exportGraph(): Promise<GraphData> {
    return readWholeGraph(this.executor);
  }

  /** Between writes on the embedded store, like coverage: three whole-graph counts per write, not per call. */
  counts(): Promise<GraphCounts> {
    return this.cache ? this.cache.get('counts', () => this.readCounts()) : this.readCounts();
  }

  private async readCounts(): Promise<GraphCounts> {
    const [labelRows, typeRows, nodeRows] = await Promise.all([
      this.executor.read(countLabelsStatement()),
      this.executor.read(countTypesStatement()),
      this.executor.read(countNodesStatement()),
    ]);
    const byLabel: Record<string, number> = {};
    for (const row of labelRows) if (row.label !== BASE_LABEL) byLabel[String(row.label)] = Number(row.count);
    const byType: Record<string, number> = {};
    for (const row of typeRows) byType[String(row.type)] = Number(row.count);
    const relationships = Object.values(byType).reduce((a, b) => a + b, 0);
    return { nodes: Number(nodeRows[0]?.count ?? 0), relationships, byLabel, byType };
  }

  async isEmpty(): Promise<boolean> {
    const rows = await this.executor.read(countNodesStatement());
    return Number(rows[0]?.count ?? 0) === 0;
  }

  async clear(): Promise<void> {
    await this.executor.write([clearStatement()]);
  }

  health(): Promise<EngineHealth> {
    return this.executor.health();
  }

  close(): Promise<void> {
    return this.executor.close();
  }
}
