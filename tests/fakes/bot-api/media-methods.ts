/** sendPhoto, sendDocument and the other media sends, and getFile for downloads. */
import type { Animation, Audio, Document, File as TelegramFile, Message, Sticker, Video, VideoNote, Voice } from 'grammy/types';
import { botMessage, captionContent } from './bot-messages.js';
import { resolveChatId } from './chats.js';
import type { Handler, MethodContext, MethodGroup } from './method-context.js';
import { num, str } from './params.js';
import { mimeForFileName, photoGroupOf, photoSizes, registerFile, storedFile } from './stored-files.js';
import type { FileKind, StoredFile } from './types.js';
import { badRequest } from './wire-format.js';

const MAX_DOWNLOAD_BYTES = 20 * 1024 * 1024;

/** The file a send refers to: a fresh upload, a URL, or the file_id of a file Telegram already has. */
function inputFile(ctx: MethodContext, field: FileKind): StoredFile {
  const upload = ctx.files[field];
  if (upload) {
    return registerFile(ctx.state, upload.bytes, {
      kind: field,
      fileName: upload.filename,
      mimeType: field === 'document' ? mimeForFileName(upload.filename) : undefined,
    });
  }
  const ref = str(ctx.params, field);
  if (ref === undefined || ref === '') throw badRequest(`there is no ${field} in the request`);
  if (ref.startsWith('attach://')) throw badRequest(`can't find attached file "${ref}"`);
  if (/^https?:\/\//i.test(ref)) {
    // The real server downloads the URL; the fake only records a placeholder file.
    return registerFile(ctx.state, Buffer.alloc(0), { kind: field, fileName: ref.split('/').pop() ?? field });
  }
  const known = storedFile(ctx.state, ref);
  if (!known) throw badRequest('wrong file identifier/HTTP URL specified');
  return known;
}

function mediaContent(kind: FileKind, f: StoredFile, ctx: MethodContext): Partial<Message> {
  const base = { file_id: f.file_id, file_unique_id: f.file_unique_id, file_size: f.file_size };
  const duration = num(ctx.params, 'duration') ?? f.duration ?? 1;
  const width = num(ctx.params, 'width') ?? f.width ?? 640;
  const height = num(ctx.params, 'height') ?? f.height ?? 480;
  const named = <T extends object>(o: T): T => (f.file_name !== undefined ? { ...o, file_name: f.file_name } : o);
  const mime = f.mime_type ?? 'application/octet-stream';
  switch (kind) {
    case 'photo':
      return { photo: photoGroupOf(ctx.state, f) };
    case 'document': {
      const document: Document = named({ ...base, mime_type: mime });
      return { document };
    }
    case 'voice': {
      const voice: Voice = { ...base, duration, mime_type: mime };
      return { voice };
    }
    case 'video': {
      const video: Video = named({ ...base, width, height, duration, mime_type: mime });
      return { video };
    }
    case 'audio': {
      const audio: Audio = named({ ...base, duration, mime_type: mime });
      return { audio };
    }
    case 'animation': {
      // Telegram sends an animation's Message with a `document` too, for clients that predate animations.
      const animation: Animation = named({ ...base, width, height, duration, mime_type: mime });
      const document: Document = named({ ...base, mime_type: mime });
      return { animation, document };
    }
    case 'video_note': {
      const videoNote: VideoNote = { ...base, length: num(ctx.params, 'length') ?? 240, duration };
      return { video_note: videoNote };
    }
    case 'sticker': {
      const emoji = str(ctx.params, 'emoji');
      const sticker: Sticker = {
        ...base,
        type: 'regular',
        width: 512,
        height: 512,
        is_animated: false,
        is_video: false,
        ...(emoji !== undefined ? { emoji } : {}),
      };
      return { sticker };
    }
  }
}

function sendMedia(kind: FileKind): Handler {
  return (ctx) => {
    const chatId = resolveChatId(ctx.state, ctx.params);
    const caption = kind === 'sticker' || kind === 'video_note' ? {} : captionContent(ctx.params);
    const upload = ctx.files[kind];
    const content =
      kind === 'photo' && upload
        ? { photo: photoSizes(ctx.state, upload.bytes) }
        : mediaContent(kind, inputFile(ctx, kind), ctx);
    return { result: botMessage(ctx.state, chatId, ctx.params, { ...content, ...caption }) };
  };
}

export const mediaMethods: MethodGroup = {
  sendPhoto: sendMedia('photo'),
  sendDocument: sendMedia('document'),
  sendVoice: sendMedia('voice'),
  sendVideo: sendMedia('video'),
  sendAudio: sendMedia('audio'),
  sendAnimation: sendMedia('animation'),
  sendVideoNote: sendMedia('video_note'),
  sendSticker: sendMedia('sticker'),
  getFile: (ctx) => {
    const id = str(ctx.params, 'file_id');
    const f = id === undefined ? undefined : storedFile(ctx.state, id);
    if (!f) throw badRequest('invalid file_id');
    if (f.file_size > MAX_DOWNLOAD_BYTES) throw badRequest('file is too big');
    const result: TelegramFile = {
      file_id: f.file_id,
      file_unique_id: f.file_unique_id,
      file_size: f.file_size,
      file_path: f.file_path,
    };
    return { result };
  },
};
