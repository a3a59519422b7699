import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import exifr from 'exifr';

/**
 * Independent readers' view of what a file still gives away: tag names for
 * location and camera, as exiftool (Debian's libimage-exiftool-perl) and
 * exifr name them, and the fixtures' own words in the raw bytes.
 */

/** exiftool name patterns (case-insensitive, `*` any run of letters); the same test applied to exifr's keys below. */
const IDENTIFYING_TAGS = ['*gps*', '*location*', '*coordinates*', 'make', 'model', '*serial*', 'city', '*android*'];
const identifyingTag = new RegExp(`^(${IDENTIFYING_TAGS.map((name) => name.replaceAll('*', '.*')).join('|')})$`, 'i');

/** Words and numbers written into the fixtures' metadata, which must not survive in any form. */
const IDENTIFYING_TEXT = ['FixtureCam', 'Berlin', 'mentoring office', 'A. Client', 'kitchen', '2026:05:04', '52.520008', '+52.52', '52,31.2'];

export function textFindings(bytes: Buffer): string[] {
  return IDENTIFYING_TEXT.filter((text) => bytes.includes(text, 0, 'latin1'));
}

/** Everything exifr can read, kept per block and untranslated so absent tags are plainly absent. */
export const EXIFR_EVERYTHING = {
  tiff: true,
  ifd1: true,
  exif: true,
  gps: true,
  interop: true,
  xmp: true,
  iptc: true,
  icc: true,
  jfif: true,
  ihdr: true,
  makerNote: true,
  userComment: true,
  mergeOutput: false,
  translateValues: false,
};

/** Content types exifr reads; for the others (WebP, GIF, movies) only exiftool speaks. */
export const EXIFR_READS = new Set(['image/jpeg', 'image/png', 'image/heic', 'image/avif', 'image/tiff']);

export async function exifrFindings(bytes: Buffer): Promise<string[]> {
  let parsed: unknown;
  try {
    parsed = await exifr.parse(bytes, EXIFR_EVERYTHING);
  } catch {
    // exifr gives up on files it cannot follow: then it has found nothing.
    return [];
  }
  const found: string[] = [];
  const visit = (value: unknown, at: string): void => {
    if (value === null || typeof value !== 'object' || value instanceof Uint8Array) return;
    for (const [key, inner] of Object.entries(value)) {
      if (identifyingTag.test(key) && inner !== undefined) found.push(`${at}${key}`);
      visit(inner, `${at}${key}.`);
    }
  };
  visit(parsed, '');
  return found;
}

/** exiftool's output even when it exits with 1 because some file could not be read, as cut-off files often cannot. */
function exiftool(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile('exiftool', args, { maxBuffer: 256 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error !== null && (typeof error.code !== 'number' || error.code > 1)) reject(new Error(`exiftool failed: ${stderr}`));
      else resolve(stdout);
    });
  });
}

const extensions: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/gif': 'gif',
  'image/heic': 'heic',
  'image/avif': 'avif',
  'image/tiff': 'tif',
  'video/mp4': 'mp4',
  'video/quicktime': 'mov',
};

/**
 * Identifying tags exiftool finds in each file, keyed like `files`. The
 * files go through a few exiftool processes (one per core), each reading
 * its share in one run, with embedded (timed) metadata extracted too.
 */
export async function exiftoolFindings(files: Map<string, { bytes: Buffer; contentType: string }>): Promise<Map<string, string[]>> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'mentorline-exiftool-'));
  try {
    const names = new Map<string, string>();
    let index = 0;
    for (const [key, { bytes, contentType }] of files) {
      const name = path.join(dir, `${index++}.${extensions[contentType] ?? 'bin'}`);
      names.set(name, key);
      await writeFile(name, bytes);
    }
    const all = [...names.keys()];
    const processes = Math.max(1, Math.min(os.availableParallelism(), 4));
    const shares = Array.from({ length: processes }, (_, share) => all.filter((_, i) => i % processes === share));
    const tagArgs = IDENTIFYING_TAGS.map((name) => `-${name}`);
    const outputs = await Promise.all(
      shares
        .filter((share) => share.length > 0)
        .map(async (share, i) => {
          const argfile = path.join(dir, `args-${i}.txt`);
          await writeFile(argfile, share.join('\n'));
          const stdout = await exiftool(['-j', '-G1', '-a', '-n', '-ee', '-q', '-q', ...tagArgs, '-@', argfile]);
          return JSON.parse(stdout.trim() === '' ? '[]' : stdout) as Array<Record<string, unknown>>;
        }),
    );
    const findings = new Map<string, string[]>([...files.keys()].map((key) => [key, []]));
    for (const entry of outputs.flat()) {
      const key = names.get(String(entry.SourceFile));
      const tags = Object.keys(entry).filter((tag) => tag !== 'SourceFile' && identifyingTag.test(tag.split(':').pop() ?? ''));
      if (key !== undefined) findings.set(key, tags);
    }
    return findings;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
