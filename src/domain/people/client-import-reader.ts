import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ValidationError } from '../../core/errors.js';
import { createWorkerPool } from '../../media/worker-pool.js';
import { importLimits, type ImportFile } from './client-import-file.js';
import type { ReadAnswer, ReadJob } from './client-import-worker.js';

export interface ClientImportReaderOptions {
  /**
   * How long reading one file may take, the worker's start included. Default
   * 10 s: a file at the size limit reads in well under a second here.
   */
  timeoutMs?: number;
  /**
   * Heap limit of the worker. Default 64 MB: a file of 5,000 real clients needs about 15 MB, and
   * the worst file measured at the size limit (one row of two million empty cells) stays within it.
   */
  maxHeapMb?: number;
}

export interface ClientImportReader {
  /**
   * The file's header and rows, off the caller's thread. A file that cannot
   * be read (not UTF-8, not CSV, an unknown or missing column, too many
   * rows, or one that exhausts the worker's time or memory) is refused with
   * a ValidationError about `file`.
   */
  read(bytes: Uint8Array): Promise<ImportFile>;
  /** Ends the worker; a read still running fails. */
  close(): Promise<void>;
}

const refused = (code: string, message: string) => new ValidationError(code, 'file', message);

/**
 * Reading a file from outside runs in a worker thread with a time and a
 * memory limit, as media cleaning does: a file built to make the CSV parser
 * slow or greedy costs one worker, never the service.
 */
export function createClientImportReader(options: ClientImportReaderOptions = {}): ClientImportReader {
  // The worker is a sibling of this module, with its extension: `.ts` run through tsx, or `.js` once compiled.
  const workerModule = new URL(`./client-import-worker${path.extname(fileURLToPath(import.meta.url))}`, import.meta.url);
  const pool = createWorkerPool<ReadJob, ReadAnswer>({
    module: workerModule,
    size: 1,
    timeoutMs: options.timeoutMs ?? 10_000,
    resourceLimits: { maxOldGenerationSizeMb: options.maxHeapMb ?? 64, maxYoungGenerationSizeMb: 16, stackSizeMb: 4 },
  });

  return {
    async read(bytes) {
      // Said here, so a file that is plainly too large is never copied to the worker.
      if (bytes.byteLength > importLimits.maxBytes) throw refused('IMPORT_TOO_LARGE', `the file is larger than ${importLimits.maxBytes / 1024 / 1024} MB`);
      const copy = new Uint8Array(bytes);
      const done = await pool.run({ bytes: copy }, [copy.buffer]);
      if (done.status === 'closed') throw new Error('the file reader has shut down');
      if (done.status !== 'done') throw refused('IMPORT_UNREADABLE', 'the file could not be read within the time and memory a file may take');
      if ('problem' in done.value) throw refused(done.value.problem.code, done.value.problem.message);
      return done.value.file;
    },
    close: () => pool.close(),
  };
}
