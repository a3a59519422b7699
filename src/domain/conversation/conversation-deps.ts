import type { Kysely } from 'kysely';
import type { Clock } from '../../core/clock.js';
import type { KeyedDigest } from '../../core/keyed-digest.js';
import type { Database } from '../../db/database.js';
import type { Translator } from '../../i18n/translator.js';
import type { MediaStore } from '../../media/media-store.js';
import type { SafetySettings } from '../safety/crisis-reply.js';
import type { InboundObserver } from './inbound-observer.js';

/**
 * What taking in events needs; the same for every channel. Only the entry
 * points hold the pool (`db`): they open each event's transaction and hand
 * the handlers a turn over it.
 */
export interface ConversationDeps {
  db: Kysely<Database>;
  translator: Translator;
  mediaStore: MediaStore;
  clock: Clock;
  safety: SafetySettings;
  /** Keyed digests of ids kept only to recognise them again (strangers). */
  digest: KeyedDigest;
  /** The coordinators' Telegram chat, told what only they can solve (a client whose mentor is inactive); absent when none is set. */
  coordinators?: { chatId: string; language: string } | undefined;
  /** The console's public base URL, for the sign-in links a mentor asks the bot for (/web). */
  publicUrl: string;
  /** Told of every event taken in, from any channel. */
  inbound?: InboundObserver;
}
