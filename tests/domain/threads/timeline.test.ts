import { describe, expect, it } from 'vitest';
import { createClient } from '../../../src/domain/people/clients.js';
import { createMentor } from '../../../src/domain/people/mentors.js';
import { cancelTask, requestRedo } from '../../../src/domain/tasks/tasks.js';
import { clientTimeline, isClientMedia, timelineWatermark, type TimelineItem } from '../../../src/domain/threads/timeline.js';
import { inScope } from '../../../src/domain/turn/scope.js';
import { createTranslator } from '../../../src/i18n/translator.js';
import { useTestDatabase } from '../../support/test-database.js';

const database = useTestDatabase();
const now = new Date('2026-11-20T10:00:00Z');
const deps = { translator: createTranslator(), clock: () => now };
const at = (minutes: number) => new Date(now.getTime() - minutes * 60_000);

async function caseOf(name: string) {
  const { db } = database;
  const mentor = await createMentor(db, { name: `${name}’s mentor` }, 'test');
  const client = await createClient(db, { name, mentorId: mentor.id, language: 'en', timezone: 'Europe/Riga', checkinTime: '09:00', consentGiven: true }, 'test', at(600));
  const thread = await db.selectFrom('threads').select('id').where('client_id', '=', client.id).executeTakeFirstOrThrow();
  const media = async (sha: string, type: string) =>
    (await db.insertInto('media').values({ sha256: sha.padEnd(64, '0'), content_type: type, size_bytes: 10 }).returning('id').executeTakeFirstOrThrow()).id;
  const message = async (fields: { direction: 'inbound' | 'outbound'; author: 'client' | 'mentor' | 'staff' | 'system'; text: string; at: Date | string; mediaId?: string; staffId?: string }) =>
    (
      await db
        .insertInto('messages')
        .values({
          thread_id: thread.id,
          direction: fields.direction,
          author: fields.author,
          author_mentor_id: fields.author === 'mentor' ? mentor.id : null,
          author_staff_id: fields.staffId ?? null,
          kind: fields.mediaId ? 'photo' : 'text',
          text: fields.text,
          media_id: fields.mediaId ?? null,
          channel: fields.author === 'staff' ? null : 'telegram',
          created_at: fields.at,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  return { mentor, client, media, message };
}

const describeItem = (item: TimelineItem) => {
  switch (item.type) {
    case 'message':
      return `${item.direction} ${item.author} ${item.authorName ?? '-'}: ${item.text}${item.mediaType ? ` [${item.mediaType}]` : ''}`;
    case 'checkin':
      return `checkin ${item.date} ${item.answered ? item.mood : 'asked'}`;
    case 'task':
      return `task ${item.event} ${item.title}${item.mediaType ? ` [${item.mediaType}]` : ''}`;
    case 'alert':
      return `alert ${item.kind}${item.acknowledgedAt ? ' acknowledged' : ''}`;
    case 'note':
      return `note ${item.authorName}: ${item.text}`;
    case 'assignment':
      return `${item.event} ${item.mentorName}`;
  }
};

describe('a client’s timeline', () => {
  it('tells the case oldest first: messages both ways, check-ins, tasks and their evidence, alerts, notes and mentors', async () => {
    const { db } = database;
    const { mentor, client, media, message } = await caseOf('Olena');
    const staff = await db.insertInto('staff').values({ email: 'ilze@example.org', name: 'Ilze', role: 'coordinator' }).returning('id').executeTakeFirstOrThrow();
    const photo = await media('a', 'image/jpeg');
    await message({ direction: 'inbound', author: 'client', text: 'Hello', at: at(500) });
    await message({ direction: 'outbound', author: 'mentor', text: 'Hi Olena', at: at(490) });
    await message({ direction: 'outbound', author: 'system', text: 'a system line nobody wrote', at: at(485) });
    await message({ direction: 'outbound', author: 'staff', text: 'From the office', at: at(480), staffId: staff.id });
    await message({ direction: 'inbound', author: 'client', text: 'My kitchen', at: at(470), mediaId: photo });
    await db.insertInto('checkins').values({ client_id: client.id, local_date: '2026-11-19', prompted_at: at(460), answered_at: at(450), mood: 2 }).execute();
    await db.insertInto('checkins').values({ client_id: client.id, local_date: '2026-11-20', prompted_at: at(180) }).execute();
    const worksheet = await media('b', 'application/pdf');
    const task = await db.insertInto('tasks').values({ client_id: client.id, title: 'Cook dinner', worksheet_media_id: worksheet, created_at: at(440) }).returning('id').executeTakeFirstOrThrow();
    const evidence = await media('c', 'image/png');
    await db.insertInto('task_evidence').values({ task_id: task.id, media_id: evidence, created_at: at(430) }).execute();
    await db.updateTable('tasks').set({ status: 'submitted' }).where('id', '=', task.id).execute();
    await inScope(db, deps, (scope) => requestRedo(scope, task.id, 'Once more', 'test'));
    await db.updateTable('audit_log').set({ created_at: at(420) }).where('action', '=', 'task.redo').execute();
    await inScope(db, deps, (scope) => cancelTask(scope, task.id, 'test'));
    await db.updateTable('audit_log').set({ created_at: at(410) }).where('action', '=', 'task.cancel').execute();
    // What the task notices told the client is in the thread too; at their own times, out of the way here.
    await db.deleteFrom('messages').where('text', 'like', '%Cook dinner%').execute();
    await db.insertInto('alerts').values({ client_id: client.id, mentor_id: mentor.id, kind: 'low_mood', created_at: at(400), acknowledged_at: at(300) }).execute();
    await db.insertInto('case_notes').values({ client_id: client.id, mentor_id: mentor.id, text: 'Likes mornings', created_at: at(390) }).execute();
    await db.insertInto('case_notes').values({ client_id: client.id, author_staff_id: staff.id, text: 'Called the office', created_at: at(380) }).execute();

    const items = await clientTimeline(db, client.id, { withNotes: true });
    expect(items.map(describeItem)).toEqual([
      'started Olena’s mentor',
      'inbound client -: Hello',
      'outbound mentor Olena’s mentor: Hi Olena',
      'outbound staff Ilze: From the office',
      'inbound client -: My kitchen [image/jpeg]',
      'checkin 2026-11-19 2',
      'task created Cook dinner [application/pdf]',
      'task shown-done Cook dinner [image/png]',
      'task redo Cook dinner',
      'task cancelled Cook dinner',
      'alert low_mood acknowledged',
      'note Olena’s mentor: Likes mornings',
      'note Ilze: Called the office',
      'checkin 2026-11-20 asked',
    ]);
    // The alert stands where it was raised, and changed when it was acknowledged.
    const alert = items.find((item) => item.type === 'alert');
    expect([alert?.at, alert?.changedAt]).toEqual([at(400), at(300)]);
    expect((await clientTimeline(db, client.id, { withNotes: false })).some((item) => item.type === 'note')).toBe(false);
    expect((await clientTimeline(db, client.id, { withNotes: true, limit: 2 })).map(describeItem)).toEqual(['note Ilze: Called the office', 'checkin 2026-11-20 asked']);
  });

  it('gives from a moment on only what happened or changed after it, and where to go on from', async () => {
    const { db } = database;
    const { client, message } = await caseOf('Taras');
    await message({ direction: 'inbound', author: 'client', text: 'First', at: '2026-11-20T09:00:00.123Z' });
    const first = await clientTimeline(db, client.id, { withNotes: true });
    const mark = timelineWatermark(first, new Date(0));
    expect(mark.toISOString()).toBe('2026-11-20T09:00:00.123Z');
    expect(await clientTimeline(db, client.id, { since: mark, withNotes: true })).toEqual([]);

    const reply = await message({ direction: 'outbound', author: 'mentor', text: 'Second', at: '2026-11-20T09:05:00Z' });
    const account = await db.insertInto('channel_accounts').values({ channel: 'telegram', external_id: 't', chat_id: 't', client_id: client.id }).returning('id').executeTakeFirstOrThrow();
    await db
      .insertInto('deliveries')
      .values({ account_id: account.id, channel: 'telegram', recipient_chat_id: 't', message_id: reply, payload: '{}', next_attempt_at: at(55), updated_at: '2026-11-20T09:05:00Z' })
      .execute();
    const second = await clientTimeline(db, client.id, { since: mark, withNotes: true });
    expect(second.map(describeItem)).toEqual(['outbound mentor Taras’s mentor: Second']);
    expect(second[0]).toMatchObject({ deliveryStatus: 'pending' });
    const next = timelineWatermark(second, mark);
    expect(next.toISOString()).toBe('2026-11-20T09:05:00.000Z');

    await db.updateTable('deliveries').set({ status: 'delivered', updated_at: '2026-11-20T09:06:00Z' }).where('message_id', '=', reply).execute();
    const moved = await clientTimeline(db, client.id, { since: next, withNotes: true });
    expect(moved.map(describeItem)).toEqual(['outbound mentor Taras’s mentor: Second']);
    expect(moved[0]).toMatchObject({ deliveryStatus: 'delivered', at: new Date('2026-11-20T09:05:00Z'), changedAt: new Date('2026-11-20T09:06:00Z') });
    expect(timelineWatermark(moved, next).toISOString()).toBe('2026-11-20T09:06:00.000Z');
    expect(await clientTimeline(db, client.id, { since: new Date('2026-11-20T09:06:00Z'), withNotes: true })).toEqual([]);
  });
});

describe('a client’s media', () => {
  it('is what their thread carried, their evidence showed and their worksheets are, and nothing of anyone else', async () => {
    const { db } = database;
    const olena = await caseOf('Olena M.');
    const omar = await caseOf('Omar');
    const inThread = await olena.media('d', 'image/jpeg');
    await olena.message({ direction: 'inbound', author: 'client', text: 'photo', at: at(10), mediaId: inThread });
    const sheet = await olena.media('e', 'application/pdf');
    const task = await db.insertInto('tasks').values({ client_id: olena.client.id, title: 'Sheet', worksheet_media_id: sheet }).returning('id').executeTakeFirstOrThrow();
    const shown = await olena.media('f', 'image/jpeg');
    await db.insertInto('task_evidence').values({ task_id: task.id, media_id: shown }).execute();
    const omars = await omar.media('g', 'image/jpeg');
    await omar.message({ direction: 'inbound', author: 'client', text: 'mine', at: at(10), mediaId: omars });

    for (const media of [inThread, sheet, shown]) expect(await isClientMedia(db, olena.client.id, media)).toBe(true);
    expect(await isClientMedia(db, olena.client.id, omars)).toBe(false);
    expect(await isClientMedia(db, omar.client.id, inThread)).toBe(false);
  });
});
