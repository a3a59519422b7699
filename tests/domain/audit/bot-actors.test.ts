import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKeyedDigest } from '../../../src/core/keyed-digest.js';
import { listAuditTrail } from '../../../src/domain/audit/audit-trail.js';
import { describeEntry } from '../../../src/domain/audit/describe-entry.js';
import { consentChoice } from '../../../src/domain/conversation/consent.js';
import type { ConversationDeps } from '../../../src/domain/conversation/conversation-deps.js';
import { takeIn } from '../../../src/domain/conversation/take-in.js';
import { createClient } from '../../../src/domain/people/clients.js';
import { createMentor } from '../../../src/domain/people/mentors.js';
import { acknowledgeAlertChoice } from '../../../src/domain/safety/alerts.js';
import { crisisWordMatcher, defaultCrisisWords } from '../../../src/domain/safety/crisis-words.js';
import { createTranslator } from '../../../src/i18n/translator.js';
import { useTestDatabase } from '../../support/test-database.js';
import { createTestMediaStore } from '../../support/test-media.js';

const database = useTestDatabase();
const translator = createTranslator();
let now = new Date('2026-05-04T10:00:00Z');
let eventId = 0;

let media: Awaited<ReturnType<typeof createTestMediaStore>>;
beforeAll(async () => {
  media = await createTestMediaStore();
});
afterAll(async () => {
  await media.close();
});

const deps = (): ConversationDeps => ({
  db: database.db,
  translator,
  mediaStore: media.store,
  clock: () => now,
  safety: { isCrisis: crisisWordMatcher(defaultCrisisWords), crisisContactsText: '113' },
  publicUrl: 'http://console.test',
  digest: createKeyedDigest('bot-actors-test-key-0123456789abcdef'),
});

const choice = (chat: string, data: string) => ({ type: 'choice' as const, eventId: `bot-actors-${++eventId}`, from: { channel: 'telegram' as const, externalId: chat, chatId: chat }, data });
const sentences = (entries: Awaited<ReturnType<typeof listAuditTrail>>['items']) =>
  entries.map((entry) => describeEntry(entry, { t: (id, args) => translator.t('en', id, args), language: 'en', date: (date) => date }).sentence);

describe('what people do in the bot, in the audit trail', () => {
  it('records consent given and withdrawn as the client’s own doing', async () => {
    const { db } = database;
    const conversation = deps();
    const mentor = await createMentor(db, { name: 'Laura Ozola' }, 'admin');
    const olena = await createClient(db, { name: 'Olena Petrenko', mentorId: mentor.id, language: 'uk', timezone: 'Europe/Riga', checkinTime: '09:00' }, 'admin', now);
    await db.insertInto('channel_accounts').values({ channel: 'telegram', external_id: 'olena', chat_id: 'olena', client_id: olena.id }).execute();

    await takeIn(conversation, choice('olena', consentChoice.pack({ answer: 'yes' })));
    now = new Date('2026-05-04T10:05:00Z');
    await takeIn(conversation, choice('olena', consentChoice.pack({ answer: 'yes' })));
    now = new Date('2026-05-05T18:00:00Z');
    await takeIn(conversation, choice('olena', consentChoice.pack({ answer: 'no' })));

    const trail = await listAuditTrail(db, { clientIds: [olena.id], action: 'consent.*' }, { timeZone: 'Europe/Riga' });
    expect(trail.items.map((item) => [item.at.toISOString(), item.action, item.actor, item.details])).toEqual([
      ['2026-05-05T18:00:00.000Z', 'consent.withdrawn', { kind: 'client', id: olena.id, name: 'Olena Petrenko' }, { method: 'bot' }],
      ['2026-05-04T10:00:00.000Z', 'consent.given', { kind: 'client', id: olena.id, name: 'Olena Petrenko' }, { method: 'bot' }],
    ]);
    expect(sentences(trail.items)).toEqual(['Olena Petrenko withdrew their consent in the bot', 'Olena Petrenko agreed in the bot to keep in touch']);
  });

  it('records a mentor’s acknowledgement of an alert with its kind, as the mentor’s', async () => {
    const { db } = database;
    const conversation = deps();
    const mentor = await createMentor(db, { name: 'Pavel Orlov' }, 'admin');
    const marta = await createClient(db, { name: 'Marta Kalniņa', mentorId: mentor.id, language: 'lv', timezone: 'Europe/Riga', checkinTime: '09:00', consentGiven: true }, 'admin', now);
    await db.insertInto('channel_accounts').values({ channel: 'telegram', external_id: 'pavel', chat_id: 'pavel', mentor_id: mentor.id }).execute();
    const alert = await db.insertInto('alerts').values({ client_id: marta.id, mentor_id: mentor.id, kind: 'low_mood', created_at: now }).returning('id').executeTakeFirstOrThrow();

    now = new Date('2026-05-06T07:30:00Z');
    await takeIn(conversation, choice('pavel', acknowledgeAlertChoice.pack({ alertId: alert.id })));
    await takeIn(conversation, choice('pavel', acknowledgeAlertChoice.pack({ alertId: alert.id })));

    const trail = await listAuditTrail(db, { clientIds: [marta.id], action: 'alert.*' }, { timeZone: 'Europe/Riga' });
    expect(trail.items.map((item) => [item.at.toISOString(), item.actor.id, item.subject])).toEqual([
      ['2026-05-06T07:30:00.000Z', mentor.id, { type: 'alert', id: alert.id, name: null, clientId: marta.id, clientName: 'Marta Kalniņa' }],
    ]);
    expect(sentences(trail.items)).toEqual(['Pavel Orlov acknowledged the alert about Marta Kalniņa: Low mood']);
  });
});
