/**
 * Metadata removal for JPEG files, done on the marker structure alone so the
 * compressed image data is never decoded or re-encoded.
 */
import { createSplice, type Splice } from './byte-splice.js';
import type { WalkBudget } from './walk-budget.js';
import { MalformedMedia } from './walk-errors.js';

const SOI = 0xd8;
const EOI = 0xd9;
const SOS = 0xda;
const TEM = 0x01;
const APP0 = 0xe0;
const APP1 = 0xe1;
const APP2 = 0xe2;
const APP14 = 0xee;
const COM = 0xfe;

const EXIF_ID = Buffer.from('Exif\0\0', 'latin1');
const JFIF_ID = Buffer.from('JFIF\0', 'latin1');
const ICC_ID = Buffer.from('ICC_PROFILE\0', 'latin1');
const ADOBE_ID = Buffer.from('Adobe', 'latin1');

const ORIENTATION_TAG = 0x0112;
const TIFF_SHORT = 3;
/** Version, units, densities and the two thumbnail sizes that follow "JFIF\0". */
const JFIF_FIXED_PAYLOAD = JFIF_ID.length + 9;

/** One marker segment before the first scan; `start` includes any 0xFF fill bytes. */
interface Segment {
  marker: number;
  start: number;
  payloadStart: number;
  end: number;
}

type Decision = 'keep' | 'drop' | Buffer;

export function isJpeg(bytes: Buffer): boolean {
  return bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === SOI && bytes[2] === 0xff;
}

/**
 * Returns the JPEG without identifying metadata, or the very same Buffer
 * when there was none. A file cut off inside its image data keeps all of
 * the image that arrived. Throws MalformedMedia when the header (everything
 * before the first scan) cannot be walked, because there metadata cannot be
 * told apart from the picture.
 */
export function stripJpegMetadata(bytes: Buffer, budget: WalkBudget): Buffer {
  const header = readHeader(bytes, budget);
  const orientation = findOrientation(bytes, header.segments);
  let orientationWritten = false;
  const out = createSplice(bytes);
  out.keep(0, 2);

  for (const segment of header.segments) {
    let decision = decide(bytes, segment);
    if (decision === 'drop' && orientation !== undefined && !orientationWritten && isExif(bytes, segment)) {
      // Put the orientation back where the camera's Exif stood, so the
      // order of segments stays the one the file already had.
      decision = exifWithOnlyOrientation(orientation);
      orientationWritten = true;
    }
    if (decision === 'keep' || (decision !== 'drop' && decision.equals(bytes.subarray(segment.start, segment.end)))) {
      // A replacement already in the form this function writes is kept as
      // it is, so that a second pass returns the very same Buffer.
      out.keep(segment.start, segment.end);
    } else if (decision !== 'drop') {
      out.add(decision);
    }
  }

  keepImageData(bytes, header.imageStart, out, budget);
  return out.isCopyOf(0, bytes.length) ? bytes : out.toBuffer();
}

/** Walks the segments from SOI to the first SOS (or an EOI without a scan). */
function readHeader(bytes: Buffer, budget: WalkBudget): { segments: Segment[]; imageStart: number } {
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== SOI) throw new MalformedMedia('no start of image');
  const segments: Segment[] = [];
  let p = 2;
  for (;;) {
    budget.step();
    const start = p;
    if (bytes[p] !== 0xff) throw new MalformedMedia('header interrupted by bytes outside a segment');
    while (bytes[p] === 0xff) p++;
    const marker = bytes[p];
    if (marker === undefined) throw new MalformedMedia('header cut off');
    p++;
    if (marker === EOI) return { segments, imageStart: start };
    if (marker === SOS) {
      // A scan header cut off leaves no image data at all: nothing that could be kept.
      if (p + 2 > bytes.length || p + bytes.readUInt16BE(p) > bytes.length) throw new MalformedMedia('header cut off');
      return { segments, imageStart: start };
    }
    if (marker === 0x00 || marker === SOI) throw new MalformedMedia('no marker where a segment should start');
    if (isStandalone(marker)) {
      segments.push({ marker, start, payloadStart: p, end: p });
      continue;
    }
    if (p + 2 > bytes.length) throw new MalformedMedia('header cut off');
    const length = bytes.readUInt16BE(p);
    if (length < 2 || p + length > bytes.length) throw new MalformedMedia('header segment overruns the file');
    segments.push({ marker, start, payloadStart: p + 2, end: p + length });
    p += length;
  }
}

