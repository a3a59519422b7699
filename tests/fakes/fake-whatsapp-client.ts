import { EventEmitter } from 'node:events';
import type {
  WhatsAppChatLike,
  WhatsAppClientLike,
  WhatsAppLibrary,
  WhatsAppMediaLike,
  WhatsAppMessageLike,
  WhatsAppSendOptions,
} from '../../src/channels/whatsapp/whatsapp-client.js';

/** What a fake client does when initialize() is called. */
export type StartBehaviour =
  | 'ready'
  /** Shows a QR code and waits to be linked (call `link()`). */
  | 'qr'
  /** Rejects as whatsapp-web.js does without a network. */
  | 'offline'
  /** Never gets anywhere: no QR code, no session, no error. */
  | 'hang';

export interface FakeMedia {
  kind: 'media';
  mimetype: string;
  data: string;
  filename: string | null;
}

export interface FakeLocation {
  kind: 'location';
  latitude: number;
  longitude: number;
  description?: string;
}

export interface SentWhatsApp {
  chatId: string;
  content: string | FakeMedia | FakeLocation;
  options: WhatsAppSendOptions | undefined;
  id: string;
}

export interface IncomingMessage {
  from: string;
  body?: string;
  type?: string;
  media?: { bytes: Buffer; mimetype: string; filename?: string };
  /** The media's size as WhatsApp Web knows it before downloading (`rawData.size`); the bytes' length unless given. */
  size?: number;
  /** WhatsApp no longer has the media (it expired from the phone and the server): downloading it gives nothing. */
  expired?: boolean;
  location?: { latitude: number; longitude: number };
  id?: string;
  /** Seconds since the epoch; now when not given. */
  timestamp?: number;
}

/** A message a person sent, which counts how often the service downloaded its media. */
export interface FakeIncomingMessage extends WhatsAppMessageLike {
  downloads: number;
}

/** The agency account's chats, as WhatsApp keeps them whichever client is linked. */
export type FakeChats = Map<string, { messages: WhatsAppMessageLike[]; unread: number }>;

let counter = 0;

function incoming(input: IncomingMessage): FakeIncomingMessage {
  const message: FakeIncomingMessage = {
    id: { _serialized: input.id ?? `false_${input.from}_IN${++counter}` },
    from: input.from,
    fromMe: false,
    body: input.body ?? '',
    type: input.type ?? (input.media ? 'image' : input.location ? 'location' : 'chat'),
    hasMedia: input.media !== undefined,
    timestamp: input.timestamp ?? Math.floor(Date.now() / 1000),
    ...(input.location ? { location: input.location } : {}),
    ...(input.media ? { rawData: { size: input.size ?? input.media.bytes.length } } : {}),
    downloads: 0,
    downloadMedia: async (): Promise<WhatsAppMediaLike | undefined> => {
      message.downloads += 1;
      return input.media && !input.expired
        ? { mimetype: input.media.mimetype, data: input.media.bytes.toString('base64'), filename: input.media.filename ?? null }
        : undefined;
    },
  };
  return message;
}

/** Keeps a message in its chat, unread: the service never marks chats as seen. */
function keep(chats: FakeChats, message: WhatsAppMessageLike): void {
  const chat = chats.get(message.from) ?? { messages: [], unread: 0 };
  chat.messages.push(message);
  chat.unread += 1;
  chats.set(message.from, chat);
}

/** A whatsapp-web.js Client stand-in with the same event surface, driven by the test. */
export class FakeWhatsAppClient extends EventEmitter implements WhatsAppClientLike {
  readonly sent: SentWhatsApp[] = [];
  destroyed = false;
  initialized = false;

  constructor(
    private readonly behaviour: StartBehaviour,
    private readonly lids: Map<string, string>,
    private readonly chats: FakeChats,
  ) {
    super();
  }

  async initialize(): Promise<void> {
    this.initialized = true;
    await Promise.resolve();
    if (this.behaviour === 'offline') throw new Error('net::ERR_NAME_NOT_RESOLVED at https://web.whatsapp.com/');
    if (this.behaviour === 'hang') return new Promise<void>(() => undefined);
    if (this.behaviour === 'qr') {
      this.emit('qr', `2@fake-qr-${++counter},key,identity,secret`);
      return;
    }
    this.link();
  }

  /** The agency phone scans the code. */
  link(): void {
    this.emit('authenticated');
    this.emit('ready');
  }

