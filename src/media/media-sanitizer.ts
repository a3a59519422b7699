import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SanitizeAnswer, SanitizeJob } from './sanitize-media-worker.js';
import { routeMedia, type SanitizedMedia, type UnsafeReason } from './sanitize-media.js';
import { createWorkerPool, type JobOutcome } from './worker-pool.js';

export interface MediaSanitizerOptions {
  /** Files cleaned at once, one worker thread each. Default 1: the service's own thread needs the other core. */
  workers?: number;
  /**
   * How long one file may take. Default 15 s: a 20 MB file walks in
   * milliseconds and a 50-megapixel JPEG re-encodes in a few seconds here;
   * what takes longer is treated as hostile.
   */
  timeoutMs?: number;
  /** Heap limit of each worker. Default 96 MB; the walk needs a few MB whatever the file. */
  maxHeapMb?: number;
  /** Largest picture re-encoded (see reencode-image.ts). Default 50 megapixels, about 200 MB of native memory at most. */
  maxInputPixels?: number;
}

export interface MediaSanitizer {
  /**
   * Cleans one file off the caller's thread (see SanitizedMedia for the
   * outcomes). Never rejects: a file that hangs, crashes or exhausts its
   * worker comes back `unsafe` and the next call gets a fresh worker.
   * `declaredContentType` is used only for files that are not images or
   * videos, and to refuse a declared image of no known format.
   */
  sanitize(bytes: Buffer, declaredContentType: string): Promise<SanitizedMedia>;
  /** Ends the workers; a call still running comes back `unsafe` with `shut-down`. */
  close(): Promise<void>;
}

const failureReasons: Record<Exclude<JobOutcome<unknown>['status'], 'done'>, UnsafeReason> = {
  timeout: 'timeout',
  'out-of-memory': 'out-of-memory',
  crashed: 'worker-failed',
  closed: 'shut-down',
};

/**
 * The service's way to make an uploaded file fit to store and relay:
 * metadata removal and re-encoding run in worker threads with a time and
 * a memory limit. Files that need no inspecting (documents, most audio)
 * never leave the caller's thread.
 */
export function createMediaSanitizer(options: MediaSanitizerOptions = {}): MediaSanitizer {
  const maxInputPixels = options.maxInputPixels ?? 50_000_000;
  // The worker is a sibling of this module, with its extension: `.ts` run through tsx, or `.js` once compiled.
  const workerModule = new URL(`./sanitize-media-worker${path.extname(fileURLToPath(import.meta.url))}`, import.meta.url);
  const pool = createWorkerPool<SanitizeJob, SanitizeAnswer>({
    module: workerModule,
    size: Math.max(1, options.workers ?? 1),
    timeoutMs: options.timeoutMs ?? 15_000,
    resourceLimits: { maxOldGenerationSizeMb: options.maxHeapMb ?? 96, maxYoungGenerationSizeMb: 16, stackSizeMb: 4 },
  });

  return {
    async sanitize(bytes, declaredContentType) {
      const routed = routeMedia(bytes, declaredContentType);
      if (routed.route === 'decided') return routed.result;
      // One copy in memory of its own, handed over rather than copied again; the caller keeps its Buffer.
      const copy = new Uint8Array(bytes);
      const done = await pool.run({ bytes: copy, declaredContentType, maxInputPixels }, [copy.buffer]);
      if (done.status !== 'done') {
        return { outcome: 'unsafe', reason: failureReasons[done.status], ...(done.detail === undefined ? {} : { detail: done.detail }) };
      }
      const answer = done.value;
      if (answer.outcome === 'unsafe') return answer;
      if (!('bytes' in answer)) return { outcome: answer.outcome, bytes, contentType: answer.contentType };
      return {
        outcome: answer.outcome,
        bytes: Buffer.from(answer.bytes.buffer, answer.bytes.byteOffset, answer.bytes.byteLength),
        contentType: answer.contentType,
      };
    },
    close: () => pool.close(),
  };
}
