import { readFileSync } from 'node:fs';
import exifr from 'exifr';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stripImageMetadata, stripImageMetadataWithStatus } from '../../src/media/strip-image-metadata.js';

const fixture = (name: string): Buffer => readFileSync(new URL(`../fixtures/${name}`, import.meta.url));

const rotatedMm = fixture('photo-gps-rotated-mm.jpg');
const rotatedIi = fixture('photo-gps-rotated-ii.jpg');
const upright = fixture('photo-gps-upright.jpg');
const plainJpeg = fixture('photo-plain.jpg');
const png = fixture('image-text-exif.png');
const webp = fixture('photo-gps.webp');
const heic = fixture('photo-gps.heic');
const plainHeic = fixture('photo-plain.heic');

/** Everything exifr can read, kept per block and untranslated so absent tags are plainly absent. */
const EVERYTHING = {
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

/** Words written into the fixtures' metadata, which must not survive in any form. */
const IDENTIFYING_TEXT = ['FixtureCam', 'Berlin', 'mentoring office', 'A. Client', 'kitchen', '2026:05:04'];

function expectNoIdentifyingText(bytes: Buffer): void {
  for (const text of IDENTIFYING_TEXT) expect(bytes.includes(text, 0, 'latin1'), text).toBe(false);
}

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

describe('stripImageMetadata on JPEG', () => {
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

    const output = stripImageMetadata(input);

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
      const output = stripImageMetadata(input);
      expect(output.subarray(scanOffset(output)).equals(input.subarray(scanOffset(input)))).toBe(true);
    }
  });

  it('adds nothing but the orientation segment to the photo the fixtures were made from', () => {
    // The fixtures are photo-plain.jpg plus what exiftool wrote, so stripping
    // has to lead back to it, plus a 36-byte APP1 when rotated.
    expect(stripImageMetadata(upright).equals(plainJpeg)).toBe(true);
    const rotated = stripImageMetadata(rotatedMm);
    expect(rotated.length).toBe(plainJpeg.length + 36);
    expect(rotated.subarray(scanOffset(rotated)).equals(plainJpeg.subarray(scanOffset(plainJpeg)))).toBe(true);
  });

  it('drops the Exif entirely when the orientation is upright', async () => {
    const output = stripImageMetadata(upright);
    expect(await exifr.orientation(output)).toBeUndefined();
    expect(await exifr.gps(output)).toBeUndefined();
    expect(Object.keys((await exifr.parse(output, EVERYTHING)) ?? {})).toEqual(['jfif']);
  });

  it('returns the very same Buffer for a JPEG without metadata', () => {
    const copy = Buffer.from(plainJpeg);
    const result = stripImageMetadataWithStatus(plainJpeg);
    expect(result.status).toBe('clean');
    expect(result.format).toBe('jpeg');
    expect(result.bytes).toBe(plainJpeg);
    expect(plainJpeg.equals(copy)).toBe(true);
  });

  it('returns its own output unchanged on a second pass', () => {
    for (const input of [rotatedMm, rotatedIi, upright, png, webp]) {
      const once = stripImageMetadata(input);
      expect(once).not.toBe(input);
      expect(stripImageMetadata(once)).toBe(once);
    }
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
    expect(stripImageMetadata(input).equals(plainJpegWith(icc, adobe))).toBe(true);
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

    expect(stripImageMetadata(input).equals(plainJpeg)).toBe(true);
  });

  it('drops whatever follows the end of the image, such as an appended second photo with its own Exif', async () => {
    const output = stripImageMetadata(Buffer.concat([plainJpeg, rotatedMm]));
    expect(output.equals(plainJpeg)).toBe(true);
    expectNoIdentifyingText(output);
    expect(await exifr.gps(output)).toBeUndefined();
  });

  it('still strips a photo whose upload was cut off inside the image data, keeping all of what arrived', async () => {
    const input = rotatedMm.subarray(0, rotatedMm.length - 100);
    const output = stripImageMetadata(input);
    expect(await exifr.gps(output)).toBeUndefined();
    expect(await exifr.orientation(output)).toBe(6);

    const scan = scanOffset(rotatedMm);
    for (let length = scan + 2; length < rotatedMm.length; length++) {
      const cut = rotatedMm.subarray(0, length);
      const stripped = stripImageMetadata(cut);
      expect(stripped.subarray(scanOffset(stripped)).equals(cut.subarray(scan)), `cut at ${length}`).toBe(true);
    }
  });
});

