// Starts a TypeScript worker module. On Node 20 neither an inherited nor an
// explicit `--import tsx` in a worker's execArgv makes its `.ts` entry
// loadable ("Unknown file extension"), under vitest and under
// `node --import tsx` alike; tsx's tsImport, called from inside the
// worker, loads the module and everything it imports.
import { workerData } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';

await tsImport(workerData.module, import.meta.url);
