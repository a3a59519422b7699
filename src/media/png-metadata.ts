/**
 * Metadata removal for PNG files. Chunks are self-contained (each has its
 * own CRC), so dropping whole chunks leaves every other one valid as it is.
 */
import { createSplice } from './byte-splice.js';
import type { WalkBudget } from './walk-budget.js';
import { MalformedMedia } from './walk-errors.js';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * The chunks that decide how the picture looks (PNG third edition and APNG).
 * Every other ancillary chunk is a place where encoders, editors and phones
 * write text, Exif, times or data of their own (eXIf, tEXt, zTXt, iTXt,
 * tIME, the pre-standard exIf and zxIf, C2PA's caBX, ...), so an unknown
 * one is dropped rather than trusted. Apple's iDOT goes too: it points at
 * IDAT offsets that dropping other chunks would make wrong.
 */
const RENDERING_CHUNKS = new Set([
  'IHDR', 'PLTE', 'IDAT', 'IEND', 'tRNS', 'cHRM', 'gAMA', 'iCCP', 'sBIT', 'sRGB', 'cICP', 'mDCV', 'cLLI',
  'bKGD', 'hIST', 'pHYs', 'sPLT', 'acTL', 'fcTL', 'fdAT',
]);

/**
 * A kept chunk cut off at the end of the file is kept as far as it goes,
 * unless these names occur in it: then its length may be a lie that hides
 * later chunks, and it is dropped instead.
 */
const CHUNK_NAMES_WORTH_HIDING = ['eXIf', 'tEXt', 'zTXt', 'iTXt', 'tIME', 'IEND', 'Exif'];

/** Length, type and CRC around a chunk's data. */
const CHUNK_OVERHEAD = 12;

export function isPng(bytes: Buffer): boolean {
  return bytes.length >= SIGNATURE.length && bytes.subarray(0, SIGNATURE.length).equals(SIGNATURE);
}

/**
 * Returns the PNG with only its rendering chunks, or the very same Buffer
 * when it had no others. Anything after IEND is dropped: decoders stop
 * there, and data appended after it is a known hiding place for other
 * files. Throws MalformedMedia for an unknown critical chunk, which no
 * decoder can skip either.
 */
export function stripPngMetadata(bytes: Buffer, budget: WalkBudget): Buffer {
  if (!isPng(bytes)) throw new MalformedMedia('no PNG signature');
  const out = createSplice(bytes);
  out.keep(0, SIGNATURE.length);
  for (let p = SIGNATURE.length; p + 8 <= bytes.length; ) {
    budget.step();
    const type = bytes.toString('latin1', p + 4, p + 8);
    const keep = RENDERING_CHUNKS.has(type);
    // Bit 5 of the first byte (a lower-case letter) marks a chunk decoders may skip.
    if (!keep && ((bytes[p + 4] as number) & 0x20) === 0) throw new MalformedMedia('unknown critical chunk');
    const end = p + CHUNK_OVERHEAD + bytes.readUInt32BE(p);
    if (end > bytes.length) {
      if (keep && !mentionsAny(bytes, p + 8, CHUNK_NAMES_WORTH_HIDING)) out.keep(p, bytes.length);
      break;
    }
    if (keep) out.keep(p, end);
    if (type === 'IEND') break;
    p = end;
  }
  return out.isCopyOf(0, bytes.length) ? bytes : out.toBuffer();
}

function mentionsAny(bytes: Buffer, from: number, names: string[]): boolean {
  return names.some((name) => bytes.indexOf(name, from, 'latin1') >= 0);
}
