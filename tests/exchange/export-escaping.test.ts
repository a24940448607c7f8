// Exports correct for every consumer (issue 16 item 1): every export of the seed and of a graph of hostile strings
// opens in a strict XML 1.0 parser (saxes), and reads back exactly: in-process, and through the real CLIs.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { graphToGraphml } from '../../server/src/exchange/graphml-export.js';
import { GEXF_NS, graphToGexf } from '../../server/src/exchange/gexf-export.js';
import { graphToCsvFiles, writeCsvFolder } from '../../server/src/exchange/csv-export.js';
import { readGraphForImport } from '../../server/src/exchange/graph-import.js';
import { flatProperties } from '../../server/src/exchange/flat-properties.js';
import { xmlSafe, xmlText, xmlAttribute } from '../../server/src/exchange/xml-text.js';
import { wellFormed } from '../../server/src/exchange/csv-cells.js';
import type { GraphData } from '../../server/src/domain/graph-data.js';
import { hostileGraph } from '../fixtures/hostile-graph.js';
import { elements, parseStrictXml, type XmlElement } from './strict-xml.js';

const ROOT = join(import.meta.dirname, '..', '..');
const run = promisify(execFile);
const hostile = hostileGraph();
const FORMULA_START = /^[=+\-@\t\r]/;
// Numeric columns are not neutralised: a spreadsheet reads -4 as a number, and prefixing it would make it text.
const executable = (cell: string) => FORMULA_START.test(cell) && !/^-?\d+(\.\d+)?$/.test(cell);

/** What a value becomes in GraphML/GEXF: flattened (lists joined with |), as text, XML-forbidden characters replaced. */
const expectedXmlValues = (properties: Record<string, unknown>, extra: Record<string, string>) =>
  Object.fromEntries(
    Object.entries({ ...flatProperties(properties), ...extra }).map(([k, v]) => [k, xmlSafe(String(v))]),
  );

function graphmlValues(xml: string): { nodes: Map<string, Record<string, string>>; edges: Record<string, string>[] } {
  const root = parseStrictXml(xml);
  expect(root).toMatchObject({ name: 'graphml', uri: 'http://graphml.graphdrawing.org/xmlns' });
  const keys = new Map(elements(root, 'key').map((k) => [k.attributes.id!, k.attributes['attr.name']!]));
  const values = (e: XmlElement) =>
    Object.fromEntries(e.children.filter((c) => c.name === 'data').map((d) => [keys.get(d.attributes.key!)!, d.text]));
  return {
    nodes: new Map(elements(root, 'node').map((n) => [n.attributes.id!, values(n)])),
    edges: elements(root, 'edge').map((e) => ({
      ...values(e),
      source: e.attributes.source!,
      target: e.attributes.target!,
    })),
  };
}

function gexfValues(xml: string): { nodes: Map<string, Record<string, string>>; edges: Record<string, string>[] } {
  const root = parseStrictXml(xml);
  expect(root).toMatchObject({ name: 'gexf', uri: GEXF_NS });
  const values = (e: XmlElement) =>
    Object.fromEntries(elements(e, 'attvalue').map((a) => [a.attributes.for!, a.attributes.value!]));
  return {
    nodes: new Map(
      elements(root, 'node').map((n) => [n.attributes.id!, { ...values(n), '@label': n.attributes.label! }]),
    ),
    edges: elements(root, 'edge').map((e) => ({
      ...values(e),
      source: e.attributes.source!,
      target: e.attributes.target!,
    })),
  };
}

/** GraphML and GEXF of `graph` parse strictly and hold exactly its values (after the documented replacement). */
function expectXmlExportsHold(graph: GraphData): void {
  const graphml = graphmlValues(graphToGraphml(graph));
  const gexf = gexfValues(graphToGexf(graph));
  expect(graphml.nodes.size).toBe(graph.nodes.length);
  expect(gexf.nodes.size).toBe(graph.nodes.length);
  for (const node of graph.nodes) {
    const expected = expectedXmlValues(node.properties, { labels: node.labels.join('|') });
    expect(graphml.nodes.get(node.id)).toEqual(expected);
    expect(gexf.nodes.get(node.id)).toEqual({
      ...expected,
      '@label': xmlSafe(String(node.properties.name ?? node.id)),
    });
  }
  const edges = graph.relationships.map((r) => ({
    ...expectedXmlValues(r.properties, { type: r.type }),
    source: r.start,
    target: r.end,
  }));
  expect(graphml.edges).toEqual(edges);
  expect(gexf.edges).toEqual(edges);
}

