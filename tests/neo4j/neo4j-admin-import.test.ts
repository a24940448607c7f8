// The README's bulk-load recipe with Neo4j's own import tool (`neo4j-admin database import full`, the AdminTool of
// Neo4j 5.26 from Maven Central) over graph-seed/: the loaded database has the seed's counts, and once the explorer's
// start-up schema step ran (constraint, full-text index, derived search properties) it exports exactly the seed.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, expect, it } from 'vitest';
import { Neo4jExecutor } from '../../server/src/store/neo4j-executor.js';
import { CypherKiesStore } from '../../server/src/store/kies-store.js';
import { readSeedGraph } from '../../server/src/seed-graph.js';
import { moduleClasspath, startNeo4j, type RunningNeo4j } from '../neo4j-server/neo4j-launcher.js';
import { describeNeo4j, openFreshStore } from '../engines.js';
import { ROOT } from '../durability/server-process.js';
import { freePort } from '../free-port.js';

const run = promisify(execFile);
const home = mkdtempSync(join(tmpdir(), 'kies-neo4j-admin-'));
let neo4j: RunningNeo4j | undefined;
afterAll(async () => {
  await neo4j?.stop();
  rmSync(home, { recursive: true, force: true });
});

describeNeo4j('neo4j-admin database import over graph-seed/', () => {
  it('loads the seed with equal counts, and the explorer serves it after its schema step', async () => {
    const seedDir = join(ROOT, 'graph-seed');
    const files = (sub: string) =>
      readdirSync(join(seedDir, sub))
        .filter((f) => f.endsWith('.csv'))
        .sort();
    mkdirSync(join(home, 'conf'), { recursive: true });
    // The README recipe, with the Community Edition's one database (`neo4j`) as the target.
    const args = [
      '-Xmx768m',
      '-cp',
      moduleClasspath(),
      'org.neo4j.cli.AdminTool',
      'database',
      'import',
      'full',
      'neo4j',
      '--array-delimiter=|',
      '--overwrite-destination',
      `--report-file=${join(home, 'import.report')}`,
      ...files('nodes').map((f) => `--nodes=Entity=nodes/${f}`),
      ...files('relationships').map((f) => `--relationships=relationships/${f}`),
    ];
    const { stdout } = await run('java', args, {
      cwd: seedDir,
      env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: join(home, 'conf') },
      maxBuffer: 16 << 20,
    });
    const seed = readSeedGraph();
    expect(stdout).toMatch(
      new RegExp(`IMPORT DONE[\\s\\S]*${seed.nodes.length} nodes[\\s\\S]*${seed.relationships.length} relationships`),
    );

    neo4j = await startNeo4j({ port: await freePort(), password: 'admin-import-1', dataDir: home });
    const store = new CypherKiesStore(
      await Neo4jExecutor.connect({ uri: neo4j.uri, user: neo4j.user, password: neo4j.password, database: undefined }),
    );
    const reference = await openFreshStore('embedded');
    try {
      await reference.importGraph(seed);
      expect(await store.counts()).toEqual(await reference.counts());
      // What `npm start` / `npm run seed` do first: constraint, full-text index, searchText/searchBody backfill.
      await store.ensureSchema();
      expect(JSON.stringify(await store.exportGraph())).toBe(JSON.stringify(await reference.exportGraph()));
      const hits = await store.search('dementie', null, 5);
      expect(hits[0]?.node.id).toBe('mission-iv');
      expect(hits.map((h) => h.node.id)).toEqual((await reference.search('dementie', null, 5)).map((h) => h.node.id));
    } finally {
      await store.close();
      await reference.close();
    }
  });
});
