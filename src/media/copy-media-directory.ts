import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { sha256Hex } from '../core/sha256.js';
import type { BlobStore } from './blob-store.js';
import { contentTypeOf, detectMediaFormat } from './detect-media-format.js';

export interface MediaCopyReport {
  copied: number;
  alreadyThere: number;
  /** Paths (relative to the directory) of what is not a stored file: leftovers of interrupted writes, probes. */
  skipped: string[];
  /** Paths of files whose bytes are not what their name says: damaged on disk, never copied. */
  mismatched: string[];
  /** The file whose copy failed, which ended the run: what failed for one would most likely fail for the rest. */
  failed: { file: string; error: unknown } | undefined;
}

const digestName = /^[0-9a-f]{64}$/;
const shardName = /^[0-9a-f]{2}$/;

/** The files of a media directory laid out as `<two hex digits>/<sha256>`, and everything else in it. */
async function listMediaDirectory(dir: string): Promise<{ stored: string[]; others: string[] }> {
  const stored: string[] = [];
  const others: string[] = [];
  for (const shard of await readdir(dir, { withFileTypes: true })) {
    if (!shard.isDirectory() || !shardName.test(shard.name)) {
      others.push(shard.name);
      continue;
    }
    for (const entry of await readdir(path.join(dir, shard.name), { withFileTypes: true })) {
      const file = path.join(shard.name, entry.name);
      (entry.isFile() && digestName.test(entry.name) ? stored : others).push(file);
    }
  }
  // In order, so two runs report alike and an operator can compare them.
  return { stored: stored.sort(), others: others.sort() };
}

/**
 * Copies every stored file of a media directory into a blob store under the
 * same key, checking each against its name first; files already there with
 * the same size are left be, so a copy cut short can simply be run again. It
 * stops at the first file the blob store refuses.
 * Nothing is deleted: the directory stays as it was.
 */
export async function copyMediaDirectory(dir: string, blobs: Pick<BlobStore, 'write'>): Promise<MediaCopyReport> {
  const { stored, others } = await listMediaDirectory(dir);
  const report: MediaCopyReport = { copied: 0, alreadyThere: 0, skipped: others, mismatched: [], failed: undefined };
  for (const file of stored) {
    const sha256 = path.basename(file);
    try {
      const bytes = await readFile(path.join(dir, file));
      if (sha256Hex(bytes) !== sha256) {
        report.mismatched.push(file);
        continue;
      }
      // The service serves the type its database records; the object's own type is for people browsing the bucket.
      const format = detectMediaFormat(bytes);
      const outcome = await blobs.write(sha256, bytes, format ? contentTypeOf(format, bytes) : 'application/octet-stream');
      if (outcome === 'written') report.copied += 1;
      else report.alreadyThere += 1;
    } catch (error) {
      report.failed = { file, error };
      break;
    }
  }
  return report;
}
