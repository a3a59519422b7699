import { isHeif, stripHeifMetadata } from './heif-metadata.js';
import { isJpeg, stripJpegMetadata } from './jpeg-metadata.js';
import { isPng, stripPngMetadata } from './png-metadata.js';
import { isWebp, stripWebpMetadata } from './webp-metadata.js';

export type ImageFormat = 'jpeg' | 'png' | 'webp' | 'heif';

/**
 * What stripping found:
 * - `stripped`: metadata was removed; `bytes` is a new Buffer.
 * - `clean`: there was none to remove; `bytes` is the input itself.
 * - `malformed`: the magic bytes name a format but the structure could not
 *   be followed; `bytes` is the input itself and MAY still carry metadata.
 * - `unrecognised`: not JPEG, PNG, WebP or HEIF; `bytes` is the input itself and
 *   was not looked into at all.
 */
export type ImageMetadataResult =
  | { status: 'stripped' | 'clean' | 'malformed'; format: ImageFormat; bytes: Buffer }
  | { status: 'unrecognised'; format: undefined; bytes: Buffer };

/**
 * Removes location, camera and other identifying metadata from a JPEG, PNG,
 * WebP or HEIF (HEIC, AVIF) file without decoding or re-encoding the picture, so its quality
 * is untouched. See {@link stripImageMetadataWithStatus} for what is kept
 * and for telling apart the cases in which nothing was done.
 *
 * Never throws. Returns the very same Buffer when there was nothing to
 * remove, and also when the data is not one of these formats or is too
 * broken to walk.
 */
export function stripImageMetadata(bytes: Buffer): Buffer {
  return stripImageMetadataWithStatus(bytes).bytes;
}

/**
 * Does what {@link stripImageMetadata} does and says which case applied.
 *
 * - JPEG: drops Exif, XMP, IPTC/Photoshop, comments, Multi-Picture data and
 *   every other application segment except JFIF (without its thumbnail),
 *   ICC profiles and Adobe's colour transform flag; an Exif Orientation
 *   other than 1 is written back as the only Exif tag, so photos taken
 *   with a turned phone still show upright. Anything after the image's EOI
 *   is dropped. The image data itself is copied unchanged.
 * - PNG: drops eXIf, tEXt, zTXt, iTXt and tIME chunks and anything after
 *   IEND; all other chunks are copied byte for byte.
 * - WebP: drops EXIF and XMP chunks and anything after the RIFF's end,
 *   clears their flags in VP8X and corrects the RIFF size.
 * - HEIF: overwrites the Exif item with an empty Exif block and XMP items
 *   with blank space, in place, so that no offset in the file moves.
 *
 * A file too broken to walk is returned as it came, because guessing at a
 * damaged structure could cut into the picture itself. That is not safe in
 * every case: a damaged file can still hold readable metadata, so a caller
 * that must guarantee none is passed on should refuse `malformed` and
 * `unrecognised` results rather than store them.
 */
export function stripImageMetadataWithStatus(bytes: Buffer): ImageMetadataResult {
  const format = detectFormat(bytes);
  if (format === undefined) return { status: 'unrecognised', format, bytes };
  let stripped: Buffer | undefined;
  try {
    stripped = STRIPPERS[format](bytes);
  } catch {
    // Every read is bounds-checked, but Buffer reads throw RangeError rather
    // than return garbage, so an overlooked case ends up here as a broken
    // file instead of failing the upload that carried it.
    stripped = undefined;
  }
  if (stripped === undefined) return { status: 'malformed', format, bytes };
  return { status: stripped === bytes ? 'clean' : 'stripped', format, bytes: stripped };
}

const STRIPPERS: Record<ImageFormat, (bytes: Buffer) => Buffer | undefined> = {
  jpeg: stripJpegMetadata,
  png: stripPngMetadata,
  webp: stripWebpMetadata,
  heif: stripHeifMetadata,
};

/** By magic bytes only: a declared content type or file name is the sender's word, not the file's. */
function detectFormat(bytes: Buffer): ImageFormat | undefined {
  if (isJpeg(bytes)) return 'jpeg';
  if (isPng(bytes)) return 'png';
  if (isWebp(bytes)) return 'webp';
  if (isHeif(bytes)) return 'heif';
  return undefined;
}
