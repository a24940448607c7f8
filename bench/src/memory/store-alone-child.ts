// Child process: the store-alone floor of the memory rows: the dataset loaded into a bare @grafeo-db/js database
// (store-alone.ts), RSS before and after with the input dropped. Usage (via api-bench.ts): store-alone-child.ts <dataset> <dataDir>
import { join } from 'node:path';
import { reply, settledRssMb } from '../child.js';
import { loadDataset, type DatasetName } from '../datasets.js';
import { storeAloneLoad } from './store-alone.js';

export interface StoreAloneResult {
  rssEmptyMb: number;
  rssLoadedMb: number;
}

const [dataset, dataDir] = process.argv.slice(2) as [DatasetName, string];
const store = storeAloneLoad(join(dataDir, `${dataset}-alone.grafeo`));
const rssEmptyMb = settledRssMb();
// The input lives only inside this call, so it is collected before the loaded figure.
await store.load(loadDataset(dataset));
const rssLoadedMb = settledRssMb();
store.close();
reply({ rssEmptyMb, rssLoadedMb } satisfies StoreAloneResult);
