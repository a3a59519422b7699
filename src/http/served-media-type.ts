import type { Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';

/**
 * Images the media store strips of location and camera metadata: only these
 * may be shown in the browser rather than downloaded.
 */
const inlineImages: Readonly<Record<string, string>> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/heic': 'heic',
  'image/heif': 'heif',
  'image/avif': 'avif',
};

/** What chats send besides those images; none of these can run script when opened from a download. */
const downloads: Readonly<Record<string, string>> = {
  'image/gif': 'gif',
  'audio/ogg': 'ogg',
  'audio/mpeg': 'mp3',
  'audio/mp4': 'm4a',
  'video/mp4': 'mp4',
  'video/quicktime': 'mov',
  'video/webm': 'webm',
  'application/pdf': 'pdf',
};

export interface ServedMediaType {
  contentType: string;
  contentDisposition: string;
}

/**
 * How to serve stored media whose content type the sender declared: the
 * type only when it is on the allow-list (anything else, HTML and SVG
 * included, as opaque bytes), and as a download unless it is a stripped image.
 * The file name is built from the media id alone, never from the sender.
 */
export function servedMediaType(mediaId: string, declaredType: string): ServedMediaType {
  const type = declaredType.split(';')[0]?.trim().toLowerCase() ?? '';
  const inlineExtension = inlineImages[type];
  if (inlineExtension) return { contentType: type, contentDisposition: `inline; filename="${mediaId}.${inlineExtension}"` };
  const extension = downloads[type];
  if (extension) return { contentType: type, contentDisposition: `attachment; filename="${mediaId}.${extension}"` };
  return { contentType: 'application/octet-stream', contentDisposition: `attachment; filename="${mediaId}.bin"` };
}

/**
 * Answers with a stored file under its served type: never sniffed into a page of this origin
 * (also set app-wide), with its length, and cached as the caller says.
 */
export function sendStoredMedia(
  reply: FastifyReply,
  media: { id: string; contentType: string; sizeBytes: number; stream: Readable },
  cacheControl: string,
): FastifyReply {
  const served = servedMediaType(media.id, media.contentType);
  return reply
    .header('content-type', served.contentType)
    .header('content-disposition', served.contentDisposition)
    .header('x-content-type-options', 'nosniff')
    .header('content-length', media.sizeBytes)
    .header('cache-control', cacheControl)
    .send(media.stream);
}
