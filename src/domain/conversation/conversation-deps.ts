import type { Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import type { Translator } from '../i18n/translator.js';
import type { MediaStore } from './media-store.js';

/** What the conversation rules need; the same for every channel. */
export interface ConversationDeps {
  db: Kysely<Database>;
  translator: Translator;
  mediaStore: MediaStore;
  clock: () => Date;
  safety: SafetySettings;
}

export interface SafetySettings {
  /** Whether a client's words signal a risk of self-harm. */
  isCrisis: (text: string) => boolean;
  /** Where to get help at once, sent to a client whose words signal a crisis. */
  crisisContactsText: string;
}
