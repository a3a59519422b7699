import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../src/i18n/translator.js';
import { releaseStaleHeldPhotos } from '../../../src/domain/tasks/task-evidence.js';
import { appendThreadMessage } from '../../../src/domain/threads/thread-store.js';
import { useTestDatabase } from '../../support/test-database.js';

const translator = createTranslator();

const database = useTestDatabase();

describe('photos held for a task question', () => {
  it('go on to the mentor as they are when the client does not answer within a quarter of an hour', async () => {
    const { db } = database;
    const mentor = await db.insertInto('mentors').values({ name: 'Laura' }).returning('id').executeTakeFirstOrThrow();
    await db.insertInto('channel_accounts').values({ channel: 'telegram', external_id: 'm1', chat_id: 'm1', mentor_id: mentor.id }).execute();
    const client = await db
      .insertInto('clients')
      .values({ name: 'Anna', language: 'en', timezone: 'Europe/Riga', checkin_time: '09:00', consent_given: true })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db.insertInto('threads').values({ client_id: client.id }).execute();
    await db.insertInto('assignments').values({ client_id: client.id, mentor_id: mentor.id }).execute();
    const media = await db.insertInto('media').values({ sha256: 'a'.repeat(64), content_type: 'image/jpeg', size_bytes: 10 }).returning('id').executeTakeFirstOrThrow();
    const message = await appendThreadMessage(db, { clientId: client.id, direction: 'inbound', author: 'client', kind: 'photo', text: 'My walk', mediaId: media.id });
    const heldAt = new Date('2026-06-01T10:00:00Z');
    await db
      .insertInto('channel_accounts')
      .values({
        channel: 'telegram',
        external_id: 'c1',
        chat_id: 'c1',
        client_id: client.id,
        pending_action: JSON.stringify({ type: 'evidence', messageId: message?.id, mediaId: media.id, caption: 'My walk', heldAt: heldAt.toISOString() }),
      })
      .execute();

    expect(await releaseStaleHeldPhotos(db, { translator }, { now: new Date('2026-06-01T10:14:00Z'), afterMs: 15 * 60_000 })).toBe(0);
    expect(await releaseStaleHeldPhotos(db, { translator }, { now: new Date('2026-06-01T10:16:00Z'), afterMs: 15 * 60_000 })).toBe(1);
    expect(await releaseStaleHeldPhotos(db, { translator }, { now: new Date('2026-06-01T10:17:00Z'), afterMs: 15 * 60_000 })).toBe(0);

    const sent = await db.selectFrom('deliveries').select(['payload', 'message_id']).where('recipient_chat_id', '=', 'm1').execute();
    expect(sent).toHaveLength(1);
    expect(sent[0]?.message_id).toBe(message?.id);
    expect((sent[0]?.payload as unknown as { payload: object }).payload).toMatchObject({ kind: 'photo', mediaId: media.id, caption: 'Anna (Telegram):\nMy walk' });
    const account = await db.selectFrom('channel_accounts').select('pending_action').where('external_id', '=', 'c1').executeTakeFirstOrThrow();
    expect(account.pending_action).toBeNull();
  });
});
