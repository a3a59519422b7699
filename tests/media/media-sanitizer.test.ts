import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { createMediaSanitizer } from '../../src/media/media-sanitizer.js';
import type { SanitizedMedia } from '../../src/media/sanitize-media.js';
import { exifrFindings, exiftoolFindings, textFindings } from './identifying-metadata.js';
import { box, fullBox, handler, text, u16, u32 } from './iso-box.js';

const fixture = (name: string): Buffer => readFileSync(new URL(`../fixtures/${name}`, import.meta.url));

const sanitizer = createMediaSanitizer();
afterAll(() => sanitizer.close());

/** The bytes of a result that should have been passed on. */
function passed(result: SanitizedMedia): Buffer {
  if (result.outcome === 'unsafe') throw new Error(`unsafe: ${result.reason} (${result.detail})`);
  return result.bytes;
}

async function expectNothingIdentifying(bytes: Buffer, contentType: string): Promise<void> {
  expect(textFindings(bytes)).toEqual([]);
  expect(await exifrFindings(bytes)).toEqual([]);
  expect((await exiftoolFindings(new Map([['file', { bytes, contentType }]]))).get('file')).toEqual([]);
}

/**
 * The HEIF file with its Exif item said to run "to the end of the data":
 * damage the walker cannot see past, while the picture still decodes.
 * Both fixtures have offset, length and base offset fields of 4 bytes.
 */
function withExifOfUnstatedLength(file: Buffer): Buffer {
  const copy = Buffer.from(file);
  // An infe of version 2: box header, version and flags, item id, protection index, then the type.
  const exifType = copy.indexOf('Exif', copy.indexOf('iinf', 0, 'latin1'), 'latin1');
  const exifId = copy.readUInt16BE(exifType - 4);
  let at = copy.indexOf('iloc', 0, 'latin1') + 4;
  const version = copy[at];
  expect(copy.readUInt16BE(at + 4)).toBe(0x4440);
  const count = copy.readUInt16BE(at + 6);
  at += 8;
  for (let item = 0; item < count; item++) {
    const id = copy.readUInt16BE(at);
    at += 2 + (version === 1 ? 2 : 0) + 2 + 4;
    const extents = copy.readUInt16BE(at);
    at += 2;
    if (id === exifId) {
      copy.writeUInt32BE(0, at + 4);
      return copy;
    }
    at += extents * 8;
  }
  throw new Error('no Exif item in iloc');
}

