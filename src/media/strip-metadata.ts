import { detectMediaFormat } from './detect-media-format.js';
import { stripGifMetadata } from './gif-metadata.js';
import { stripIsoBmffMetadata } from './iso-bmff-metadata.js';
import { stripJpegMetadata } from './jpeg-metadata.js';
import { stripPngMetadata } from './png-metadata.js';
import { createWalkBudget, type WalkBudget } from './walk-budget.js';
import { MalformedMedia, MediaTooComplex, UnstrippableMetadata } from './walk-errors.js';
import { stripWebpMetadata } from './webp-metadata.js';

/** Formats whose metadata can be removed from their structure, without decoding anything. */
export type StrippableFormat = 'jpeg' | 'png' | 'webp' | 'gif' | 'heif' | 'movie';

/**
 * What the structural walk found:
 * - `clean`: nothing to remove; `bytes` is the input itself.
 * - `stripped`: metadata was removed; `bytes` is a new Buffer. This includes
 *   files cut off part-way whose every kept byte was accounted for.
 * - `damaged`: the structure cannot be followed far enough to prove that
 *   no metadata is left (re-encoding the pixels may still help).
 * - `too-complex`: the file declares more structure than the walk limits
 *   allow; treated as hostile.
 * - `unstrippable`: the file carries location that cannot be removed in
 *   place (a timed GPS track, a compressed movie header).
 * - `unrecognised`: not one of the strippable formats; not looked into.
 *
 * `detail` says what was wrong, in terms of the file's structure only.
 */
export type StripResult =
  | { status: 'clean' | 'stripped'; format: StrippableFormat; bytes: Buffer }
  | { status: 'damaged' | 'too-complex' | 'unstrippable'; format: StrippableFormat; detail: string }
  | { status: 'unrecognised' };

const STRIPPERS: Record<StrippableFormat, (bytes: Buffer, budget: WalkBudget) => Buffer> = {
  jpeg: stripJpegMetadata,
  png: stripPngMetadata,
  webp: stripWebpMetadata,
  gif: stripGifMetadata,
  heif: stripIsoBmffMetadata,
  movie: stripIsoBmffMetadata,
};

/**
 * Removes location, camera and other identifying metadata from a JPEG,
 * PNG, WebP, GIF, HEIF (HEIC, AVIF) or ISO base media movie (MP4, MOV,
 * 3GP, M4A) without decoding or re-encoding anything, so quality is
 * untouched. Synchronous, and bounded by the walk limits: linear in the
 * file's size whatever the file declares. Never throws for a bad file.
 *
 * - JPEG: drops Exif, XMP, IPTC/Photoshop, comments, Multi-Picture data and
 *   every other application segment (in the header and between scans)
 *   except JFIF (without its thumbnail), ICC profiles and Adobe's colour
 *   transform flag; an Exif Orientation other than 1 is written back as
 *   the only Exif tag. Anything after the image's EOI is dropped.
 * - PNG: keeps only the chunks that decide how the picture looks, up to IEND.
 * - WebP: keeps only the image chunks, clears VP8X's metadata flags and
 *   corrects the RIFF size.
 * - GIF: drops comments and application extensions other than the loop
 *   count and colour profile, and anything after the trailer.
 * - HEIF: overwrites Exif, XMP and other MIME items in place.
 * - Movies: turns user data, metadata, `uuid` and unknown boxes into
 *   `free` in place; refuses timed-metadata tracks that may hold location.
 *
 * `budget` is for tests that measure the work a file costs.
 */
export function stripMetadata(bytes: Buffer, budget: WalkBudget = createWalkBudget()): StripResult {
  const format = detectMediaFormat(bytes);
  if (format === undefined || format === 'tiff') return { status: 'unrecognised' };
  let stripped: Buffer;
  try {
    stripped = STRIPPERS[format](bytes, budget);
  } catch (error) {
    if (error instanceof MediaTooComplex) return { status: 'too-complex', format, detail: error.message };
    if (error instanceof UnstrippableMetadata) return { status: 'unstrippable', format, detail: error.message };
    // Every read is bounds-checked, but Buffer reads throw RangeError rather
    // than return garbage, so an overlooked case ends up here as a damaged
    // file instead of failing the upload that carried it.
    if (error instanceof MalformedMedia || error instanceof RangeError) return { status: 'damaged', format, detail: error.message };
    throw error;
  }
  return { status: stripped === bytes ? 'clean' : 'stripped', format, bytes: stripped };
}
