/**
 * The worker thread's module: reads one file of clients per job with
 * readImportFile. Loaded only by createClientImportReader's pool.
 */
import { serveJobs } from '../../media/worker-pool.js';
import type { FileProblem, ImportFile } from './client-import-file.js';
import { readImportFile } from './client-import-read.js';

export interface ReadJob {
  bytes: Uint8Array;
}

export type ReadAnswer = { file: ImportFile } | { problem: FileProblem };

serveJobs<ReadJob, ReadAnswer>(async (job) => ({ value: readImportFile(job.bytes) }));