describe('stripImageMetadata on PNG', () => {
  it('drops text, time and eXIf chunks and keeps IHDR, IDAT and IEND byte for byte', async () => {
    const before = await exifr.parse(png, EVERYTHING);
    expect(before.gps.latitude).toBeCloseTo(52.520008, 5);
    expect(before.ifd0.Make).toBe('FixtureCam');
    expect(before.ihdr.Author).toBe('A. Client');
    expect(pngChunks(png).map((chunk) => chunk.type)).toEqual(
      expect.arrayContaining(['tEXt', 'tIME', 'iTXt', 'eXIf']),
    );

    const output = stripImageMetadata(png);

    const kept = pngChunks(png).filter((chunk) => ['IHDR', 'IDAT', 'IEND'].includes(chunk.type));
    const left = pngChunks(output);
    expect(left.map((chunk) => chunk.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
    left.forEach((chunk, i) => expect(chunk.bytes.equals(kept[i]?.bytes ?? Buffer.alloc(0))).toBe(true));

    expect(await exifr.gps(output)).toBeUndefined();
    const after = await exifr.parse(output, EVERYTHING);
    expect(Object.keys(after)).toEqual(['ihdr']);
    expect(after.ihdr.Author).toBeUndefined();
    expect(after.ihdr.Comment).toBeUndefined();
    expectNoIdentifyingText(output);
  });

  it('returns the very same Buffer for a PNG without metadata', () => {
    const clean = stripImageMetadata(png);
    const result = stripImageMetadataWithStatus(clean);
    expect(result).toEqual({ status: 'clean', format: 'png', bytes: clean });
    expect(result.bytes).toBe(clean);
  });
});

describe('stripImageMetadata on WebP', () => {
  it('drops EXIF and XMP chunks, clears their VP8X flags and fixes the RIFF size', () => {
    const inputChunks = riffChunks(webp);
    expect(inputChunks.map((chunk) => chunk.fourcc)).toEqual(['VP8X', 'VP8 ', 'EXIF', 'XMP ']);
    const inputFlags = inputChunks[0]?.bytes[8] ?? 0;
    expect(inputFlags & 0x0c).toBe(0x0c);

    const output = stripImageMetadata(webp);

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
});

/** The contents of a file's top-level `mdat` box: the coded picture, in the fixture made without metadata. */
function mdatOf(file: Buffer): Buffer {
  for (let at = 0; at + 8 <= file.length; at += file.readUInt32BE(at)) {
    if (file.toString('latin1', at + 4, at + 8) === 'mdat') return file.subarray(at + 8, at + file.readUInt32BE(at));
  }
  throw new Error('no mdat box');
}

describe('stripImageMetadata on HEIF', () => {
  it('blanks the Exif and XMP items in place, leaving the coded picture and every offset as they were', async () => {
    expect((await exifr.parse(heic, EVERYTHING)).gps).toMatchObject({ GPSLatitudeRef: 'N' });

    const result = stripImageMetadataWithStatus(heic);

    expect(result).toMatchObject({ status: 'stripped', format: 'heif' });
    expect(result.bytes.length).toBe(heic.length);
    expect(result.bytes.includes(mdatOf(plainHeic))).toBe(true);
    expect(await exifr.parse(result.bytes, EVERYTHING)).toBeUndefined();
    expectNoIdentifyingText(result.bytes);
    // The blanked items are valid empty blocks, so a second pass finds nothing to do.
    expect(stripImageMetadata(result.bytes)).toBe(result.bytes);
  });

  it('returns the very same Buffer for a HEIF without metadata', () => {
    expect(stripImageMetadataWithStatus(plainHeic)).toMatchObject({ status: 'clean', format: 'heif', bytes: plainHeic });
  });

  it('returns a HEIF whose metadata item points past the end unchanged', () => {
    const ftypSize = heic.readUInt32BE(0);
    for (let length = ftypSize + 1; length < heic.length; length++) {
      const input = heic.subarray(0, length);
      const result = stripImageMetadataWithStatus(input);
      expect(result.status, `cut at ${length}`).toBe('malformed');
      expect(result.bytes).toBe(input);
    }
  });
});

describe('stripImageMetadata on anything else', () => {
  it.each([
    ['empty input', Buffer.alloc(0)],
    ['plain text', Buffer.from('not an image at all')],
    ['a GIF', Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1')],
    ['a lone JPEG SOI', Buffer.from([0xff, 0xd8])],
  ])('returns %s unchanged', (_name, input) => {
    expect(stripImageMetadata(input)).toBe(input);
  });

  it('returns a JPEG cut off before its image data unchanged, since its header cannot be walked', () => {
    const end = scanOffset(rotatedMm);
    for (let length = 3; length < end; length++) {
      const input = rotatedMm.subarray(0, length);
      const result = stripImageMetadataWithStatus(input);
      expect(result.status).toBe('malformed');
      expect(result.bytes).toBe(input);
    }
  });

  it('returns a JPEG with an impossible segment length unchanged', () => {
    const input = Buffer.from(rotatedMm);
    input.writeUInt16BE(1, 4); // JFIF's length, shorter than the length field itself
    expect(stripImageMetadataWithStatus(input)).toMatchObject({ status: 'malformed', bytes: input });
    expect(stripImageMetadata(input)).toBe(input);
  });

  it('returns a truncated PNG or WebP unchanged', () => {
    for (const whole of [png, webp]) {
      for (let length = 12; length < whole.length; length++) {
        const input = whole.subarray(0, length);
        const result = stripImageMetadataWithStatus(input);
        expect(result.status).toBe('malformed');
        expect(result.bytes).toBe(input);
      }
    }
  });

  it('returns a PNG whose chunk length runs past the end unchanged', () => {
    const input = Buffer.from(png);
    input.writeUInt32BE(0xffffffff, 8);
    expect(stripImageMetadata(input)).toBe(input);
  });
});

describe('stripImageMetadata properties', () => {
  const magic = fc.constantFrom(
    Buffer.alloc(0),
    Buffer.from([0xff, 0xd8, 0xff]),
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    Buffer.from('RIFF\x00\x01\x00\x00WEBP', 'latin1'),
    Buffer.from('\x00\x00\x00\x14ftypheic\x00\x00\x00\x00mif1', 'latin1'),
  );
  const anyBytes = fc
    .tuple(magic, fc.uint8Array({ maxLength: 512 }))
    .map(([head, tail]) => Buffer.concat([head, tail]));
  const damagedFixture = fc
    .record({
      whole: fc.constantFrom(rotatedMm, rotatedIi, upright, plainJpeg, png, webp, heic, plainHeic),
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
  ])('never throws and stripping twice equals stripping once, on %s', (_name, input) => {
    fc.assert(
      fc.property(input, (bytes) => {
        const once = stripImageMetadata(bytes);
        const twice = stripImageMetadata(once);
        expect(twice.equals(once)).toBe(true);
        expect(twice).toBe(once);
      }),
      { numRuns: 500 },
    );
  });
});
