/**
 * Metadata removal for GIF files: a sequence of blocks whose metadata lives
 * in extension blocks of its own, comments and application extensions
 * (XMP as "XMP DataXMP", Photoshop and IPTC blocks as ImageMagick's
 * "MGK8BIM0000" and "MGKIPTC0000", ...). Those are dropped; images, graphic
 * controls, plain text and the applications that set the loop count or the
 * colour profile are kept byte for byte, so no frame is re-encoded.
 */
import { createSplice } from './byte-splice.js';
import type { WalkBudget } from './walk-budget.js';
import { MalformedMedia } from './walk-errors.js';

const EXTENSION = 0x21;
const IMAGE = 0x2c;
const TRAILER = 0x3b;
const GRAPHIC_CONTROL = 0xf9;
const PLAIN_TEXT = 0x01;
const APPLICATION = 0xff;

/** Signature, version and the logical screen descriptor. */
const HEADER = 13;
/** An image's separator, position, size and flags. */
const IMAGE_DESCRIPTOR = 10;
const KEPT_APPLICATIONS = new Set(['NETSCAPE2.0', 'ANIMEXTS1.0', 'ICCRGBG1012']);
/**
 * A kept block cut off at the end is kept as far as it goes unless these
 * occur in it (see png-metadata.ts); the last is a comment's introducer.
 */
const BLOCKS_WORTH_HIDING = ['XMP DataXMP', 'MGK8BIM', 'MGKIPTC', '\x21\xfe'];

export function isGif(bytes: Buffer): boolean {
  const signature = bytes.toString('latin1', 0, 6);
  return signature === 'GIF87a' || signature === 'GIF89a';
}

/**
 * Returns the GIF without comment and metadata application blocks, or the
 * very same Buffer when it had none. Anything after the trailer is
 * dropped; a file cut off part-way keeps the frames that arrived. Throws
 * MalformedMedia when the file is cut off before its first block or holds
 * a block of no known kind.
 */
export function stripGifMetadata(bytes: Buffer, budget: WalkBudget): Buffer {
  if (!isGif(bytes) || bytes.length < HEADER) throw new MalformedMedia('no GIF header');
  const first = HEADER + colourTableSize(bytes[10] as number);
  if (first > bytes.length) throw new MalformedMedia('cut off in the global colour table');
  const out = createSplice(bytes);
  out.keep(0, first);
  for (let p = first; p < bytes.length; ) {
    budget.step();
    const introducer = bytes[p];
    if (introducer === TRAILER) {
      out.keep(p, p + 1);
      break;
    }
    let dataStart: number;
    let keep: boolean;
    if (introducer === IMAGE) {
      const flags = bytes[p + IMAGE_DESCRIPTOR - 1] ?? 0;
      // The local colour table, then the LZW minimum code size.
      dataStart = p + IMAGE_DESCRIPTOR + colourTableSize(flags) + 1;
      keep = true;
    } else if (introducer === EXTENSION) {
      const label = bytes[p + 1];
      dataStart = p + 2;
      keep = label === GRAPHIC_CONTROL || label === PLAIN_TEXT || (label === APPLICATION && KEPT_APPLICATIONS.has(applicationOf(bytes, dataStart)));
    } else {
      throw new MalformedMedia('block of no known kind');
    }
    const end = endOfSubBlocks(bytes, dataStart);
    if (end === undefined) {
      if (keep && !BLOCKS_WORTH_HIDING.some((name) => bytes.indexOf(name, p + 1, 'latin1') >= 0)) out.keep(p, bytes.length);
      break;
    }
    if (keep) out.keep(p, end);
    p = end;
  }
  return out.isCopyOf(0, bytes.length) ? bytes : out.toBuffer();
}

/** Bytes of a colour table, from the flags that announce it: three per entry, 2^(n+1) entries. */
function colourTableSize(flags: number): number {
  return (flags & 0x80) === 0 ? 0 : 3 << ((flags & 7) + 1);
}

/** An application extension's identifier and authentication code, from its first sub-block of 11 bytes. */
function applicationOf(bytes: Buffer, at: number): string {
  return bytes[at] === 11 && at + 12 <= bytes.length ? bytes.toString('latin1', at + 1, at + 12) : '';
}

/**
 * Where a chain of data sub-blocks (a size byte, then that many bytes;
 * size 0 ends the chain) ends, or undefined when the file ends first.
 * Each step consumes at least one byte.
 */
function endOfSubBlocks(bytes: Buffer, from: number): number | undefined {
  for (let q = from; q < bytes.length; ) {
    const size = bytes[q] as number;
    if (size === 0) return q + 1;
    q += 1 + size;
  }
  return undefined;
}
