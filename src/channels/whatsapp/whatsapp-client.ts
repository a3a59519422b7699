/**
 * The part of whatsapp-web.js the adapter uses. The real `Client` satisfies
 * it (see real-whatsapp-library.ts, where the compiler checks that), and the
 * tests drive the adapter through a fake with the same event surface.
 */

/** A message as whatsapp-web.js hands it over. */
export interface WhatsAppMessageLike {
  id: { _serialized: string };
  /** The chat it came from: `<number>@c.us`, `<lid>@lid`, `<id>@g.us` for groups. */
  from: string;
  fromMe: boolean;
  /** The text, or a media item's caption. */
  body: string;
  /** 'chat', 'image', 'ptt', 'audio', 'document', 'video', 'location', 'sticker', ... */
  type: string;
  hasMedia: boolean;
  /** Seconds since the epoch. */
  timestamp: number;
  location?: { latitude: number | string; longitude: number | string } | undefined;
  /** WhatsApp Web's own record of the message; for media it holds `size`, known before downloading. */
  rawData?: object;
  downloadMedia(): Promise<WhatsAppMediaLike | undefined>;
}

/** Media as whatsapp-web.js carries it: base64 bytes. */
export interface WhatsAppMediaLike {
  mimetype: string;
  data: string;
  filename?: string | null | undefined;
}

export interface WhatsAppSendOptions {
  caption?: string;
  sendAudioAsVoice?: boolean;
  sendMediaAsDocument?: boolean;
}

/** Receipts: -1 error, 0 pending, 1 server, 2 device, 3 read, 4 played. */
export type WhatsAppAck = number;

/** A chat as whatsapp-web.js lists it. */
export interface WhatsAppChatLike {
  id: { _serialized: string };
  isGroup: boolean;
  /** Messages from the other side not yet marked as seen. */
  unreadCount: number;
  /** Seconds since the epoch of the chat's last activity. */
  timestamp: number;
  /** The chat's latest messages, oldest first. */
  fetchMessages(options: { limit?: number; fromMe?: boolean }): Promise<WhatsAppMessageLike[]>;
}

export interface WhatsAppClientLike {
  on(event: 'qr', listener: (qr: string) => void): this;
  on(event: 'code', listener: (code: string) => void): this;
  on(event: 'authenticated', listener: () => void): this;
  on(event: 'auth_failure', listener: (message: string) => void): this;
  on(event: 'ready', listener: () => void): this;
  on(event: 'disconnected', listener: (reason: string) => void): this;
  on(event: 'message', listener: (message: WhatsAppMessageLike) => void): this;
  on(event: 'message_ack', listener: (message: WhatsAppMessageLike, ack: WhatsAppAck) => void): this;
  initialize(): Promise<void>;
  destroy(): Promise<void>;
  sendMessage(chatId: string, content: string | object, options?: WhatsAppSendOptions): Promise<{ id: { _serialized: string } }>;
  getChats(): Promise<WhatsAppChatLike[]>;
  /** Maps `…@lid` ids to phone-number ids (`pn`, `<number>@c.us`). */
  getContactLidAndPhone(ids: string[]): Promise<Array<{ lid: string; pn: string }>>;
}

/** Builds clients and the library's content objects, which its sendMessage recognises by class. */
export interface WhatsAppLibrary {
  createClient(): WhatsAppClientLike;
  media(media: WhatsAppMediaLike): object;
  location(latitude: number, longitude: number, description?: string): object;
}
