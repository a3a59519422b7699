import { readFileSync } from 'node:fs';
import exifr from 'exifr';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stripMetadata, type StripResult } from '../../src/media/strip-metadata.js';
import { EXIFR_EVERYTHING as EVERYTHING, exifrFindings, textFindings } from './identifying-metadata.js';

const fixture = (name: string): Buffer => readFileSync(new URL(`../fixtures/${name}`, import.meta.url));

const rotatedMm = fixture('photo-gps-rotated-mm.jpg');
const rotatedIi = fixture('photo-gps-rotated-ii.jpg');
const upright = fixture('photo-gps-upright.jpg');
const plainJpeg = fixture('photo-plain.jpg');
const png = fixture('image-text-exif.png');
const pngAfterIdat = fixture('image-exif-after-idat.png');
const webp = fixture('photo-gps.webp');
const gif = fixture('image-xmp-gps.gif');
const heic = fixture('photo-gps.heic');
const avif = fixture('photo-gps.avif');
const plainHeic = fixture('photo-plain.heic');

function expectNoIdentifyingText(bytes: Buffer): void {
  expect(textFindings(bytes)).toEqual([]);
}

/** The bytes of a result that should have bytes. */
function bytesOf(result: StripResult): Buffer {
  if (result.status !== 'clean' && result.status !== 'stripped') throw new Error(`no bytes: ${result.status}`);
  return result.bytes;
}

const strip = (input: Buffer): Buffer => bytesOf(stripMetadata(input));

/** Offset of the first SOS marker, found by following segment lengths from SOI. */
function scanOffset(jpeg: Buffer): number {
  let p = 2;
  while (jpeg[p] === 0xff && jpeg[p + 1] !== 0xda) p += 2 + jpeg.readUInt16BE(p + 2);
  expect(jpeg[p + 1]).toBe(0xda);
  return p;
}

function jpegSegment(marker: number, payload: string | Buffer): Buffer {
  const data = typeof payload === 'string' ? Buffer.from(payload, 'latin1') : payload;
  const head = Buffer.from([0xff, marker, 0, 0]);
  head.writeUInt16BE(data.length + 2, 2);
  return Buffer.concat([head, data]);
}

/** The plain JPEG with extra segments placed straight after its JFIF segment. */
function plainJpegWith(...segments: Buffer[]): Buffer {
  const afterJfif = 2 + 2 + plainJpeg.readUInt16BE(4);
  return Buffer.concat([plainJpeg.subarray(0, afterJfif), ...segments, plainJpeg.subarray(afterJfif)]);
}

function pngChunks(bytes: Buffer): { type: string; bytes: Buffer }[] {
  const chunks = [];
  for (let p = 8; p < bytes.length; ) {
    const end = p + 12 + bytes.readUInt32BE(p);
    chunks.push({ type: bytes.toString('latin1', p + 4, p + 8), bytes: bytes.subarray(p, end) });
    p = end;
  }
  return chunks;
}

function pngChunk(type: string, data: string): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length);
  head.write(type, 4, 'latin1');
  return Buffer.concat([head, Buffer.from(data, 'latin1'), Buffer.alloc(4)]);
}

/** The PNG fixture's chunks in order, with `extra` placed before IEND. */
function pngWith(...extra: Buffer[]): Buffer {
  const chunks = pngChunks(png);
  return Buffer.concat([png.subarray(0, 8), ...chunks.slice(0, -1).map((chunk) => chunk.bytes), ...extra, chunks[chunks.length - 1]?.bytes ?? Buffer.alloc(0)]);
}

function riffChunks(bytes: Buffer): { fourcc: string; bytes: Buffer }[] {
  const chunks = [];
  for (let p = 12; p < bytes.length; ) {
    const size = bytes.readUInt32LE(p + 4);
    const end = p + 8 + size + (size % 2);
    chunks.push({ fourcc: bytes.toString('latin1', p, p + 4), bytes: bytes.subarray(p, end) });
    p = end;
  }
  return chunks;
}

