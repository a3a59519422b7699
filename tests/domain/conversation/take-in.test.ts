import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKeyedDigest } from '../../../src/core/keyed-digest.js';
import type { ConversationDeps } from '../../../src/domain/conversation/conversation-deps.js';
import { maxEventCrashes, maxEventFailures, takeIn } from '../../../src/domain/conversation/take-in.js';
import { createClient } from '../../../src/domain/people/clients.js';
import { createMentor } from '../../../src/domain/people/mentors.js';
import { crisisWordMatcher, defaultCrisisWords } from '../../../src/domain/safety/crisis-words.js';
import type { InboundEvent } from '../../../src/domain/turn/inbound-event.js';
import { createTranslator } from '../../../src/i18n/translator.js';
import type { MediaStore } from '../../../src/media/media-store.js';
import { useTestDatabase } from '../../support/test-database.js';
import { createTestMediaStore } from '../../support/test-media.js';

const database = useTestDatabase();
const translator = createTranslator();
let media: Awaited<ReturnType<typeof createTestMediaStore>>;
let nextId = 1;

beforeAll(async () => {
  media = await createTestMediaStore();
});
afterAll(async () => {
  await media.close();
});

function depsWith(mediaStore: MediaStore): ConversationDeps {
  return {
    db: database.db,
    translator,
    mediaStore,
    clock: () => new Date('2026-05-04T10:00:00Z'),
    safety: { isCrisis: crisisWordMatcher(defaultCrisisWords), crisisContactsText: '113' },
    publicUrl: 'http://console.test',
    digest: createKeyedDigest('take-in-test-key-0123456789abcdef'),
  };
}

/** A consenting client of a mentor, both bound on Telegram. */
async function pair(): Promise<{ clientChat: string; mentorChat: string; clientId: string }> {
  const { db } = database;
  const n = nextId++;
  const mentor = await createMentor(db, { name: 'Ilze', languages: ['en'] }, 'test');
  const client = await createClient(db, { name: 'Olena', mentorId: mentor.id, language: 'en', timezone: 'Europe/Riga', checkinTime: '09:00', consentGiven: true }, 'test', new Date());
  const [clientChat, mentorChat] = [`tc-${n}`, `tm-${n}`];
  await db.insertInto('channel_accounts').values([
    { channel: 'telegram', external_id: clientChat, chat_id: clientChat, client_id: client.id },
    { channel: 'telegram', external_id: mentorChat, chat_id: mentorChat, mentor_id: mentor.id },
  ]).execute();
  return { clientChat, mentorChat, clientId: client.id };
}

function photo(chat: string, fetch: () => Promise<{ bytes: Buffer; contentType: string }>): InboundEvent {
  const id = String(nextId++);
  return {
    type: 'message',
    eventId: `take-in-${id}`,
    from: { channel: 'telegram', externalId: chat, chatId: chat },
    externalMessageId: `${chat}:${id}`,
    kind: 'photo',
    text: 'photo of my finished CV, please check',
    media: { fetch },
  };
}

const textsTo = async (chat: string) =>
  (await database.db.selectFrom('deliveries').select('payload').where('recipient_chat_id', '=', chat).orderBy('seq').execute()).map(
    (row) => (row.payload as { payload: { text?: string; caption?: string } }).payload.text ?? '',
  );

describe('taking an event in', () => {
  it('throws while its handling fails, counting each failure, and keeps it as "could not be processed" at the last', async () => {
    const { clientChat, mentorChat, clientId } = await pair();
    const breaking: MediaStore = { ...media.store, put: async () => Promise.reject(new Error('the store broke in a way nobody foresaw')) };
    const deps = depsWith(breaking);
    const event = photo(clientChat, async () => ({ bytes: Buffer.from('%PDF-1.4'), contentType: 'application/pdf' }));
    for (let attempt = 1; attempt < maxEventFailures; attempt++) {
      await expect(takeIn(deps, event)).rejects.toThrow(/nobody foresaw/);
    }
    expect(await takeIn(deps, event)).toBe('handled');
    const failures = await database.db.selectFrom('inbound_failures').select(['failed', 'last_error']).where('event_id', '=', event.eventId).executeTakeFirstOrThrow();
    expect(failures).toEqual({ failed: maxEventFailures, last_error: 'Error: the store broke in a way nobody foresaw' });
    // Taken in for good: offered again, it is a duplicate, and its file is not fetched again.
    expect(await takeIn(deps, event)).toBe('duplicate');

    const [kept] = await database.db
      .selectFrom('messages')
      .innerJoin('threads', 'threads.id', 'messages.thread_id')
      .select(['messages.text', 'messages.media_problem', 'messages.kind'])
      .where('threads.client_id', '=', clientId)
      .execute();
    expect(kept).toEqual({ text: 'photo of my finished CV, please check', media_problem: 'unprocessable', kind: 'photo' });
    expect(await textsTo(mentorChat)).toEqual([
      `Olena (Telegram):\nphoto of my finished CV, please check\n${translator.t('en', 'media-problem-unprocessable')}`,
    ]);
    expect(await textsTo(clientChat)).toEqual([translator.t('en', 'client-unprocessable')]);
  });

  it('keeps an event whose file took the process down, without touching the file again', async () => {
    const { clientChat, clientId } = await pair();
    let fetched = 0;
    const event = photo(clientChat, async () => {
      fetched += 1;
      return { bytes: Buffer.from('%PDF-1.4'), contentType: 'application/pdf' };
    });
    // Earlier starts that ended in neither success nor failure: the process died with them.
    await database.db.insertInto('inbound_failures').values({ channel: 'telegram', event_id: event.eventId, started: maxEventCrashes, failed: 0 }).execute();
    expect(await takeIn(depsWith(media.store), event)).toBe('handled');
    expect(fetched).toBe(0);
    const kept = await database.db
      .selectFrom('messages')
      .innerJoin('threads', 'threads.id', 'messages.thread_id')
      .select('messages.media_problem')
      .where('threads.client_id', '=', clientId)
      .executeTakeFirstOrThrow();
    expect(kept.media_problem).toBe('unprocessable');
  });

  it('forgets the count of an event with a file once it is taken in', async () => {
    const { clientChat } = await pair();
    const event = photo(clientChat, async () => ({ bytes: Buffer.from('%PDF-1.4'), contentType: 'application/pdf' }));
    expect(await takeIn(depsWith(media.store), event)).toBe('handled');
    expect(await database.db.selectFrom('inbound_failures').select('event_id').where('event_id', '=', event.eventId).execute()).toEqual([]);
  });
});