/** Markers that carry no length field. */
function isStandalone(marker: number): boolean {
  return marker === TEM || (marker >= 0xd0 && marker <= 0xd7);
}

function isApplicationOrComment(marker: number): boolean {
  return marker === COM || (marker >= APP0 && marker <= APP0 + 15);
}

/**
 * Keeps only what changes how the pixels look; every other application
 * segment is a place where cameras, editors and phones write who, where
 * and when, so an unknown one is dropped rather than trusted.
 */
function decide(bytes: Buffer, segment: Segment): Decision {
  const { marker } = segment;
  if (!isApplicationOrComment(marker)) return 'keep';
  if (marker === COM) return 'drop';
  if (marker === APP0) return jfifWithoutThumbnail(bytes, segment);
  // ICC profiles and Adobe's colour-transform flag decide how colours render;
  // without them CMYK and wide-gamut photos come out visibly wrong.
  if (marker === APP2 && hasId(bytes, segment, ICC_ID)) return 'keep';
  if (marker === APP14 && hasId(bytes, segment, ADOBE_ID)) return 'keep';
  return 'drop';
}

/**
 * JFIF carries the pixel density, which some decoders use; it may also
 * carry an uncompressed thumbnail, and a thumbnail made before the photo
 * was cropped can show exactly what the crop was meant to hide. JFXX
 * (APP0 too) exists only to hold such thumbnails, so it goes entirely.
 */
function jfifWithoutThumbnail(bytes: Buffer, segment: Segment): Decision {
  if (!hasId(bytes, segment, JFIF_ID)) return 'drop';
  const payloadLength = segment.end - segment.payloadStart;
  if (payloadLength < JFIF_FIXED_PAYLOAD) return 'keep';
  const thumbnailWidth = bytes[segment.payloadStart + JFIF_FIXED_PAYLOAD - 2];
  const thumbnailHeight = bytes[segment.payloadStart + JFIF_FIXED_PAYLOAD - 1];
  if (payloadLength === JFIF_FIXED_PAYLOAD && thumbnailWidth === 0 && thumbnailHeight === 0) return 'keep';

  const payload = Buffer.from(bytes.subarray(segment.payloadStart, segment.payloadStart + JFIF_FIXED_PAYLOAD));
  payload[JFIF_FIXED_PAYLOAD - 2] = 0;
  payload[JFIF_FIXED_PAYLOAD - 1] = 0;
  return withMarker(APP0, payload);
}

function isExif(bytes: Buffer, segment: Segment): boolean {
  return segment.marker === APP1 && hasId(bytes, segment, EXIF_ID);
}

function hasId(bytes: Buffer, segment: Segment, id: Buffer): boolean {
  const end = segment.payloadStart + id.length;
  return end <= segment.end && bytes.subarray(segment.payloadStart, end).equals(id);
}

/**
 * The Orientation of the first Exif segment, when it asks for a rotation or
 * flip. Orientation 1 (upright) and values outside 2–8 need no Exif at all.
 */
function findOrientation(bytes: Buffer, segments: Segment[]): number | undefined {
  const exif = segments.find((segment) => isExif(bytes, segment));
  if (exif === undefined) return undefined;
  const tiff = bytes.subarray(exif.payloadStart + EXIF_ID.length, exif.end);
  const value = readTiffOrientation(tiff);
  return value !== undefined && value >= 2 && value <= 8 ? value : undefined;
}