function riffChunk(fourcc: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.write(fourcc, 0, 'latin1');
  head.writeUInt32LE(data.length, 4);
  return Buffer.concat([head, data, Buffer.alloc(data.length % 2)]);
}

function webpOf(...chunks: Buffer[]): Buffer {
  const body = Buffer.concat(chunks);
  const header = Buffer.from('RIFF\0\0\0\0WEBP', 'latin1');
  header.writeUInt32LE(4 + body.length, 4);
  return Buffer.concat([header, body]);
}

describe('stripMetadata on JPEG', () => {
  it.each([
    ['big-endian (MM)', rotatedMm],
    ['little-endian (II)', rotatedIi],
  ])('removes GPS, camera, dates, XMP and IPTC but keeps Orientation 6 from %s Exif', async (_order, input) => {
    // The fixture really carries what is to be removed, as an independent reader sees it.
    const before = await exifr.parse(input, EVERYTHING);
    expect(before.gps.latitude).toBeCloseTo(52.520008, 5);
    expect(before.ifd0.Make).toBe('FixtureCam');
    expect(before.ifd0.Model).toBe('FixtureCam One');
    expect(before.exif.DateTimeOriginal).toBeInstanceOf(Date);
    expect(before.iptc.City).toBe('Berlin');
    expect(before.photoshop.City).toBe('Berlin');

    const result = stripMetadata(input);

    expect(result).toMatchObject({ status: 'stripped', format: 'jpeg' });
    const output = bytesOf(result);
    expect(await exifr.gps(output)).toBeUndefined();
    expect(await exifr.orientation(output)).toBe(6);
    const after = await exifr.parse(output, EVERYTHING);
    // Only JFIF's density and the lone orientation tag are left.
    expect(Object.keys(after).sort()).toEqual(['ifd0', 'jfif']);
    expect(after.ifd0).toEqual({ Orientation: 6 });
    expectNoIdentifyingText(output);
  });

  it('copies the image data from SOS to the end byte for byte', () => {
    for (const input of [rotatedMm, rotatedIi, upright]) {
      const output = strip(input);
      expect(output.subarray(scanOffset(output)).equals(input.subarray(scanOffset(input)))).toBe(true);
    }
  });

  it('adds nothing but the orientation segment to the photo the fixtures were made from', () => {
    // The fixtures are photo-plain.jpg plus what exiftool wrote, so stripping
    // has to lead back to it, plus a 36-byte APP1 when rotated.
    expect(strip(upright).equals(plainJpeg)).toBe(true);
    const rotated = strip(rotatedMm);
    expect(rotated.length).toBe(plainJpeg.length + 36);
    expect(rotated.subarray(scanOffset(rotated)).equals(plainJpeg.subarray(scanOffset(plainJpeg)))).toBe(true);
  });

  it('drops the Exif entirely when the orientation is upright', async () => {
    const output = strip(upright);
    expect(await exifr.orientation(output)).toBeUndefined();
    expect(await exifr.gps(output)).toBeUndefined();
    expect(Object.keys((await exifr.parse(output, EVERYTHING)) ?? {})).toEqual(['jfif']);
  });

  it('returns the very same Buffer for a JPEG without metadata', () => {
    const copy = Buffer.from(plainJpeg);
    expect(stripMetadata(plainJpeg)).toEqual({ status: 'clean', format: 'jpeg', bytes: plainJpeg });
    expect(bytesOf(stripMetadata(plainJpeg))).toBe(plainJpeg);
    expect(plainJpeg.equals(copy)).toBe(true);
  });

  it('keeps ICC profiles and the Adobe segment, drops comments and every other application segment', () => {
    const icc = jpegSegment(0xe2, 'ICC_PROFILE\0\x01\x01not a real profile');
    const adobe = jpegSegment(0xee, 'Adobe\0\x64\0\0\0\0\x01');
    const input = plainJpegWith(
      jpegSegment(0xe0, 'JFXX\0\x13thumbnail'),
      icc,
      jpegSegment(0xe2, 'MPF\0multi-picture index'),
      jpegSegment(0xe1, 'http://ns.adobe.com/xap/1.0/\0<x:xmpmeta/>'),
      jpegSegment(0xeb, 'JP\0\0jumbf'),
      jpegSegment(0xed, 'Photoshop 3.0\0'),
      jpegSegment(0xfe, 'kitchen'),
      adobe,
    );
    expect(strip(input).equals(plainJpegWith(icc, adobe))).toBe(true);
  });

  it('drops application segments and comments between the scans as it does in the header', () => {
    const eoi = plainJpeg.length - 2;
    const input = Buffer.concat([plainJpeg.subarray(0, eoi), jpegSegment(0xe1, 'Exif\0\0FixtureCam'), jpegSegment(0xfe, 'kitchen'), plainJpeg.subarray(eoi)]);
    expect(strip(input).equals(plainJpeg)).toBe(true);
  });

  it('removes a thumbnail from the JFIF segment but keeps its density', async () => {
    const jfifLength = plainJpeg.readUInt16BE(4);
    const jfif = Buffer.from(plainJpeg.subarray(6, 4 + jfifLength));
    jfif[jfif.length - 2] = 1; // a 1x1 RGB thumbnail follows
    jfif[jfif.length - 1] = 1;
    const input = Buffer.concat([
      plainJpeg.subarray(0, 2),
      jpegSegment(0xe0, Buffer.concat([jfif, Buffer.from([1, 2, 3])])),
      plainJpeg.subarray(4 + jfifLength),
    ]);
    expect((await exifr.parse(input, EVERYTHING)).jfif.ThumbnailWidth).toBe(1);

    expect(strip(input).equals(plainJpeg)).toBe(true);
  });

  it('drops whatever follows the end of the image, such as an appended second photo with its own Exif', async () => {
    const output = strip(Buffer.concat([plainJpeg, rotatedMm]));
    expect(output.equals(plainJpeg)).toBe(true);
    expectNoIdentifyingText(output);
    expect(await exifr.gps(output)).toBeUndefined();
  });

  it('still strips a photo whose upload was cut off inside the image data, keeping all of what arrived', async () => {
    const input = rotatedMm.subarray(0, rotatedMm.length - 100);
    const output = strip(input);
    expect(await exifr.gps(output)).toBeUndefined();
    expect(await exifr.orientation(output)).toBe(6);

    const scan = scanOffset(rotatedMm);
    const scanHeaderEnd = scan + 2 + rotatedMm.readUInt16BE(scan + 2);
    for (let length = scanHeaderEnd; length < rotatedMm.length; length++) {
      const cut = rotatedMm.subarray(0, length);
      const stripped = strip(cut);
      expect(stripped.subarray(scanOffset(stripped)).equals(cut.subarray(scan)), `cut at ${length}`).toBe(true);
    }
  });

  it('calls a JPEG cut off before its image data damaged, since its header cannot be walked', () => {
    const scan = scanOffset(rotatedMm);
    const scanHeaderEnd = scan + 2 + rotatedMm.readUInt16BE(scan + 2);
    for (let length = 3; length < scanHeaderEnd; length++) {
      expect(stripMetadata(rotatedMm.subarray(0, length)).status, `cut at ${length}`).toBe('damaged');
    }
  });

  it('calls a JPEG with an impossible segment length, or stray bytes between segments, damaged', () => {
    const shortLength = Buffer.from(rotatedMm);
    shortLength.writeUInt16BE(1, 4); // JFIF's length, shorter than the length field itself
    expect(stripMetadata(shortLength)).toMatchObject({ status: 'damaged', format: 'jpeg' });
    const afterJfif = 4 + plainJpeg.readUInt16BE(4);
    const stray = Buffer.concat([rotatedMm.subarray(0, afterJfif), Buffer.from([0x00]), rotatedMm.subarray(afterJfif)]);
    expect(stripMetadata(stray)).toMatchObject({ status: 'damaged', detail: 'header interrupted by bytes outside a segment' });
  });
});

