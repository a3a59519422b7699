import { describe, expect, it } from 'vitest';
import { listAssignments } from '../../../src/domain/assignments/assignment-history.js';
import { updateClient } from '../../../src/domain/assignments/update-client.js';
import { createClient } from '../../../src/domain/people/clients.js';
import { createMentor } from '../../../src/domain/people/mentors.js';
import { appendThreadMessage } from '../../../src/domain/threads/thread-store.js';
import { createTranslator } from '../../../src/i18n/translator.js';
import { useTestDatabase } from '../../support/test-database.js';

const database = useTestDatabase();
const translator = createTranslator();
const at = (iso: string) => ({ translator, clock: () => new Date(iso) });

const texts = async (chat: string) =>
  (await database.db.selectFrom('deliveries').select('payload').where('recipient_chat_id', '=', chat).orderBy('seq').execute()).map(
    (d) => (d.payload as { payload: { text: string } }).payload.text,
  );

describe('changing who mentors a client', () => {
  it('ends the old assignment, starts the new one at the same instant, and hands the thread over', async () => {
    const { db } = database;
    const laura = await createMentor(db, { name: 'Laura' }, 'test');
    const ilze = await createMentor(db, { name: 'Ilze', languages: ['lv'] }, 'test');
    for (const mentor of [laura, ilze]) {
      await db.insertInto('channel_accounts').values({ channel: 'telegram', external_id: mentor.id, chat_id: mentor.id, mentor_id: mentor.id }).execute();
    }
    const anna = await createClient(db, { name: 'Anna', mentorId: laura.id, language: 'en', timezone: 'Europe/Riga', checkinTime: '09:00' }, 'test', new Date('2026-05-01T08:00:00Z'));
    await appendThreadMessage(db, { clientId: anna.id, direction: 'inbound', author: 'client', kind: 'text', text: 'I start the course on Monday' });

    const update = await updateClient(db, at('2026-05-04T10:00:00Z'), anna.id, { mentorId: ilze.id, programme: 'Resettlement' }, 'admin');
    expect(update.reassigned).toEqual({ fromMentorId: laura.id, toMentorId: ilze.id });
    expect(update.client).toMatchObject({ mentorId: ilze.id, programme: 'Resettlement' });
    const history = await listAssignments(db, anna.id);
    expect(history.map((a) => [a.mentorId, a.startedAt.toISOString(), a.endedAt?.toISOString() ?? null])).toEqual([
      [ilze.id, '2026-05-04T10:00:00.000Z', null],
      [laura.id, expect.any(String), '2026-05-04T10:00:00.000Z'],
    ]);
    expect(await texts(laura.id)).toEqual([translator.t('en', 'handed-away', { name: 'Anna' })]);
    const [handed] = await texts(ilze.id);
    expect(handed?.split('\n')[0]).toBe(translator.t('lv', 'handed-over', { name: 'Anna' }));
    expect(handed).toContain('I start the course on Monday');
  });

  it('changes the other fields alone, with no hand-over, and records which fields changed, from what to what', async () => {
    const { db } = database;
    const mentor = await createMentor(db, { name: 'Marta' }, 'test');
    const oleh = await createClient(db, { name: 'Oleh', mentorId: mentor.id, language: 'uk', timezone: 'Europe/Riga', checkinTime: '09:00' }, 'test', new Date('2026-05-01T08:00:00Z'));
    const update = await updateClient(db, at('2026-05-04T10:00:00Z'), oleh.id, { mentorId: mentor.id, checkinTime: '10:30' }, 'admin');
    expect(update.reassigned).toBeUndefined();
    expect(update.client.checkinTime).toBe('10:30');
    expect(update.client.updatedAt.toISOString()).toBe('2026-05-04T10:00:00.000Z');
    const audit = await db.selectFrom('audit_log').select(['id', 'details', 'client_id']).where('entity_id', '=', oleh.id).where('action', '=', 'client.updated').executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ details: { fields: ['checkinTime'] }, client_id: oleh.id });
    const changes = await db.selectFrom('audit_changes').select(['field', 'old_value', 'new_value']).where('audit_id', '=', audit.id).execute();
    expect(changes).toEqual([{ field: 'checkinTime', old_value: '09:00', new_value: '10:30' }]);
  });

  it('refuses a mentor that does not exist, and changes nothing', async () => {
    const { db } = database;
    const zane = await createClient(db, { name: 'Zane', mentorId: null, language: 'lv', timezone: 'Europe/Riga', checkinTime: '09:00' }, 'test', new Date('2026-05-01T08:00:00Z'));
    await expect(updateClient(db, at('2026-05-04T10:00:00Z'), zane.id, { mentorId: '00000000-0000-4000-8000-000000000000', name: 'Z' }, 'admin')).rejects.toMatchObject({
      code: 'UNKNOWN_MENTOR',
    });
    expect((await db.selectFrom('clients').select('name').where('id', '=', zane.id).executeTakeFirstOrThrow()).name).toBe('Zane');
  });
});
