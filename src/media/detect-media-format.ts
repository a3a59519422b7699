import { isGif } from './gif-metadata.js';
import { isHeif } from './heif-metadata.js';
import { isIsoBmff } from './iso-bmff-metadata.js';
import { isJpeg } from './jpeg-metadata.js';
import { isPng } from './png-metadata.js';
import { isWebp } from './webp-metadata.js';

/**
 * What a file is, by its magic bytes only: a declared content type or file
 * name is the sender's word, not the file's. `movie` is any ISO base media
 * file that is not a HEIF image (MP4, QuickTime, 3GP, M4A audio).
 */
export type MediaFormat = 'jpeg' | 'png' | 'webp' | 'heif' | 'movie' | 'gif' | 'tiff';

export function detectMediaFormat(bytes: Buffer): MediaFormat | undefined {
  if (isJpeg(bytes)) return 'jpeg';
  if (isPng(bytes)) return 'png';
  if (isWebp(bytes)) return 'webp';
  if (isHeif(bytes)) return 'heif';
  if (isGif(bytes)) return 'gif';
  if (isIsoBmff(bytes)) return 'movie';
  // Classic and BigTIFF, in either byte order; camera raw files (DNG, NEF, CR2, ARW) are TIFF too.
  const tiff = bytes.toString('latin1', 0, 4);
  if (tiff === 'II*\0' || tiff === 'MM\0*' || tiff === 'II+\0' || tiff === 'MM\0+') return 'tiff';
  return undefined;
}

const simpleTypes = { jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp', gif: 'image/gif', tiff: 'image/tiff' } as const;

/** The content type to store a file of this format under, from its `ftyp` brand where it has one. */
export function contentTypeOf(format: MediaFormat, bytes: Buffer): string {
  if (format !== 'heif' && format !== 'movie') return simpleTypes[format];
  const brand = bytes.toString('latin1', 4, 8) === 'ftyp' ? bytes.toString('latin1', 8, 12) : 'qt  ';
  if (format === 'heif') return brand === 'avif' || brand === 'avis' ? 'image/avif' : brand.startsWith('hei') ? 'image/heic' : 'image/heif';
  if (brand === 'qt  ') return 'video/quicktime';
  if (brand === 'M4A ' || brand === 'M4B ') return 'audio/mp4';
  if (brand.startsWith('3gp')) return 'video/3gpp';
  return 'video/mp4';
}
