/** Files the fake holds, by file_id and by download path, with ids and paths shaped like Telegram's. */
import type { PhotoSize } from 'grammy/types';
import type { FakeState } from './state.js';
import type { FileKind, PhotoOptions, RegisterFileOptions, StoredFile } from './types.js';

const FILE_DIRS: Readonly<Record<FileKind, { dir: string; ext: string; mime?: string }>> = {
  photo: { dir: 'photos', ext: 'jpg', mime: 'image/jpeg' },
  document: { dir: 'documents', ext: 'dat' },
  voice: { dir: 'voice', ext: 'oga', mime: 'audio/ogg' },
  video: { dir: 'videos', ext: 'mp4', mime: 'video/mp4' },
  audio: { dir: 'music', ext: 'mp3', mime: 'audio/mpeg' },
  animation: { dir: 'animations', ext: 'mp4', mime: 'video/mp4' },
  video_note: { dir: 'video_notes', ext: 'mp4', mime: 'video/mp4' },
  sticker: { dir: 'stickers', ext: 'webp', mime: 'image/webp' },
};

const MIME_BY_EXT: Readonly<Record<string, string>> = {
  jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png', gif: 'image/gif', webp: 'image/webp',
  pdf: 'application/pdf', txt: 'text/plain', csv: 'text/csv', json: 'application/json', zip: 'application/zip',
  doc: 'application/msword', docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', ogg: 'audio/ogg', oga: 'audio/ogg',
  opus: 'audio/ogg', mp3: 'audio/mpeg', m4a: 'audio/mp4', mp4: 'video/mp4', mov: 'video/quicktime',
};

// Telegram's file_ids start with a type-specific prefix; code that sniffs them sees the same shapes.
const FILE_ID_PREFIX: Readonly<Partial<Record<FileKind, string>>> = { photo: 'AgACAgIAAxkBAAI', voice: 'AwACAgIAAxkBAAI' };
const DEFAULT_FILE_ID_PREFIX = 'BQACAgIAAxkBAAI';
const THUMBNAIL_SIDE = 320;
const DEFAULT_PHOTO = { width: 1280, height: 960 };

/** A document's MIME type as Telegram guesses it from the file name's extension. */
export function mimeForFileName(fileName: string | undefined): string | undefined {
  return MIME_BY_EXT[extOf(fileName) ?? ''];
}

function extOf(fileName: string | undefined): string | undefined {
  const m = /\.([a-zA-Z0-9]{1,8})$/.exec(fileName ?? '');
  return m?.[1]?.toLowerCase();
}

export function registerFile(state: FakeState, bytesIn: Uint8Array, opts: RegisterFileOptions = {}): StoredFile {
  const bytes = Buffer.from(bytesIn);
  const kind = opts.kind ?? 'document';
  const counter = ++state.files.counter;
  const dir = FILE_DIRS[kind];
  const ext = kind === 'document' ? (extOf(opts.fileName) ?? dir.ext) : dir.ext;
  const serial = Buffer.from(`${state.botId}:${counter}`).toString('base64url');
  const stored: StoredFile = {
    file_id: `${FILE_ID_PREFIX[kind] ?? DEFAULT_FILE_ID_PREFIX}${serial}${'A'.repeat(8)}`,
    file_unique_id: `AQAD${Buffer.from(String(counter)).toString('base64url')}`,
    file_path: `${dir.dir}/file_${counter}.${ext}`,
    file_size: opts.declaredSize ?? bytes.length,
    bytes,
    kind,
  };
  if (opts.download === 'endless') stored.download = 'endless';
  const mime = opts.mimeType ?? (kind === 'document' ? MIME_BY_EXT[ext] : dir.mime) ?? 'application/octet-stream';
  if (kind !== 'photo') stored.mime_type = mime;
  if (opts.fileName !== undefined) stored.file_name = opts.fileName;
  if (opts.width !== undefined) stored.width = opts.width;
  if (opts.height !== undefined) stored.height = opts.height;
  if (opts.duration !== undefined) stored.duration = opts.duration;
  state.files.byId.set(stored.file_id, stored);
  state.files.byPath.set(stored.file_path, stored);
  return stored;
}

export function storedFile(state: FakeState, fileId: string): StoredFile | undefined {
  return state.files.byId.get(fileId);
}

export function storedFileAtPath(state: FakeState, path: string): StoredFile | undefined {
  return state.files.byPath.get(path);
}

/** The sizes Telegram makes of one photo: a thumbnail when the photo is large, then the photo itself. */
export function photoSizes(state: FakeState, bytes: Buffer, opts: PhotoOptions = {}): PhotoSize[] {
  const detected = imageSize(bytes);
  const width = opts.width ?? detected?.width ?? DEFAULT_PHOTO.width;
  const height = opts.height ?? detected?.height ?? DEFAULT_PHOTO.height;
  const sizes: PhotoSize[] = [];
  // Telegram also returns downscaled copies; the fake cannot resize, so the thumbnail serves the original bytes.
  if (Math.max(width, height) > THUMBNAIL_SIDE) {
    const scale = THUMBNAIL_SIDE / Math.max(width, height);
    const thumb = registerFile(state, bytes, {
      kind: 'photo',
      width: Math.round(width * scale),
      height: Math.round(height * scale),
    });
    sizes.push(photoSizeOf(thumb));
  }
  sizes.push(photoSizeOf(registerFile(state, bytes, { kind: 'photo', width, height })));
  for (const size of sizes) state.files.photoGroups.set(size.file_id, sizes);
  return sizes;
}

/** Every size of the photo `file` belongs to, so a photo re-sent by file_id comes back unchanged. */
export function photoGroupOf(state: FakeState, file: StoredFile): PhotoSize[] {
  return state.files.photoGroups.get(file.file_id) ?? [photoSizeOf(file)];
}

function photoSizeOf(f: StoredFile): PhotoSize {
  return {
    file_id: f.file_id,
    file_unique_id: f.file_unique_id,
    width: f.width ?? 0,
    height: f.height ?? 0,
    file_size: f.file_size,
  };
}

/** Width and height from a PNG header or a JPEG start-of-frame marker; other formats are not sniffed. */
function imageSize(bytes: Buffer): { width: number; height: number } | undefined {
  if (bytes.length >= 24 && bytes.readUInt32BE(0) === 0x89504e47) {
    return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
  }
  if (bytes.length >= 4 && bytes[0] === 0xff && bytes[1] === 0xd8) {
    let p = 2;
    while (p + 9 < bytes.length && bytes[p] === 0xff) {
      const marker = bytes[p + 1] ?? 0;
      const len = bytes.readUInt16BE(p + 2);
      if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
        return { width: bytes.readUInt16BE(p + 7), height: bytes.readUInt16BE(p + 5) };
      }
      p += 2 + len;
    }
  }
  return undefined;
}
