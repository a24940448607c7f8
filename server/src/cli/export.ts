// `npm run export -- --format json|csv|graphml|gexf --out PATH [--csv-flavour spreadsheet|neo4j-admin]`: writes the
// current graph of the configured store.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { readConfig } from '../config.js';
import { openStore } from '../store/open-store.js';
import { readSeedGraph } from '../seed-graph.js';
import { writeCsvFolder } from '../exchange/csv-export.js';
import { CSV_FLAVOURS, type CsvFlavour } from '../exchange/csv-cells.js';
import { graphToGexf } from '../exchange/gexf-export.js';
import { graphToGraphml } from '../exchange/graphml-export.js';

const FORMATS = ['json', 'csv', 'graphml', 'gexf'] as const;
const usage = `usage: npm run export -- --format ${FORMATS.join('|')} --out FILE_OR_DIR [--csv-flavour ${CSV_FLAVOURS.join('|')}] (csv writes a folder)`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      format: { type: 'string', default: 'json' },
      out: { type: 'string' },
      'csv-flavour': { type: 'string', default: 'spreadsheet' },
    },
  });
  if (!values.out) throw new Error(`export: --out is required\n${usage}`);
  if (!(FORMATS as readonly string[]).includes(values.format ?? ''))
    throw new Error(`export: unknown --format "${values.format}"\n${usage}`);
  const flavour = values['csv-flavour'] as CsvFlavour;
  if (!CSV_FLAVOURS.includes(flavour)) throw new Error(`export: unknown --csv-flavour "${flavour}"\n${usage}`);
  const config = readConfig();
  const store = await openStore(config);
  try {
    // Same rule as `npm start`: a fresh installation exports the seeded graph, not an empty one.
    if (config.seedOnStart && (await store.isEmpty())) await store.importGraph(readSeedGraph());
    const graph = await store.exportGraph();
    if (values.format !== 'csv') {
      const text =
        values.format === 'json'
          ? JSON.stringify(graph, null, 2) + '\n'
          : values.format === 'gexf'
            ? graphToGexf(graph)
            : graphToGraphml(graph);
      writeFileSync(values.out, text);
      console.log(
        `export: wrote ${graph.nodes.length} nodes and ${graph.relationships.length} relationships to ${values.out}`,
      );
    } else {
      // Spreadsheet-safe by default (people open these files in Excel); neo4j-admin bulk import wants values as they are.
      const files = writeCsvFolder(graph, values.out, flavour);
      console.log(
        `export: wrote ${files.length} ${flavour} CSV files (${graph.nodes.length} nodes, ${graph.relationships.length} relationships) to ${values.out}`,
      );
    }
  } finally {
    await store.close();
  }
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
