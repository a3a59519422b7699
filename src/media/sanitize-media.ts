import { contentTypeOf, detectMediaFormat, type MediaFormat } from './detect-media-format.js';
import { reencodeImage, type ReencodeLimits } from './reencode-image.js';
import { stripMetadata } from './strip-metadata.js';

/**
 * Why a file must not be stored or passed on:
 * - `damaged`: its structure is broken where metadata could still be, and
 *   its pixels could not be decoded to write it afresh (every damaged
 *   video and HEIC ends here, see reencode-image.ts).
 * - `too-complex`: it declares more structure than any real file has.
 * - `unstrippable`: it carries location that cannot be removed in place,
 *   such as a timed GPS track in a video.
 * - `unsupported-image`: it is declared an image but is of no format that
 *   can be cleaned (SVG, PSD, JPEG XL, ...).
 * - `timeout`, `out-of-memory`, `worker-failed`: cleaning it took too long,
 *   needed too much memory or crashed; the worker was replaced.
 * - `shut-down`: the sanitizer was closed before the file was cleaned.
 */
export type UnsafeReason =
  | 'damaged'
  | 'too-complex'
  | 'unstrippable'
  | 'unsupported-image'
  | 'timeout'
  | 'out-of-memory'
  | 'worker-failed'
  | 'shut-down';

/**
 * A file made fit to store and pass on, or the reason it is not:
 * - `clean`: an image or video with no metadata to remove; `bytes` is the
 *   input itself, byte for byte.
 * - `stripped`: metadata was removed from the file's structure; the
 *   picture or video data is untouched.
 * - `reencoded`: the file was damaged where metadata could be, so its
 *   pixels were decoded and written afresh with none.
 * - `passthrough`: not an image or video (a document, audio other than
 *   M4A, a WebM or AVI video), stored as it came; `bytes` is the input.
 * - `unsafe`: the file may still carry location or camera metadata and
 *   must not be stored or relayed. `detail` says why in terms of the
 *   file's structure, never its content, so it may be logged.
 *
 * `contentType` is the format found in the bytes for images and videos,
 * the declared one for pass-through files.
 */
export type SanitizedMedia =
  | { outcome: 'clean' | 'stripped' | 'reencoded' | 'passthrough'; bytes: Buffer; contentType: string }
  | { outcome: 'unsafe'; reason: UnsafeReason; detail?: string };

export type MediaRoute = { route: 'inspect'; format: MediaFormat } | { route: 'decided'; result: SanitizedMedia };

/**
 * What the first bytes decide alone: files that are not images or videos
 * pass, a file declared an image that is of no known format is refused,
 * and the rest need inspecting.
 */
export function routeMedia(bytes: Buffer, declaredContentType: string): MediaRoute {
  const format = detectMediaFormat(bytes);
  if (format !== undefined) return { route: 'inspect', format };
  if (declaredContentType.toLowerCase().startsWith('image/')) {
    return { route: 'decided', result: { outcome: 'unsafe', reason: 'unsupported-image', detail: 'declared an image, of no format known' } };
  }
  return { route: 'decided', result: { outcome: 'passthrough', bytes, contentType: declaredContentType } };
}

/**
 * The whole cleaning of one file, on the thread that calls it: strip its
 * metadata from the structure; where damage stops that from being proven
 * complete, re-encode the pixels; where even that fails, call it unsafe.
 * TIFF (camera raw files included), which has no structural stripper, is
 * always re-encoded. Never throws for a bad file. The service runs this in
 * a worker through createMediaSanitizer.
 */
export async function sanitizeMedia(bytes: Buffer, declaredContentType: string, limits: ReencodeLimits): Promise<SanitizedMedia> {
  const routed = routeMedia(bytes, declaredContentType);
  if (routed.route === 'decided') return routed.result;
  const { format } = routed;
  let damage = 'no structural stripper for this format';
  if (format !== 'tiff') {
    const stripped = stripMetadata(bytes);
    if (stripped.status === 'clean' || stripped.status === 'stripped') {
      return { outcome: stripped.status, bytes: stripped.bytes, contentType: contentTypeOf(format, bytes) };
    }
    if (stripped.status === 'too-complex' || stripped.status === 'unstrippable') {
      return { outcome: 'unsafe', reason: stripped.status, detail: stripped.detail };
    }
    if (stripped.status === 'damaged') damage = stripped.detail;
  }

  const image = await reencodeImage(bytes, format, limits);
  if (image === undefined) return { outcome: 'unsafe', reason: 'damaged', detail: damage };
  // The encoder's output is walked like any upload, so that what is stored
  // has passed the same checks and a second pass finds it clean.
  const check = stripMetadata(image.bytes);
  if (check.status === 'clean' || check.status === 'stripped') return { outcome: 'reencoded', bytes: check.bytes, contentType: image.contentType };
  return { outcome: 'unsafe', reason: 'damaged', detail: `re-encoded file is ${check.status}` };
}