describe('stripMetadata on PNG', () => {
  it.each([
    ['before IDAT', png],
    ['after IDAT', pngAfterIdat],
  ])('drops text, time and eXIf chunks %s and keeps IHDR, IDAT and IEND byte for byte', async (_where, input) => {
    const before = await exifr.parse(input, EVERYTHING);
    expect(before.gps.latitude).toBeCloseTo(52.520008, 5);
    expect(before.ifd0.Make).toBe('FixtureCam');
    expect(before.ihdr.Author).toBe('A. Client');
    expect(pngChunks(input).map((chunk) => chunk.type)).toEqual(expect.arrayContaining(['tEXt', 'tIME', 'iTXt', 'eXIf']));

    const output = strip(input);

    const kept = pngChunks(input).filter((chunk) => ['IHDR', 'IDAT', 'IEND'].includes(chunk.type));
    const left = pngChunks(output);
    expect(left.map((chunk) => chunk.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
    left.forEach((chunk, i) => expect(chunk.bytes.equals(kept[i]?.bytes ?? Buffer.alloc(0))).toBe(true));

    expect(await exifr.gps(output)).toBeUndefined();
    const after = await exifr.parse(output, EVERYTHING);
    expect(Object.keys(after)).toEqual(['ihdr']);
    expect(after.ihdr.Author).toBeUndefined();
    expectNoIdentifyingText(output);
  });

  it('returns the very same Buffer for a PNG without metadata', () => {
    const clean = strip(png);
    expect(stripMetadata(clean)).toEqual({ status: 'clean', format: 'png', bytes: clean });
    expect(bytesOf(stripMetadata(clean))).toBe(clean);
  });

  it('keeps colour and density chunks, and drops ancillary chunks it does not know', () => {
    const colour = [pngChunk('gAMA', '\0\0\xb1\x8f'), pngChunk('pHYs', '\0\0\x0b\x13\0\0\x0b\x13\x01')];
    const input = pngWith(...colour, pngChunk('caBX', 'c2pa manifest'), pngChunk('zxIf', 'FixtureCam'), pngChunk('iDOT', '\0\0\0\x02'));
    expect(pngChunks(strip(input)).map((chunk) => chunk.type)).toEqual(['IHDR', 'IDAT', 'gAMA', 'pHYs', 'IEND']);
  });

  it('calls a PNG with a critical chunk it does not know damaged: no decoder may skip it', () => {
    expect(stripMetadata(pngWith(pngChunk('XYZW', 'anything')))).toMatchObject({ status: 'damaged', detail: 'unknown critical chunk' });
  });

  it('keeps what arrived of a PNG cut off anywhere after its signature, without its metadata', () => {
    for (const whole of [png, pngAfterIdat]) {
      for (let length = 8; length < whole.length; length++) {
        const result = stripMetadata(whole.subarray(0, length));
        expect(result.status, `cut at ${length}`).not.toBe('damaged');
        expectNoIdentifyingText(bytesOf(result));
      }
    }
  });

  it('drops a chunk whose length runs past the end of the file, with all it would swallow', () => {
    const input = Buffer.from(png);
    input.writeUInt32BE(0xffffffff, 8); // IHDR's length
    expect(strip(input).equals(png.subarray(0, 8))).toBe(true);
  });
});

describe('stripMetadata on WebP', () => {
  it('drops EXIF and XMP chunks, clears their VP8X flags and fixes the RIFF size', () => {
    const inputChunks = riffChunks(webp);
    expect(inputChunks.map((chunk) => chunk.fourcc)).toEqual(['VP8X', 'VP8 ', 'EXIF', 'XMP ']);
    const inputFlags = inputChunks[0]?.bytes[8] ?? 0;
    expect(inputFlags & 0x0c).toBe(0x0c);

    const output = strip(webp);

    expect(output.toString('latin1', 0, 4)).toBe('RIFF');
    expect(output.toString('latin1', 8, 12)).toBe('WEBP');
    expect(output.readUInt32LE(4)).toBe(output.length - 8);
    const outputChunks = riffChunks(output);
    expect(outputChunks.map((chunk) => chunk.fourcc)).toEqual(['VP8X', 'VP8 ']);
    expect(outputChunks[0]?.bytes[8]).toBe(inputFlags & ~0x0c);
    // Canvas size and the rest of VP8X stay as they were.
    expect(outputChunks[0]?.bytes.subarray(9).equals(inputChunks[0]?.bytes.subarray(9) ?? Buffer.alloc(0))).toBe(true);
    expect(outputChunks[1]?.bytes.equals(inputChunks[1]?.bytes ?? Buffer.alloc(0))).toBe(true);
    expectNoIdentifyingText(output);
  });

  it('drops chunks it does not know and what follows the RIFF', () => {
    const [vp8x, vp8] = riffChunks(webp).map((chunk) => chunk.bytes);
    const expected = webpOf(Buffer.from(vp8x ?? []), vp8 ?? Buffer.alloc(0));
    expected[20] = (expected[20] ?? 0) & ~0x0c;
    expect(strip(Buffer.concat([webpOf(vp8x ?? Buffer.alloc(0), vp8 ?? Buffer.alloc(0), riffChunk('JUNK', Buffer.from('FixtureCam'))), Buffer.from('kitchen')])).equals(expected)).toBe(true);
  });

  it('calls an animation frame holding a chunk it does not know damaged', () => {
    const frame = riffChunk('ANMF', Buffer.concat([Buffer.alloc(16), riffChunk('EXIF', Buffer.from('FixtureCam'))]));
    expect(stripMetadata(webpOf(frame))).toMatchObject({ status: 'damaged', detail: 'unknown chunk in an animation frame' });
  });

  it('keeps what arrived of a WebP cut off anywhere after its header, without its metadata', () => {
    for (let length = 12; length < webp.length; length++) {
      const output = strip(webp.subarray(0, length));
      expect(output.readUInt32LE(4), `cut at ${length}`).toBe(output.length - 8);
      expectNoIdentifyingText(output);
    }
  });
});

describe('stripMetadata on GIF', () => {
  it('drops the comment and the XMP application block, keeping the picture byte for byte', () => {
    const output = strip(gif);
    expect(output.length).toBeLessThan(gif.length);
    expect(output.includes('XMP DataXMP', 0, 'latin1')).toBe(false);
    expectNoIdentifyingText(output);
    expect(output[output.length - 1]).toBe(0x3b);
    expect(stripMetadata(output)).toEqual({ status: 'clean', format: 'gif', bytes: output });
  });

  it('keeps the loop count of an animation and drops what follows the trailer', () => {
    const loop = Buffer.concat([Buffer.from([0x21, 0xff, 11]), Buffer.from('NETSCAPE2.0', 'latin1'), Buffer.from([3, 1, 0, 0, 0])]);
    const clean = strip(gif);
    const withLoop = Buffer.concat([clean.subarray(0, -1), loop, clean.subarray(-1)]);
    expect(strip(Buffer.concat([withLoop, Buffer.from('FixtureCam')])).equals(withLoop)).toBe(true);
  });
});

/** The contents of a file's top-level `mdat` box: the coded picture, in the fixture made without metadata. */
function mdatOf(file: Buffer): Buffer {
  for (let at = 0; at + 8 <= file.length; at += file.readUInt32BE(at)) {
    if (file.toString('latin1', at + 4, at + 8) === 'mdat') return file.subarray(at + 8, at + file.readUInt32BE(at));
  }
  throw new Error('no mdat box');
}

describe('stripMetadata on HEIF', () => {
  it.each([
    ['HEIC', heic],
    ['AVIF', avif],
  ])('blanks the Exif and XMP items of a %s in place, leaving the coded picture and every offset as they were', async (_kind, input) => {
    expect((await exifr.parse(input, EVERYTHING)).gps).toMatchObject({ GPSLatitudeRef: 'N' });

    const result = stripMetadata(input);

    expect(result).toMatchObject({ status: 'stripped', format: 'heif' });
    const output = bytesOf(result);
    expect(output.length).toBe(input.length);
    // exifr reads nothing more from either; of the AVIF it reports that the colour box is no ICC profile.
    expect(await exifrFindings(output)).toEqual([]);
    expect((await exifr.parse(output, EVERYTHING))?.ifd0).toBeUndefined();
    expectNoIdentifyingText(output);
    // The blanked items are valid empty blocks, so a second pass finds nothing to do.
    expect(bytesOf(stripMetadata(output))).toBe(output);
  });

  it('leaves the coded picture of the HEIC untouched', () => {
    expect(strip(heic).includes(mdatOf(plainHeic))).toBe(true);
  });

  it('returns the very same Buffer for a HEIF without metadata', () => {
    expect(stripMetadata(plainHeic)).toEqual({ status: 'clean', format: 'heif', bytes: plainHeic });
  });

  it('blanks what arrived of metadata items cut off with the file, and calls a cut in the item tables damaged', () => {
    const ftypSize = heic.readUInt32BE(0);
    const statuses = new Set<string>();
    for (let length = ftypSize + 1; length < heic.length; length++) {
      const result = stripMetadata(heic.subarray(0, length));
      statuses.add(result.status);
      if (result.status === 'damaged') expect(length, `cut at ${length}`).toBeLessThan(heic.indexOf('mdat', 0, 'latin1'));
      else expectNoIdentifyingText(bytesOf(result));
    }
    expect([...statuses].sort()).toEqual(['clean', 'damaged', 'stripped']);
  });
});

describe('stripMetadata on anything else', () => {
  it.each([
    ['empty input', Buffer.alloc(0)],
    ['plain text', Buffer.from('not an image at all')],
    ['a TIFF, which only re-encoding can clean', fixture('photo-gps.tiff')],
  ])('does not look into %s', (_name, input) => {
    expect(stripMetadata(input)).toEqual({ status: 'unrecognised' });
  });
});

describe('stripMetadata properties', () => {
  const magic = fc.constantFrom(
    Buffer.alloc(0),
    Buffer.from([0xff, 0xd8, 0xff]),
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    Buffer.from('RIFF\x00\x01\x00\x00WEBP', 'latin1'),
    Buffer.from('GIF89a', 'latin1'),
    Buffer.from('\x00\x00\x00\x14ftypheic\x00\x00\x00\x00mif1', 'latin1'),
    Buffer.from('\x00\x00\x00\x10ftypisom\x00\x00\x00\x00', 'latin1'),
  );
  const anyBytes = fc.tuple(magic, fc.uint8Array({ maxLength: 512 })).map(([head, tail]) => Buffer.concat([head, tail]));
  const damagedFixture = fc
    .record({
      whole: fc.constantFrom(rotatedMm, rotatedIi, upright, plainJpeg, png, pngAfterIdat, webp, gif, heic, avif, plainHeic, fixture('video-gps.mp4'), fixture('video-gps.mov')),
      cut: fc.nat(),
      changes: fc.array(fc.record({ at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }), { maxLength: 4 }),
    })
    .map(({ whole, cut, changes }) => {
      const damaged = Buffer.from(whole.subarray(0, whole.length - (cut % whole.length)));
      for (const { at, value } of changes) if (damaged.length > 0) damaged[at % damaged.length] = value;
      return damaged;
    });

  it.each([
    ['arbitrary bytes', anyBytes],
    ['damaged fixtures', damagedFixture],
  ])('never throws, and stripping twice equals stripping once, on %s', (_name, input) => {
    fc.assert(
      fc.property(input, (bytes) => {
        const once = stripMetadata(bytes);
        if (once.status !== 'clean' && once.status !== 'stripped') return;
        expect(stripMetadata(once.bytes)).toEqual({ status: 'clean', format: once.format, bytes: once.bytes });
        expect(bytesOf(stripMetadata(once.bytes))).toBe(once.bytes);
      }),
      { numRuns: 500 },
    );
  });
});
