/**
 * Metadata removal for ISO base media files: HEIF images and MP4,
 * QuickTime and 3GP movies. Everything is done in place, in a copy, so
 * that no offset in the file moves (sample tables and item locations
 * point at absolute positions).
 */
import { blankItem, metadataItemRanges, type ItemRange } from './heif-metadata.js';
import { blankBox, childBoxes, fileBox, type Box } from './iso-boxes.js';
import { movieBoxesToBlank } from './movie-metadata.js';
import type { WalkBudget } from './walk-budget.js';

/**
 * Top-level boxes that hold the media or describe its layout, besides
 * `moov` and `meta`, which are walked. Any other (`uuid` with XMP, `udta`,
 * dashcams' `gps `, C2PA's `jumb`, ...) is blanked.
 */
const KEPT_AT_TOP = new Set(['ftyp', 'styp', 'mdat', 'moof', 'mfra', 'sidx', 'ssix', 'prft', 'emsg', 'pdin', 'free', 'skip', 'wide']);

/** Types of the first box that mark a movie written before `ftyp` existed. */
const OLD_QUICKTIME_FIRST_BOXES = new Set(['moov', 'mdat', 'free', 'skip', 'wide', 'pnot']);

/** Whether the file starts like an ISO base media file: a `ftyp` box, or a QuickTime movie's first atom. */
export function isIsoBmff(bytes: Buffer): boolean {
  if (bytes.length < 8) return false;
  const type = bytes.toString('latin1', 4, 8);
  return type === 'ftyp' || OLD_QUICKTIME_FIRST_BOXES.has(type);
}

/**
 * Returns the file with its metadata boxes turned into `free` and its
 * metadata items blanked, or the very same Buffer when there was nothing
 * to blank. A file cut off part-way is blanked as far as it goes; throws
 * what the walkers throw when that cannot be proven enough.
 */
export function stripIsoBmffMetadata(bytes: Buffer, budget: WalkBudget): Buffer {
  const boxes: Box[] = [];
  const items: ItemRange[] = [];
  for (const box of childBoxes(bytes, fileBox(bytes), 0, budget)) {
    if (box.type === 'moov') {
      boxes.push(...movieBoxesToBlank(bytes, box, budget));
    } else if (box.type === 'meta') {
      const ranges = metadataItemRanges(bytes, box, budget);
      if (ranges === undefined) boxes.push(box);
      else items.push(...ranges);
    } else if (!KEPT_AT_TOP.has(box.type)) {
      boxes.push(box);
    }
  }
  if (boxes.length === 0 && items.length === 0) return bytes;
  const copy = Buffer.from(bytes);
  for (const box of boxes) blankBox(copy, box);
  for (const range of items) blankItem(copy, range);
  return copy.equals(bytes) ? bytes : copy;
}
