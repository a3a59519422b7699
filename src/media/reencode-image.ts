import type createSharp from 'sharp';
import type { MediaFormat } from './detect-media-format.js';

/** A picture decoded and written afresh, with no metadata of the original. */
export interface ReencodedImage {
  bytes: Buffer;
  contentType: string;
}

export interface ReencodeLimits {
  /**
   * Largest picture decoded, in pixels (width × height × frames). libvips
   * allocates outside the JavaScript heap, so a worker's resourceLimits do
   * not bound it: this does.
   */
  maxInputPixels: number;
}

let sharpLoaded: Promise<typeof createSharp> | undefined;

/**
 * sharp is loaded on first use only, so that walking files that need no
 * re-encoding never pays for libvips. One libvips thread per operation:
 * the worker already runs beside the service on a two-core machine.
 */
function loadSharp(): Promise<typeof createSharp> {
  sharpLoaded ??= import('sharp').then(({ default: sharp }) => {
    sharp.concurrency(1);
    sharp.cache(false);
    return sharp;
  });
  return sharpLoaded;
}

/**
 * Decodes whatever of the picture can be decoded (a damaged file yields
 * the part that arrived) and encodes it again with no metadata at all, the
 * Exif orientation applied to the pixels. JPEG, PNG, WebP and GIF keep
 * their format (GIF and WebP their animation); HEIF (AVIF only: sharp's
 * prebuilt libvips has no HEVC decoder, so HEIC fails here) and TIFF
 * become JPEG, or PNG when they have transparency. Returns undefined when
 * nothing can be decoded.
 */
export async function reencodeImage(bytes: Buffer, format: MediaFormat, limits: ReencodeLimits): Promise<ReencodedImage | undefined> {
  if (format === 'movie') return undefined;
  const sharp = await loadSharp();
  const animated = format === 'gif' || format === 'webp';
  try {
    const image = sharp(bytes, { failOn: 'none', limitInputPixels: limits.maxInputPixels, animated, autoOrient: !animated });
    const { hasAlpha } = await image.metadata();
    if (format === 'jpeg') return { bytes: await image.jpeg({ quality: 90 }).toBuffer(), contentType: 'image/jpeg' };
    if (format === 'png') return { bytes: await image.png().toBuffer(), contentType: 'image/png' };
    if (format === 'webp') return { bytes: await image.webp({ quality: 90 }).toBuffer(), contentType: 'image/webp' };
    if (format === 'gif') return { bytes: await image.gif().toBuffer(), contentType: 'image/gif' };
    if (hasAlpha) return { bytes: await image.png().toBuffer(), contentType: 'image/png' };
    return { bytes: await image.jpeg({ quality: 90 }).toBuffer(), contentType: 'image/jpeg' };
  } catch {
    // libvips reports every undecodable input as a plain Error; which one does not change the answer.
    return undefined;
  }
}
