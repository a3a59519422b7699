import type { Server, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { BotCommand, Chat, ForumTopic, MenuButton, Message, PhotoSize, Update, User, UserFromGetMe } from 'grammy/types';
import type {
  FakeBotApiLimits,
  FakeBotApiOptions,
  FakeBotApiStats,
  FaultResponse,
  RecordedCall,
  RecordedDownload,
  StoredFile,
  WebhookState,
} from './types.js';

const DEFAULT_TOKEN = '123456:TEST-TOKEN';
const FALLBACK_BOT_ID = 7000000001;

/** A getUpdates request held open until an update arrives, its timeout passes or another poll replaces it. */
export interface Poller {
  res: ServerResponse;
  call: RecordedCall;
  limit: number;
  timer: NodeJS.Timeout;
  done: boolean;
}

export interface HttpState {
  server: Server | undefined;
  apiRoot: string | undefined;
  sockets: Set<Socket>;
}

export interface CallLogState {
  calls: RecordedCall[];
  listeners: Set<(call: RecordedCall) => void>;
  stats: FakeBotApiStats;
}

export interface FaultState {
  injected: Array<{ method: string; remaining: number; response: FaultResponse }>;
  blocked: Set<number>;
  unknown: Set<number>;
  /** Statuses the next file downloads are answered with, one each, first first. */
  downloads: number[];
}

export interface RateState {
  /** Date.now() of each send accepted in the last second, over all chats. */
  acceptedSends: number[];
  chatBuckets: Map<number, { tokens: number; updated: number }>;
  groupWindows: Map<number, number[]>;
}

export interface UpdateState {
  nextId: number;
  /** Sorted by update_id; an update leaves it when a getUpdates offset or a 2xx webhook answer confirms it. */
  queue: Update[];
  poller: Poller | undefined;
  wakeScheduled: boolean;
  webhook: WebhookState | undefined;
}

export interface ChatState {
  known: Map<number, Chat>;
  messages: Map<number, Map<number, Message>>;
  /** Message ids count per chat, like Telegram's; forum topics take their id from the same counter. */
  lastMessageId: Map<number, number>;
  topics: Map<number, Map<number, ForumTopic>>;
  callbacks: Map<string, { answered: boolean }>;
  callbackCounter: number;
  commands: Map<string, BotCommand[]>;
  menuButtons: Map<number | 'default', MenuButton>;
}

export interface FileState {
  byId: Map<string, StoredFile>;
  byPath: Map<string, StoredFile>;
  /** Every size of one photo, found from any of its file_ids, so re-sending a photo yields the same sizes. */
  photoGroups: Map<string, PhotoSize[]>;
  counter: number;
  downloads: RecordedDownload[];
}

/**
 * Everything one fake knows, created once per `createFakeBotApi()` and handed to each part, so two
 * fakes in one process share no queue, chat or rate budget.
 */
export interface FakeState {
  readonly token: string;
  readonly botId: number;
  readonly me: UserFromGetMe;
  readonly botUser: User;
  readonly topicsEnabled: boolean;
  /** Undefined when flood limits are off. */
  readonly limits: Readonly<Required<FakeBotApiLimits>> | undefined;
  readonly http: HttpState;
  readonly log: CallLogState;
  readonly faults: FaultState;
  readonly rates: RateState;
  readonly updates: UpdateState;
  readonly chats: ChatState;
  readonly files: FileState;
}

export function createFakeState(options: FakeBotApiOptions): FakeState {
  const token = options.token ?? DEFAULT_TOKEN;
  const botId = Number(/^(\d+):/.exec(token)?.[1] ?? FALLBACK_BOT_ID);
  const topicsEnabled = options.topics ?? false;
  const me: UserFromGetMe = {
    id: botId,
    is_bot: true,
    first_name: 'Mentorline Test Bot',
    username: 'mentorline_test_bot',
    can_join_groups: true,
    can_read_all_group_messages: false,
    supports_inline_queries: false,
    can_connect_to_business: false,
    has_main_web_app: false,
    has_topics_enabled: topicsEnabled,
    allows_users_to_create_topics: false,
    can_manage_bots: false,
    supports_join_request_queries: false,
    ...options.me,
  };
  const limits =
    options.limits === undefined || options.limits === false
      ? undefined
      : {
          perSecond: options.limits.perSecond ?? 30,
          perChatPerSecond: options.limits.perChatPerSecond ?? 1,
          perGroupPerMinute: options.limits.perGroupPerMinute ?? 20,
          burst: options.limits.burst ?? 3,
        };
  return {
    token,
    botId,
    me,
    botUser: { id: me.id, is_bot: true, first_name: me.first_name, username: me.username },
    topicsEnabled,
    limits,
    http: { server: undefined, apiRoot: undefined, sockets: new Set() },
    log: {
      calls: [],
      listeners: new Set(),
      stats: { requests: 0, unauthorized: 0, tooManyRequests: 0, maxSendsInAnySecond: 0 },
    },
    faults: { injected: [], blocked: new Set(), unknown: new Set(), downloads: [] },
    rates: { acceptedSends: [], chatBuckets: new Map(), groupWindows: new Map() },
    updates: { nextId: options.firstUpdateId ?? 1, queue: [], poller: undefined, wakeScheduled: false, webhook: undefined },
    chats: {
      known: new Map(),
      messages: new Map(),
      lastMessageId: new Map(),
      topics: new Map(),
      callbacks: new Map(),
      callbackCounter: 0,
      commands: new Map(),
      menuButtons: new Map(),
    },
    files: { byId: new Map(), byPath: new Map(), photoGroups: new Map(), counter: 0, downloads: [] },
  };
}