/** The graph as an import reads it back: strings with unpaired surrogates replaced (UTF-8 cannot hold them). */
const wellFormedGraph = (graph: GraphData): GraphData => {
  const fix = (p: Record<string, unknown>) =>
    Object.fromEntries(
      Object.entries(p).map(([k, v]) => [
        k,
        typeof v === 'string' ? wellFormed(v) : Array.isArray(v) ? v.map((s) => wellFormed(String(s))) : v,
      ]),
    );
  return {
    nodes: graph.nodes.map((n) => ({ ...n, properties: fix(n.properties) })),
    relationships: graph.relationships.map((r) => ({ ...r, properties: fix(r.properties) })),
  };
};

describe('xml-text', () => {
  it('escapes markup and entity-like sequences, keeps emoji and RTL, replaces what XML 1.0 forbids', () => {
    expect(xmlText('MT G&Z; &amp; <b> ]]> 🧬 עברית')).toBe('MT G&amp;Z; &amp;amp; &lt;b&gt; ]]&gt; 🧬 עברית');
    expect(xmlText('a\r\nb\tc')).toBe('a&#13;\nb\tc');
    expect(xmlAttribute('"q"\t\n\r<&')).toBe('&quot;q&quot;&#9;&#10;&#13;&lt;&amp;');
    expect(xmlSafe('\u0000\u0001\u000B\u000C\u001F\uFFFE\uFFFF\uD800x\uDC00')).toBe('\uFFFD'.repeat(8) + 'x\uFFFD');
    expect(xmlSafe('\t\n\r\u007F\u0085 👩🏽‍⚕️')).toBe('\t\n\r\u007F\u0085 👩🏽‍⚕️');
  });
});

describe('GraphML and GEXF of hostile strings', () => {
  it('parse strictly and read back exactly, in every node and edge value', () => {
    expectXmlExportsHold(hostile);
  });
});

describe('CSV and JSON of hostile strings', () => {
  it.each(['neo4j-admin', 'spreadsheet'] as const)(
    'the %s flavour imports back exactly through the import reader',
    (flavour) => {
      const dir = mkdtempSync(join(tmpdir(), `kies-csv-${flavour}-`));
      writeCsvFolder(hostile, dir, flavour);
      const { graph, issues } = readGraphForImport(dir, 'csv', new Map());
      expect(issues).toEqual([]);
      expect(graph).toEqual(wellFormedGraph(hostile));
    },
  );

  it('the spreadsheet flavour neutralises every text cell a spreadsheet would execute: quote-prefixed and quoted', () => {
    const files = graphToCsvFiles(hostile, 'spreadsheet');
    const text = files.get('nodes/Organisation.csv')!;
    const rows = parseCsv(text) as string[][];
    const cells = rows.slice(1).flat();
    expect(cells.filter(executable)).toEqual([]);
    expect(cells).toContain(`'=HYPERLINK("http://evil.example","click")`);
    expect(cells).toContain("'@SUM(A1:A2)");
    expect(cells).toContain("''already quoted");
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(text).toContain(`"'+1+2"`);
    expect(text).toContain(`"'\t=1+1"`);
    expect(JSON.parse(files.get('kies-export.json')!)).toMatchObject({ format: 'kies-csv', flavour: 'spreadsheet' });
    // Numbers stay numbers (a negative amount is not a formula), and the neo4j-admin flavour is untouched.
    expect(rows.slice(1).some((r) => r.includes('-4'))).toBe(true);
    const raw = parseCsv(graphToCsvFiles(hostile, 'neo4j-admin').get('nodes/Organisation.csv')!) as string[][];
    expect(raw.slice(1).flat()).toContain('=HYPERLINK("http://evil.example","click")');
  });

  it('JSON keeps every string exactly, lone surrogates and control characters included', () => {
    expect(JSON.parse(JSON.stringify(hostile, null, 2))).toEqual(hostile);
  });
});

async function cli(script: string, args: string[], dataDir: string): Promise<string> {
  // Node with tsx as a loader, not `npx tsx`: npx adds a second process and its package resolution to each of the
  // nine CLI runs per case, which on a loaded 2-core machine pushed a case past its timeout.
  const { stdout } = await run(process.execPath, ['--import', 'tsx', `server/src/cli/${script}.ts`, ...args], {
    cwd: ROOT,
    env: { ...process.env, KIES_DATA_DIR: dataDir, NEO4J_URI: '', LOG_LEVEL: 'silent' },
  });
  return stdout;
}