describe('createMediaSanitizer', () => {
  it('passes a photo without metadata on as the very same Buffer', async () => {
    const plain = fixture('photo-plain.jpg');
    const result = await sanitizer.sanitize(plain, 'image/jpeg');
    expect(result).toEqual({ outcome: 'clean', bytes: plain, contentType: 'image/jpeg' });
    expect(passed(result)).toBe(plain);
  });

  it.each([
    ['photo-gps-rotated-mm.jpg', 'image/jpeg'],
    ['image-text-exif.png', 'image/png'],
    ['photo-gps.webp', 'image/webp'],
    ['image-xmp-gps.gif', 'image/gif'],
    ['photo-gps.heic', 'image/heic'],
    ['photo-gps.avif', 'image/avif'],
    ['video-gps.mp4', 'video/mp4'],
    ['video-gps.mov', 'video/quicktime'],
  ])('strips %s, whatever type it was declared as, and names its type from its bytes', async (name, contentType) => {
    const result = await sanitizer.sanitize(fixture(name), 'application/octet-stream');
    expect(result).toMatchObject({ outcome: 'stripped', contentType });
    await expectNothingIdentifying(passed(result), contentType);
  });

  it.each([
    ['photo-gps.heic', 'image/heic'],
    ['image-text-exif.png', 'image/png'],
  ])('strips %s with its last byte cut off, which used to be relayed as it came', async (name, contentType) => {
    const whole = fixture(name);
    const result = await sanitizer.sanitize(whole.subarray(0, whole.length - 1), contentType);
    expect(result).toMatchObject({ outcome: 'stripped', contentType });
    await expectNothingIdentifying(passed(result), contentType);
  });

  it('re-encodes a JPEG whose header cannot be walked, with its orientation applied and no metadata', async () => {
    const rotated = fixture('photo-gps-rotated-mm.jpg');
    const afterJfif = 4 + rotated.readUInt16BE(4);
    const stray = Buffer.concat([rotated.subarray(0, afterJfif), Buffer.from([0x00]), rotated.subarray(afterJfif)]);
    const result = await sanitizer.sanitize(stray, 'image/jpeg');
    expect(result).toMatchObject({ outcome: 'reencoded', contentType: 'image/jpeg' });
    const bytes = passed(result);
    await expectNothingIdentifying(bytes, 'image/jpeg');
    // 48×32 turned a quarter, and nothing left asking a viewer to turn it again.
    const turned = await sharp(bytes).metadata();
    expect([turned.width, turned.height, turned.orientation]).toEqual([32, 48, undefined]);
  });

  it('re-encodes a TIFF, which has no structural stripper, as JPEG with its orientation applied', async () => {
    const result = await sanitizer.sanitize(fixture('photo-gps.tiff'), 'image/tiff');
    expect(result).toMatchObject({ outcome: 'reencoded', contentType: 'image/jpeg' });
    await expectNothingIdentifying(passed(result), 'image/jpeg');
    expect(await sharp(passed(result)).metadata()).toMatchObject({ width: 8, height: 16 });
  });

  it('re-encodes a damaged AVIF, but refuses a damaged HEIC: sharp decodes AV1 here, not HEVC', async () => {
    const avif = await sanitizer.sanitize(withExifOfUnstatedLength(fixture('photo-gps.avif')), 'image/avif');
    expect(avif).toMatchObject({ outcome: 'reencoded', contentType: 'image/jpeg' });
    await expectNothingIdentifying(passed(avif), 'image/jpeg');
    const heic = await sanitizer.sanitize(withExifOfUnstatedLength(fixture('photo-gps.heic')), 'image/heic');
    expect(heic).toEqual({ outcome: 'unsafe', reason: 'damaged', detail: 'metadata item of unstated length' });
  });

  it('refuses a HEIC cut off inside its item tables', async () => {
    expect(await sanitizer.sanitize(fixture('photo-gps.heic').subarray(0, 300), 'image/heic')).toMatchObject({ outcome: 'unsafe', reason: 'damaged' });
  });

  it('refuses a video with a GPS track, which cannot be blanked in place', async () => {
    const gpsTrack = box(
      'trak',
      fullBox('tkhd', 0, Buffer.alloc(80)),
      box('mdia', handler('meta'), box('minf', box('stbl', fullBox('stsd', 0, u32(1), box('gpmd', Buffer.alloc(6), u16(1)))))),
    );
    const video = Buffer.concat([box('ftyp', text('mp42'), u32(0)), box('moov', fullBox('mvhd', 0, Buffer.alloc(96)), gpsTrack), box('mdat')]);
    expect(await sanitizer.sanitize(video, 'video/mp4')).toEqual({ outcome: 'unsafe', reason: 'unstrippable', detail: 'timed metadata of type gpmd' });
  });

  it('passes documents and audio on as they came, under their declared type', async () => {
    const pdf = Buffer.from('%PDF-1.4\n% a letter from the job centre\n');
    expect(await sanitizer.sanitize(pdf, 'application/pdf')).toEqual({ outcome: 'passthrough', bytes: pdf, contentType: 'application/pdf' });
    const voice = Buffer.from('OggS\0\x02 a voice message', 'latin1');
    expect(passed(await sanitizer.sanitize(voice, 'audio/ogg'))).toBe(voice);
  });

  it('refuses a file declared an image that is of no format it can clean', async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><metadata>Berlin</metadata></svg>');
    expect(await sanitizer.sanitize(svg, 'image/svg+xml')).toMatchObject({ outcome: 'unsafe', reason: 'unsupported-image' });
  });

  it('leaves its own output as it is on a second pass', async () => {
    for (const [name, declared] of [['photo-gps-rotated-ii.jpg', 'image/jpeg'], ['photo-gps.tiff', 'image/tiff'], ['video-gps.mov', 'video/quicktime']] as const) {
      const once = await sanitizer.sanitize(fixture(name), declared);
      const bytes = passed(once);
      expect(await sanitizer.sanitize(bytes, once.outcome === 'unsafe' ? declared : once.contentType)).toMatchObject({ outcome: 'clean', bytes });
    }
  });

  it('answers unsafe once closed', async () => {
    const closing = createMediaSanitizer();
    expect(passed(await closing.sanitize(fixture('photo-plain.jpg'), 'image/jpeg')).length).toBeGreaterThan(0);
    await closing.close();
    expect(await closing.sanitize(fixture('photo-plain.jpg'), 'image/jpeg')).toEqual({ outcome: 'unsafe', reason: 'shut-down' });
  });

  it('does not keep a process alive once it is idle, even when nobody closes it', async () => {
    const script = `
      import { createMediaSanitizer } from ${JSON.stringify(fileURLToPath(new URL('../../src/media/media-sanitizer.ts', import.meta.url)))};
      const result = await createMediaSanitizer().sanitize(Buffer.from([0xff, 0xd8, 0xff, 0xd9]), 'image/jpeg');
      console.log(result.outcome);`;
    // If the idle worker held the event loop open, this child would never exit and the test would time out.
    const stdout = await new Promise<string>((resolve, reject) => {
      execFile(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], (error, out) => (error ? reject(error) : resolve(out)));
    });
    expect(stdout.trim()).toBe('clean');
  });
});
