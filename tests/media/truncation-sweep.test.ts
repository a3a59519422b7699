import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { createMediaSanitizer } from '../../src/media/media-sanitizer.js';
import { EXIFR_READS, exifrFindings, exiftoolFindings, textFindings } from './identifying-metadata.js';

/** Every fixture with metadata in it, and the type a chat client would declare for it. */
const FIXTURES: Array<[name: string, declared: string]> = [
  ['photo-gps-rotated-mm.jpg', 'image/jpeg'],
  ['photo-gps-rotated-ii.jpg', 'image/jpeg'],
  ['photo-gps-upright.jpg', 'image/jpeg'],
  ['image-text-exif.png', 'image/png'],
  ['image-exif-after-idat.png', 'image/png'],
  ['photo-gps.webp', 'image/webp'],
  ['photo-gps.heic', 'image/heic'],
  ['photo-gps.avif', 'image/avif'],
  ['image-xmp-gps.gif', 'image/gif'],
  ['photo-gps.tiff', 'image/tiff'],
  ['video-gps.mp4', 'video/mp4'],
  ['video-gps.mov', 'video/quicktime'],
];

/**
 * exiftool costs about 1.5 ms a file here, the pipeline a tenth of that:
 * every cut goes through the pipeline, the text check and exifr, and
 * exiftool reads all of them for small files, and for larger ones every
 * third and every one of the last bytes, where an upload most often ends.
 */
const EXIFTOOL_EVERY_CUT_UP_TO = 1024;
const EXIFTOOL_STRIDE = 3;
const EXIFTOOL_EVERY_CUT_NEAR_END = 64;

const fixture = (name: string): Buffer => readFileSync(new URL(`../fixtures/${name}`, import.meta.url));
const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

const sanitizer = createMediaSanitizer();
afterAll(() => sanitizer.close());

describe('a file cut off after any byte', () => {
  it('is refused, or passed on with no location or camera data and unchanged by a second pass', async () => {
    const failures: string[] = [];
    const outcomes: Record<string, Record<string, number>> = {};
    /** Distinct outputs, those of the cuts chosen above, for exiftool. */
    const passed = new Map<string, { bytes: Buffer; contentType: string }>();
    const seen = new Set<string>();

    for (const [name, declared] of FIXTURES) {
      const whole = fixture(name);
      const tally: Record<string, number> = (outcomes[name] = {});
      for (let length = 1; length <= whole.length; length++) {
        const at = `${name} cut to ${length} bytes`;
        const result = await sanitizer.sanitize(whole.subarray(0, length), declared);
        const key = result.outcome === 'unsafe' ? `unsafe: ${result.reason}` : result.outcome;
        tally[key] = (tally[key] ?? 0) + 1;
        if (result.outcome === 'unsafe') {
          if (result.reason !== 'damaged' && result.reason !== 'unsupported-image') failures.push(`${at}: ${result.reason}`);
          continue;
        }
        const digest = sha256(result.bytes);
        if (seen.has(digest)) continue;
        seen.add(digest);
        if (whole.length <= EXIFTOOL_EVERY_CUT_UP_TO || length % EXIFTOOL_STRIDE === 0 || whole.length - length < EXIFTOOL_EVERY_CUT_NEAR_END) {
          passed.set(at, { bytes: result.bytes, contentType: result.contentType });
        }
        for (const text of textFindings(result.bytes)) failures.push(`${at}: "${text}" in the bytes`);
        const again = await sanitizer.sanitize(result.bytes, result.contentType);
        if (again.outcome === 'unsafe' || !again.bytes.equals(result.bytes)) failures.push(`${at}: a second pass gives ${again.outcome}`);
        if (EXIFR_READS.has(result.contentType)) {
          for (const tag of await exifrFindings(result.bytes)) failures.push(`${at}: exifr reads ${tag}`);
        }
      }
    }

    for (const [at, tags] of await exiftoolFindings(passed)) {
      for (const tag of tags) failures.push(`${at}: exiftool reads ${tag}`);
    }
    expect(failures).toEqual([]);
    // The sweep proves something only if cut-off files do get through.
    for (const [name] of FIXTURES) expect((outcomes[name]?.stripped ?? 0) + (outcomes[name]?.reencoded ?? 0), name).toBeGreaterThan(0);
  }, 300_000);
});