/** Reads tag 0x0112 from IFD0 of a TIFF structure in either byte order; at most 65,535 entries, each bounds-checked. */
function readTiffOrientation(tiff: Buffer): number | undefined {
  if (tiff.length < 8) return undefined;
  const order = tiff.toString('latin1', 0, 2);
  if (order !== 'II' && order !== 'MM') return undefined;
  const little = order === 'II';
  const u16 = (at: number): number => (little ? tiff.readUInt16LE(at) : tiff.readUInt16BE(at));
  const u32 = (at: number): number => (little ? tiff.readUInt32LE(at) : tiff.readUInt32BE(at));

  if (u16(2) !== 42) return undefined;
  const ifd0 = u32(4);
  if (ifd0 < 8 || ifd0 + 2 > tiff.length) return undefined;
  const count = u16(ifd0);
  for (let i = 0; i < count; i++) {
    const entry = ifd0 + 2 + i * 12;
    if (entry + 12 > tiff.length) return undefined;
    if (u16(entry) !== ORIENTATION_TAG) continue;
    if (u16(entry + 2) !== TIFF_SHORT || u32(entry + 4) < 1) return undefined;
    return u16(entry + 8);
  }
  return undefined;
}

/**
 * A complete APP1 segment whose Exif holds IFD0 with the one Orientation
 * entry. Big-endian is used whatever the source was, so the same
 * orientation always yields the same bytes.
 */
function exifWithOnlyOrientation(orientation: number): Buffer {
  const tiff = Buffer.alloc(8 + 2 + 12 + 4);
  tiff.write('MM', 0, 'latin1');
  tiff.writeUInt16BE(42, 2);
  tiff.writeUInt32BE(8, 4); // IFD0 follows the header directly
  tiff.writeUInt16BE(1, 8); // one entry
  tiff.writeUInt16BE(ORIENTATION_TAG, 10);
  tiff.writeUInt16BE(TIFF_SHORT, 12);
  tiff.writeUInt32BE(1, 14);
  tiff.writeUInt16BE(orientation, 18); // value sits left-aligned in its 4 bytes
  tiff.writeUInt32BE(0, 22); // no IFD1, hence no thumbnail
  return withMarker(APP1, Buffer.concat([EXIF_ID, tiff]));
}

function withMarker(marker: number, payload: Buffer): Buffer {
  const head = Buffer.alloc(4);
  head[0] = 0xff;
  head[1] = marker;
  head.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([head, payload]);
}

/**
 * Copies the scans, from the first SOS to the EOI that closes the image.
 * In entropy-coded data a 0xFF is always followed by a stuffed 0x00, a
 * restart marker or fill, so any other marker is a real segment: tables
 * between the scans of a progressive JPEG are kept, and application
 * segments and comments there are dropped like those in the header.
 *
 * Bytes after EOI are shown by no viewer, but that is where phones append
 * Multi-Picture secondary images (each with Exif of its own), motion-photo
 * videos and vendor trailers: none of it is the picture, all of it can
 * carry location or device data, so it is dropped. A file that ends
 * without EOI keeps all of its image data except a segment cut off
 * part-way, whose kind cannot be trusted.
 */
function keepImageData(bytes: Buffer, from: number, out: Splice, budget: WalkBudget): void {
  let copyFrom = from;
  let p = from;
  for (;;) {
    p = bytes.indexOf(0xff, p);
    if (p < 0 || p + 1 >= bytes.length) {
      out.keep(copyFrom, bytes.length);
      return;
    }
    const marker = bytes[p + 1] as number;
    if (marker === 0xff) {
      p += 1;
      continue;
    }
    if (marker === 0x00 || isStandalone(marker)) {
      p += 2;
      continue;
    }
    if (marker === EOI) {
      out.keep(copyFrom, p + 2);
      return;
    }
    if (marker === SOI) throw new MalformedMedia('start of image inside the image data');
    budget.step();
    const end = p + 4 <= bytes.length ? p + 2 + bytes.readUInt16BE(p + 2) : Infinity;
    if (end > bytes.length) {
      out.keep(copyFrom, p);
      return;
    }
    if (end < p + 4) throw new MalformedMedia('segment shorter than its length field');
    if (isApplicationOrComment(marker)) {
      out.keep(copyFrom, p);
      copyFrom = end;
    }
    p = end;
  }
}