  /** Like the real client, a destroyed one keeps its listeners: late events must be ignored by whoever built it. */
  async destroy(): Promise<void> {
    this.destroyed = true;
  }

  async sendMessage(chatId: string, content: string | object, options?: WhatsAppSendOptions): Promise<{ id: { _serialized: string } }> {
    if (this.destroyed) throw new Error('Session closed. Most likely the page has been closed.');
    const id = `true_${chatId}_OUT${++counter}`;
    this.sent.push({ chatId, content: content as SentWhatsApp['content'], options, id });
    return { id: { _serialized: id } };
  }

  async getContactLidAndPhone(ids: string[]): Promise<Array<{ lid: string; pn: string }>> {
    return ids.flatMap((lid) => {
      const pn = this.lids.get(lid);
      return pn ? [{ lid, pn }] : [];
    });
  }

  async getChats(): Promise<WhatsAppChatLike[]> {
    return [...this.chats].map(([id, chat]) => ({
      id: { _serialized: id },
      isGroup: id.endsWith('@g.us'),
      unreadCount: chat.unread,
      timestamp: Math.max(0, ...chat.messages.map((m) => m.timestamp)),
      fetchMessages: async ({ limit, fromMe }) => {
        const matching = chat.messages.filter((m) => fromMe === undefined || m.fromMe === fromMe);
        return limit === undefined ? matching : matching.slice(-limit);
      },
    }));
  }

  /** A person writes to the agency's number; returns the message, to emit again as a duplicate. */
  receive(input: IncomingMessage): FakeIncomingMessage {
    const message = incoming(input);
    keep(this.chats, message);
    this.emit('message', message);
    return message;
  }

  /** WhatsApp reports how far a message we sent got (1 server, 2 device, 3 read). */
  ack(sentId: string, ack: number): void {
    const sent = this.sent.find((s) => s.id === sentId);
    this.emit(
      'message_ack',
      {
        id: { _serialized: sentId },
        from: sent?.chatId ?? '',
        fromMe: true,
        body: '',
        type: 'chat',
        hasMedia: false,
        timestamp: 0,
        downloadMedia: async () => undefined,
      } satisfies WhatsAppMessageLike,
      ack,
    );
  }

  /** The library's disconnect: it emits, then destroys itself. */
  disconnect(reason: string): void {
    this.emit('disconnected', reason);
    this.destroyed = true;
  }
}

export interface FakeWhatsApp {
  library: WhatsAppLibrary;
  /** Every client built so far, oldest first. */
  clients: FakeWhatsAppClient[];
  /** The newest client. */
  current(): FakeWhatsAppClient;
  /** How the next clients start. */
  behaviour: StartBehaviour;
  /** `…@lid` ids and the phone-number ids WhatsApp maps them to. */
  lids: Map<string, string>;
  /** Everything any client sent, oldest first. */
  sent(): SentWhatsApp[];
  /** The account's chats, kept across clients as WhatsApp keeps them. */
  chats: FakeChats;
  /** A person writes while no client is linked: the message waits, unread, in its chat. */
  receiveWhileAway(input: IncomingMessage): FakeIncomingMessage;
}

export function createFakeWhatsApp(behaviour: StartBehaviour = 'ready'): FakeWhatsApp {
  const fake: FakeWhatsApp = {
    clients: [],
    behaviour,
    lids: new Map(),
    chats: new Map(),
    receiveWhileAway(input) {
      const message = incoming(input);
      keep(fake.chats, message);
      return message;
    },
    library: {
      createClient: () => {
        const client = new FakeWhatsAppClient(fake.behaviour, fake.lids, fake.chats);
        fake.clients.push(client);
        return client;
      },
      media: (media): FakeMedia => ({ kind: 'media', mimetype: media.mimetype, data: media.data, filename: media.filename ?? null }),
      location: (latitude, longitude, description): FakeLocation => ({
        kind: 'location',
        latitude,
        longitude,
        ...(description ? { description } : {}),
      }),
    },
    current() {
      const client = fake.clients[fake.clients.length - 1];
      if (!client) throw new Error('no WhatsApp client has been built');
      return client;
    },
    sent: () => fake.clients.flatMap((c) => c.sent),
  };
  return fake;
}

/** Waits until `check` returns something other than undefined/false. */
export async function eventually<T>(check: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
