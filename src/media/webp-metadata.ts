/**
 * Metadata removal for WebP files: a RIFF container whose EXIF and XMP live
 * in chunks of their own, next to the image data they describe.
 */
import { createSplice, type Splice } from './byte-splice.js';
import type { WalkBudget } from './walk-budget.js';
import { MalformedMedia } from './walk-errors.js';

const CHUNK_HEADER = 8;
const RIFF_HEADER = 12;
/** An animation frame's position, size, duration and flags come before its chunks. */
const ANMF_HEADER = 16;

/** The chunks of the WebP container format; any other, EXIF and XMP included, is dropped rather than trusted. */
const RENDERING_CHUNKS = new Set(['VP8X', 'VP8 ', 'VP8L', 'ALPH', 'ANIM', 'ANMF', 'ICCP']);
/** What an animation frame may hold. */
const FRAME_CHUNKS = new Set(['ALPH', 'VP8 ', 'VP8L']);
/** A kept chunk cut off at the end is kept as far as it goes unless these occur in it (see png-metadata.ts). */
const CHUNK_NAMES_WORTH_HIDING = ['EXIF', 'XMP ', 'Exif'];
/** In the first byte of VP8X's data: bit 3 says EXIF is present, bit 2 says XMP is. */
const VP8X_METADATA_FLAGS = 0x08 | 0x04;

export function isWebp(bytes: Buffer): boolean {
  return (
    bytes.length >= RIFF_HEADER &&
    bytes.toString('latin1', 0, 4) === 'RIFF' &&
    bytes.toString('latin1', 8, 12) === 'WEBP'
  );
}

/**
 * Returns the WebP with only its image chunks, VP8X's metadata flags
 * cleared and the RIFF size corrected, or the very same Buffer when there
 * was nothing else. A file cut off part-way keeps the image data that
 * arrived. Throws MalformedMedia when a chunk crosses the declared end of a
 * RIFF that the file continues past, or an animation frame holds an
 * unknown chunk.
 */
export function stripWebpMetadata(bytes: Buffer, budget: WalkBudget): Buffer {
  if (!isWebp(bytes)) throw new MalformedMedia('no RIFF WEBP header');
  // Bytes after the RIFF's declared end are not read by decoders, but could
  // hold anything, so they are not passed on.
  const riffEnd = Math.min(8 + bytes.readUInt32LE(4), bytes.length);
  const body = createSplice(bytes);
  for (let p = RIFF_HEADER; p + CHUNK_HEADER <= riffEnd; ) {
    budget.step();
    const fourcc = bytes.toString('latin1', p, p + 4);
    const size = bytes.readUInt32LE(p + 4);
    const dataEnd = p + CHUNK_HEADER + size;
    const keep = RENDERING_CHUNKS.has(fourcc);
    if (dataEnd > bytes.length) {
      if (keep && !mentionsAny(bytes, p + CHUNK_HEADER, CHUNK_NAMES_WORTH_HIDING)) {
        if (fourcc === 'ANMF') checkFrame(bytes, p, bytes.length, budget);
        keepChunk(bytes, body, fourcc, p, bytes.length);
      }
      break;
    }
    if (dataEnd > riffEnd) throw new MalformedMedia('chunk crosses the end of the RIFF');
    // Chunks are padded to an even length; the pad byte is not counted in
    // size, and some writers leave it off the last chunk.
    const end = Math.min(dataEnd + (size % 2), riffEnd);
    if (keep) {
      if (fourcc === 'ANMF') checkFrame(bytes, p, dataEnd, budget);
      keepChunk(bytes, body, fourcc, p, end);
    }
    p = end;
  }

  const header = Buffer.alloc(RIFF_HEADER);
  header.write('RIFF', 0, 'latin1');
  header.writeUInt32LE(4 + body.length, 4);
  header.write('WEBP', 8, 'latin1');
  if (header.equals(bytes.subarray(0, RIFF_HEADER)) && body.isCopyOf(RIFF_HEADER, bytes.length)) return bytes;
  return Buffer.concat([header, body.toBuffer()]);
}

function keepChunk(bytes: Buffer, body: Splice, fourcc: string, start: number, end: number): void {
  const flags = bytes[start + CHUNK_HEADER];
  if (fourcc === 'VP8X' && flags !== undefined && start + CHUNK_HEADER < end && (flags & VP8X_METADATA_FLAGS) !== 0) {
    // A flag left set for a chunk that is gone makes strict decoders reject the file.
    const copy = Buffer.from(bytes.subarray(start, end));
    copy[CHUNK_HEADER] = flags & ~VP8X_METADATA_FLAGS;
    body.add(copy);
  } else {
    body.keep(start, end);
  }
}

/** An animation frame, whose chunks end at `end` (the file's end when it was cut off), holds only image data. */
function checkFrame(bytes: Buffer, start: number, end: number, budget: WalkBudget): void {
  for (let p = start + CHUNK_HEADER + ANMF_HEADER; p + CHUNK_HEADER <= end; ) {
    budget.step();
    if (!FRAME_CHUNKS.has(bytes.toString('latin1', p, p + 4))) throw new MalformedMedia('unknown chunk in an animation frame');
    const size = bytes.readUInt32LE(p + 4);
    p += CHUNK_HEADER + size + (size % 2);
  }
}

function mentionsAny(bytes: Buffer, from: number, names: string[]): boolean {
  return names.some((name) => bytes.indexOf(name, from, 'latin1') >= 0);
}
