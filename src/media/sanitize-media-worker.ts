/**
 * The worker thread's module: cleans one file per job with sanitizeMedia.
 * Loaded only by createMediaSanitizer's pool.
 */
import { sanitizeMedia, type SanitizedMedia } from './sanitize-media.js';
import { serveJobs } from './worker-pool.js';

export interface SanitizeJob {
  bytes: Uint8Array;
  declaredContentType: string;
  maxInputPixels: number;
}

/** Bytes come back only when they differ from those sent: the caller still holds the input. */
export type SanitizeAnswer =
  | { outcome: 'clean' | 'passthrough'; contentType: string }
  | { outcome: 'stripped' | 'reencoded'; bytes: Uint8Array; contentType: string }
  | Extract<SanitizedMedia, { outcome: 'unsafe' }>;

serveJobs<SanitizeJob, SanitizeAnswer>(async (job) => {
  const bytes = Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength);
  const result = await sanitizeMedia(bytes, job.declaredContentType, { maxInputPixels: job.maxInputPixels });
  if (result.outcome === 'unsafe') return { value: result };
  if (result.outcome === 'clean' || result.outcome === 'passthrough') {
    return { value: { outcome: result.outcome, contentType: result.contentType } };
  }
  const own = ownMemory(result.bytes);
  return { value: { outcome: result.outcome, bytes: own, contentType: result.contentType }, transfer: [own.buffer] };
});

/**
 * The bytes in an ArrayBuffer of their own, so that it can be transferred
 * rather than copied. A small Buffer shares its memory with others from
 * Node's pool, and transferring that would detach them all.
 */
function ownMemory(bytes: Buffer): Uint8Array<ArrayBuffer> {
  if (bytes.buffer instanceof ArrayBuffer && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength) {
    return new Uint8Array(bytes.buffer);
  }
  return new Uint8Array(bytes);
}