/** Every format through the real export CLI on one data dir; returns the JSON export and the other files. */
async function exportAll(dataDir: string, out: string) {
  await cli('export', ['--format', 'json', '--out', join(out, 'graph.json')], dataDir);
  await cli('export', ['--format', 'graphml', '--out', join(out, 'graph.graphml')], dataDir);
  await cli('export', ['--format', 'gexf', '--out', join(out, 'graph.gexf')], dataDir);
  await cli('export', ['--format', 'csv', '--out', join(out, 'sheet')], dataDir);
  await cli('export', ['--format', 'csv', '--csv-flavour', 'neo4j-admin', '--out', join(out, 'admin')], dataDir);
  const json = JSON.parse(readFileSync(join(out, 'graph.json'), 'utf8')) as GraphData;
  return {
    json,
    graphml: readFileSync(join(out, 'graph.graphml'), 'utf8'),
    gexf: readFileSync(join(out, 'graph.gexf'), 'utf8'),
  };
}

const canonical = (g: GraphData) => ({
  nodes: [...g.nodes].sort((a, b) => a.id.localeCompare(b.id)),
  relationships: [...g.relationships].sort((a, b) =>
    `${a.start}${a.type}${a.end}`.localeCompare(`${b.start}${b.type}${b.end}`),
  ),
});

describe('npm run export (real processes)', () => {
  it(
    'every export of the seed opens in a strict parser and holds the JSON export exactly; the CSV imports back',
    { timeout: 300_000 },
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'kies-export-strict-'));
      const { json, graphml, gexf } = await exportAll(join(dir, 'data'), dir);
      expect(json.nodes.length).toBeGreaterThan(300);
      // The defect of issue 16: "MT G&Z;" was written as an undefined entity reference.
      expect(graphml).toContain('MT G&amp;Z;');
      expect(graphmlValues(graphml).nodes.get('team-themateam')!.description).toContain('MT G&Z;');
      expect(gexfValues(gexf).nodes.get('team-themateam')!.description).toContain('MT G&Z;');
      expectXmlExportsHold(json);

      // The CSV folders: strict RFC 4180 parsing, no formula start in the spreadsheet flavour.
      for (const folder of ['nodes', 'relationships']) {
        for (const file of readdirSync(join(dir, 'sheet', folder))) {
          const rows = parseCsv(readFileSync(join(dir, 'sheet', folder, file), 'utf8')) as string[][];
          expect(
            rows
              .slice(1)
              .flatMap((r) => r.slice(folder === 'nodes' ? 2 : 3))
              .filter(executable),
          ).toEqual([]);
        }
      }
      expect(readFileSync(join(dir, 'sheet', 'nodes', 'Mission.csv'), 'utf8')).toContain(`"'+5, -30|Centrale missie`);
      expect(readFileSync(join(dir, 'admin', 'nodes', 'Mission.csv'), 'utf8')).toContain(`"+5, -30|Centrale missie`);

      // Both flavours import into an empty store and export the same graph again.
      for (const flavour of ['sheet', 'admin']) {
        const data = join(dir, `data-${flavour}`);
        await cli('import', ['--from', join(dir, flavour)], data);
        await cli('export', ['--format', 'json', '--out', join(dir, `${flavour}.json`)], data);
        expect(canonical(JSON.parse(readFileSync(join(dir, `${flavour}.json`), 'utf8')))).toEqual(canonical(json));
      }
    },
  );

  it(
    'a graph of hostile strings imported with npm run import exports strictly parseable files that read back exactly',
    { timeout: 300_000 },
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'kies-export-hostile-'));
      const data = join(dir, 'data');
      writeFileSync(join(dir, 'hostile.json'), JSON.stringify(hostile));
      await cli('import', ['--from', join(dir, 'hostile.json'), '--replace'], data);
      const { json } = await exportAll(data, dir);
      const names = new Map(json.nodes.map((n) => [n.id, n.properties.name]));
      // The store keeps every string (the CLI wrote them as UTF-8, so unpaired surrogates were already U+FFFD).
      for (const node of wellFormedGraph(hostile).nodes) expect(names.get(node.id)).toBe(node.properties.name);
      expectXmlExportsHold(json);
      const again = join(dir, 'data-again');
      await cli('import', ['--from', join(dir, 'sheet')], again);
      await cli('export', ['--format', 'json', '--out', join(dir, 'again.json')], again);
      expect(canonical(JSON.parse(readFileSync(join(dir, 'again.json'), 'utf8')))).toEqual(canonical(json));
    },
  );
});
