import { createHash } from 'node:crypto';
import type { Insertable, Kysely } from 'kysely';
import type { AlertTable, Database, DeliveryStatus } from '../../src/db/database.js';
import { createClient } from '../../src/domain/people/clients.js';
import { createMentor } from '../../src/domain/people/mentors.js';
import type { MediaStore, StoredMedia } from '../../src/media/media-store.js';
import { cleanJpeg, stored } from '../support/test-media.js';

/** The instant the export is made: 10:00 UTC on a Friday. */
export const exportedAt = new Date('2026-11-20T10:00:00.000Z');

const enrolled = new Date('2026-05-04T08:00:00.000Z');
/** When the client moved from her first mentor to her second. */
const reassigned = new Date('2026-08-03T09:00:00.000Z');
const iso = (at: Date) => at.toISOString();
const hours = (from: Date, count: number) => new Date(from.getTime() + count * 3_600_000);
const minutes = (from: Date, count: number) => new Date(from.getTime() + count * 60_000);

/** Platform ids and secrets of the seeded people: none of them may be in an export. */
export const platformIds = ['777000111', '380509999999@c.us', '555000222', 'tg-msg-', 'tg-k1', 'tg-k2', 'hash-of-an-invite-code', 'wa-marta-1'];

const pdf = (label: string) => Buffer.from(`%PDF-1.4\n% ${label}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`);

export interface SeededFile {
  media: StoredMedia;
  name: string;
  bytes: Buffer;
}

/**
 * A client with six months of history, through the tables as the service
 * writes them, at set times: 410 messages both ways (photos, a document, a
 * location, edits, a reply, a file too large to take, one whose file is gone
 * from disk), sixty check-ins, tasks with a worksheet and evidence, notes,
 * alerts, two mentors one after the other, two messengers. Another client of
 * the same mentor has a photo and a note of her own. Returns the ids, the
 * stored files and what each JSON file of her export must hold.
 */
export async function seedLongHistory(db: Kysely<Database>, store: MediaStore) {
  const anna = await createMentor(db, { name: 'Anna Bērziņa', timezone: 'Europe/Riga', languages: ['lv', 'uk'] }, 'admin');
  const petro = await createMentor(db, { name: 'Petro Koval', timezone: 'Europe/Riga', languages: ['uk'] }, 'admin');
  const ilze = await db.insertInto('staff').values({ email: 'ilze@example.org', name: 'Ilze Kalniņa', role: 'coordinator' }).returning('id').executeTakeFirstOrThrow();
  const olena = await createClient(
    db,
    {
      name: 'Олена Петренко',
      mentorId: anna.id,
      language: 'uk',
      timezone: 'Europe/Kyiv',
      checkinTime: '09:30',
      checkinDays: ['mon', 'tue', 'wed', 'thu', 'fri'],
      checkinsPausedUntil: '2026-12-01',
      weeklySummaryDay: 'fri',
      phone: '+380501234567',
      consentGiven: true,
      country: 'Україна',
      programme: 'Resettlement',
    },
    'admin',
    enrolled,
  );
  const marta = await createClient(db, { name: 'Marta', mentorId: petro.id, language: 'lv', timezone: 'Europe/Riga', checkinTime: '09:00' }, 'admin', enrolled);
  const stoppedAt = new Date('2026-11-18T19:00:00.000Z');
  await db.updateTable('clients').set({ checkins_stopped_at: stoppedAt }).where('id', '=', olena.id).execute();
  await db.updateTable('assignments').set({ ended_at: reassigned }).where('client_id', '=', olena.id).execute();
  await db.insertInto('assignments').values({ client_id: olena.id, mentor_id: petro.id, started_at: reassigned }).execute();

  const account = (values: { channel: 'telegram' | 'whatsapp'; external: string; clientId?: string; mentorId?: string; createdAt: Date; revokedAt?: Date }) =>
    db
      .insertInto('channel_accounts')
      .values({
        channel: values.channel,
        external_id: values.external,
        chat_id: values.external,
        client_id: values.clientId ?? null,
        mentor_id: values.mentorId ?? null,
        status: values.revokedAt ? 'revoked' : 'active',
        revoked_at: values.revokedAt ?? null,
        created_at: values.createdAt,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
  const telegram = await account({ channel: 'telegram', external: '777000111', clientId: olena.id, createdAt: minutes(enrolled, 30) });
  const whatsapp = await account({ channel: 'whatsapp', external: '380509999999@c.us', clientId: olena.id, createdAt: new Date('2026-05-05T10:00:00.000Z'), revokedAt: new Date('2026-07-01T10:00:00.000Z') });
  const annaChat = await account({ channel: 'telegram', external: '555000222', mentorId: anna.id, createdAt: enrolled });
  await db.insertInto('invites').values({ code_hash: 'hash-of-an-invite-code', client_id: olena.id, expires_at: hours(enrolled, 168) }).execute();

  const put = async (bytes: Buffer, type: string): Promise<SeededFile> => {
    const media = stored(await store.put(db, bytes, type));
    return { media, bytes, name: `media/${media.sha256}.${type === 'application/pdf' ? 'pdf' : 'jpg'}` };
  };
  const files = {
    kitchen: await put(await cleanJpeg('kitchen'), 'image/jpeg'),
    mentorPhoto: await put(await cleanJpeg('mentor photo'), 'image/jpeg'),
    form: await put(pdf('the language course form'), 'application/pdf'),
    worksheet: await put(pdf('a worksheet'), 'application/pdf'),
    evidence: await put(await cleanJpeg('evidence'), 'image/jpeg'),
  };
  const martasPhoto = await put(await cleanJpeg('marta'), 'image/jpeg');
  // A file the database knows of that is no longer on disk.
  const lostSha = createHash('sha256').update('a receipt lost from the disk').digest('hex');
  const lost = await db.insertInto('media').values({ sha256: lostSha, content_type: 'image/jpeg', size_bytes: 4321 }).returning('id').executeTakeFirstOrThrow();
  const lostName = `media/${lostSha}.jpg`;

  const threadOf = async (clientId: string) => (await db.selectFrom('threads').select('id').where('client_id', '=', clientId).executeTakeFirstOrThrow()).id;
  const thread = await threadOf(olena.id);
  const mentorAt = (at: Date) => (at < reassigned ? anna : petro);

  // Four hundred plain messages, every six hours, the mentor's answers read, delivered or failed on her side.
  const regular = Array.from({ length: 400 }, (_, i) => {
    const at = hours(new Date('2026-05-04T09:00:00.000Z'), 6 * i);
    const inbound = i % 2 === 0;
    const status: DeliveryStatus = i % 10 === 1 ? 'delivered' : i % 10 === 3 ? 'failed' : 'read';
    return { i, at, inbound, text: inbound ? `Повідомлення ${i}` : `Відповідь ${i}`, mentor: inbound ? null : mentorAt(at), status };
  });
  const inserted = await db
    .insertInto('messages')
    .values(
      regular.map((m) => ({
        thread_id: thread,
        direction: m.inbound ? ('inbound' as const) : ('outbound' as const),
        author: m.inbound ? ('client' as const) : ('mentor' as const),
        author_mentor_id: m.mentor?.id ?? null,
        kind: 'text' as const,
        text: m.text,
        channel: 'telegram' as const,
        external_id: `tg-msg-${m.i}`,
        created_at: m.at,
      })),
    )
    .returning(['id', 'text'])
    .execute();
  const idOf = new Map(inserted.map((row) => [row.text, row.id]));
  const delivery = (messageId: string, accountId: string, chat: string, status: DeliveryStatus, at: Date) => ({
    account_id: accountId,
    channel: chat.includes('@') ? ('whatsapp' as const) : ('telegram' as const),
    recipient_chat_id: chat,
    message_id: messageId,
    payload: JSON.stringify({ payload: { kind: 'text', text: 'copy' }, replyToExternalId: null }),
    status,
    next_attempt_at: at,
    created_at: at,
    external_id: `tg-msg-out-${messageId}`,
  });
  await db
    .insertInto('deliveries')
    .values(
      regular.flatMap((m) => {
        const id = idOf.get(m.text) ?? '';
        // A client's message relayed to the mentor: a delivery, but not one to her.
        if (m.inbound) return [delivery(id, annaChat.id, '555000222', 'sent', m.at)];
        // Sent once to her old WhatsApp too, which failed for good: the furthest status counts.
        const extra = m.i % 50 === 5 ? [delivery(id, whatsapp.id, '380509999999@c.us', 'dead', m.at)] : [];
        return [delivery(id, telegram.id, '777000111', m.status, m.at), ...extra];
      }),
    )
    .execute();

  const message = async (values: {
    at: Date;
    direction: 'inbound' | 'outbound';
    author: 'client' | 'mentor' | 'staff' | 'system';
    mentorId?: string;
    staffId?: string;
    kind: 'text' | 'photo' | 'document' | 'video' | 'location' | 'system';
    text: string | null;
    mediaId?: string;
    mediaProblem?: 'too_large';
    location?: { latitude: number; longitude: number };
    replyTo?: string;
    external?: string;
    editedAt?: Date;
    delivered?: DeliveryStatus;
  }) => {
    const row = await db
      .insertInto('messages')
      .values({
        thread_id: thread,
        direction: values.direction,
        author: values.author,
        author_mentor_id: values.mentorId ?? null,
        author_staff_id: values.staffId ?? null,
        kind: values.kind,
        text: values.text,
        media_id: values.mediaId ?? null,
        media_problem: values.mediaProblem ?? null,
        location: values.location ?? null,
        reply_to_message_id: values.replyTo ?? null,
        channel: 'telegram',
        external_id: values.external ?? null,
        edited_at: values.editedAt ?? null,
        created_at: values.at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (values.delivered) await db.insertInto('deliveries').values(delivery(row.id, telegram.id, '777000111', values.delivered, values.at)).execute();
    return row.id;
  };
  const s = {
    kitchen: await message({ at: new Date('2026-10-01T07:15:00.000Z'), direction: 'inbound', author: 'client', kind: 'photo', text: 'Моя кухня', mediaId: files.kitchen.media.id, external: 'tg-k1' }),
    kitchenAgain: await message({ at: new Date('2026-10-01T07:16:00.000Z'), direction: 'inbound', author: 'client', kind: 'photo', text: null, mediaId: files.kitchen.media.id, external: 'tg-k2' }),
    mentorPhoto: await message({ at: new Date('2026-10-01T08:00:00.000Z'), direction: 'outbound', author: 'mentor', mentorId: petro.id, kind: 'photo', text: 'Чудово!', mediaId: files.mentorPhoto.media.id, delivered: 'read' }),
    form: await message({ at: new Date('2026-10-02T10:00:00.000Z'), direction: 'outbound', author: 'staff', staffId: ilze.id, kind: 'document', text: 'Анкета для курсів', mediaId: files.form.media.id, delivered: 'delivered' }),
    system: await message({ at: new Date('2026-10-02T10:01:00.000Z'), direction: 'inbound', author: 'system', kind: 'system', text: 'Повідомлення не вдалося обробити' }),
    tooLarge: await message({ at: new Date('2026-10-03T12:00:00.000Z'), direction: 'inbound', author: 'client', kind: 'video', text: 'Відео з курсів', mediaProblem: 'too_large' }),
    location: await message({ at: new Date('2026-10-04T12:00:00.000Z'), direction: 'inbound', author: 'client', kind: 'location', text: null, location: { latitude: 56.9496, longitude: 24.1052 } }),
    edited: await message({ at: new Date('2026-10-05T08:00:00.000Z'), direction: 'inbound', author: 'client', kind: 'text', text: 'Буду о 10:00', editedAt: new Date('2026-10-05T08:05:00.000Z') }),
  };
  await db
    .insertInto('message_edits')
    .values([
      { message_id: s.edited, previous_text: 'Буду о 9', edited_at: new Date('2026-10-05T08:02:00.000Z') },
      { message_id: s.edited, previous_text: 'Буду о 9:30', edited_at: new Date('2026-10-05T08:05:00.000Z') },
    ])
    .execute();
  const reply = await message({ at: new Date('2026-10-05T08:10:00.000Z'), direction: 'outbound', author: 'mentor', mentorId: petro.id, kind: 'text', text: 'Добре, чекаю', replyTo: s.edited, delivered: 'read' });
  const receipt = await message({ at: new Date('2026-10-06T09:00:00.000Z'), direction: 'inbound', author: 'client', kind: 'photo', text: 'Квитанція', mediaId: lost.id });
  const martasThread = await threadOf(marta.id);
  await db.insertInto('messages').values({ thread_id: martasThread, direction: 'inbound', author: 'client', kind: 'photo', text: 'Marta’s own photo', media_id: martasPhoto.media.id, channel: 'whatsapp', external_id: 'wa-marta-1', created_at: enrolled }).execute();

  // Sixty days of the daily question: mostly answered, every seventh missed after a reminder, today's still open.
  const checkins = Array.from({ length: 60 }, (_, index) => {
    const date = new Date(Date.UTC(2026, 8, 22 + index)).toISOString().slice(0, 10);
    const promptedAt = new Date(`${date}T06:30:00.000Z`);
    const today = index === 59;
    const missed = index % 7 === 3;
    const answered = !today && !missed;
    return {
      date,
      promptedAt: iso(promptedAt),
      remindedAt: missed ? iso(hours(promptedAt, 3)) : null,
      answeredAt: answered ? iso(minutes(promptedAt, 10)) : null,
      mood: answered ? (index % 5) + 1 : null,
      source: answered ? 'button' : null,
    };
  });
  const checkinIds = await db
    .insertInto('checkins')
    .values(
      checkins.map((c) => ({
        client_id: olena.id,
        local_date: c.date,
        prompted_at: c.promptedAt,
        reminded_at: c.remindedAt,
        answered_at: c.answeredAt,
        mood: c.mood,
        source: c.source,
      })),
    )
    .returning(['id', 'local_date'])
    .execute();
  const lowMoodCheckin = checkinIds.find((c) => c.local_date === '2026-09-22')?.id ?? '';

  const task = async (values: {
    title: string;
    details?: string;
    dueDate?: string;
    worksheet?: string;
    status: 'assigned' | 'submitted' | 'approved';
    mentorId: string;
    comment?: string;
    createdAt: Date;
    updatedAt: Date;
    submittedAt?: Date;
    approvedAt?: Date;
    evidence?: { mediaId: string | null; caption: string | null; at: Date; messageId?: string };
  }) => {
    const row = await db
      .insertInto('tasks')
      .values({
        client_id: olena.id,
        mentor_id: values.mentorId,
        title: values.title,
        details: values.details ?? null,
        due_date: values.dueDate ?? null,
        worksheet_media_id: values.worksheet ?? null,
        status: values.status,
        mentor_comment: values.comment ?? null,
        created_at: values.createdAt,
        updated_at: values.updatedAt,
        submitted_at: values.submittedAt ?? null,
        approved_at: values.approvedAt ?? null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (values.evidence) {
      await db
        .insertInto('task_evidence')
        .values({ task_id: row.id, media_id: values.evidence.mediaId, message_id: values.evidence.messageId ?? null, caption: values.evidence.caption, created_at: values.evidence.at })
        .execute();
    }
    return row.id;
  };
  const tidy = await task({
    title: 'Прибрати кімнату',
    status: 'submitted',
    mentorId: anna.id,
    createdAt: new Date('2026-06-10T09:00:00.000Z'),
    updatedAt: new Date('2026-06-11T19:00:00.000Z'),
    submittedAt: new Date('2026-06-11T19:00:00.000Z'),
    evidence: { mediaId: null, caption: null, at: new Date('2026-06-11T19:00:00.000Z') },
  });
  const course = await task({
    title: 'Записатися на мовні курси',
    details: 'Курси при бібліотеці',
    dueDate: '2026-10-15',
    worksheet: files.worksheet.media.id,
    status: 'approved',
    mentorId: petro.id,
    createdAt: new Date('2026-10-02T11:00:00.000Z'),
    updatedAt: new Date('2026-10-10T18:00:00.000Z'),
    submittedAt: new Date('2026-10-10T16:00:00.000Z'),
    approvedAt: new Date('2026-10-10T18:00:00.000Z'),
    evidence: { mediaId: files.evidence.media.id, caption: 'Я записалася!', at: new Date('2026-10-10T16:00:00.000Z') },
  });
  const receiptTask = await task({
    title: 'Принести квитанцію',
    status: 'assigned',
    mentorId: petro.id,
    comment: 'Додайте, будь ласка, фото квитанції',
    createdAt: new Date('2026-10-06T08:00:00.000Z'),
    updatedAt: new Date('2026-10-06T10:00:00.000Z'),
    submittedAt: new Date('2026-10-06T09:00:00.000Z'),
    evidence: { mediaId: lost.id, caption: 'Квитанція', at: new Date('2026-10-06T09:00:00.000Z'), messageId: receipt },
  });
  const doctor = await task({
    title: 'Знайти сімейного лікаря',
    dueDate: '2026-11-25',
    status: 'assigned',
    mentorId: petro.id,
    createdAt: new Date('2026-11-10T09:00:00.000Z'),
    updatedAt: new Date('2026-11-10T09:00:00.000Z'),
  });

  const note = async (values: { mentorId?: string; staffId?: string; clientId?: string; text: string; at: Date }) =>
    (
      await db
        .insertInto('case_notes')
        .values({ client_id: values.clientId ?? olena.id, mentor_id: values.mentorId ?? null, author_staff_id: values.staffId ?? null, text: values.text, created_at: values.at })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  const calls = await note({ mentorId: anna.id, text: 'Віддає перевагу дзвінкам після 17:00.', at: new Date('2026-06-01T15:00:00.000Z') });
  const asked = await note({ staffId: ilze.id, text: 'Попросила свої дані.', at: new Date('2026-11-19T12:00:00.000Z') });
  await note({ clientId: marta.id, mentorId: petro.id, text: 'Marta’s own note', at: enrolled });

  const alert = async (values: Omit<Insertable<AlertTable>, 'client_id' | 'mentor_id'>) =>
    (await db.insertInto('alerts').values({ client_id: olena.id, mentor_id: petro.id, ...values }).returning('id').executeTakeFirstOrThrow()).id;
  const lowMood = await alert({
    kind: 'low_mood',
    checkin_id: lowMoodCheckin,
    created_at: new Date('2026-09-22T06:41:00.000Z'),
    acknowledged_at: new Date('2026-09-22T06:50:00.000Z'),
    acknowledged_by: `mentor:${petro.id}`,
    resolved_at: new Date('2026-09-22T10:00:00.000Z'),
    resolved_by: `staff:${ilze.id}`,
    resolution_note: 'Подзвонила, з нею все гаразд.',
  });
  const missed = await alert({ kind: 'missed_checkins', created_at: new Date('2026-09-26T22:00:00.000Z'), acknowledged_at: new Date('2026-09-27T08:00:00.000Z'), acknowledged_by: 'admin' });
  const crisis = await alert({ kind: 'crisis_words', created_at: new Date('2026-10-07T20:00:00.000Z'), escalated_at: new Date('2026-10-07T20:30:00.000Z'), message_id: s.edited });

  const amir = await db.insertInto('staff').values({ name: 'Amir Haddad', role: 'interpreter', languages: ['uk'] }).returning('id').executeTakeFirstOrThrow();
  await db
    .insertInto('translations')
    .values({ message_id: s.edited, language: 'en', text: 'I will be there at 10:00', author_staff_id: amir.id, created_at: new Date('2026-10-05T08:06:00.000Z') })
    .execute();

  const plain = {
    channel: 'telegram',
    location: null,
    mediaFile: null,
    mediaProblem: null,
    replyTo: null,
    edits: [],
    translations: [],
  };
  const threadFile = [
    ...regular.map((m) => ({
      ...plain,
      id: idOf.get(m.text),
      createdAt: iso(m.at),
      direction: m.inbound ? 'inbound' : 'outbound',
      author: m.inbound ? 'client' : 'mentor',
      authorName: m.mentor?.name ?? null,
      kind: 'text',
      text: m.text,
      deliveryStatus: m.inbound ? null : m.status,
    })),
    { ...plain, id: s.kitchen, createdAt: '2026-10-01T07:15:00.000Z', direction: 'inbound', author: 'client', authorName: null, kind: 'photo', text: 'Моя кухня', mediaFile: files.kitchen.name, deliveryStatus: null },
    { ...plain, id: s.kitchenAgain, createdAt: '2026-10-01T07:16:00.000Z', direction: 'inbound', author: 'client', authorName: null, kind: 'photo', text: null, mediaFile: files.kitchen.name, deliveryStatus: null },
    { ...plain, id: s.mentorPhoto, createdAt: '2026-10-01T08:00:00.000Z', direction: 'outbound', author: 'mentor', authorName: 'Petro Koval', kind: 'photo', text: 'Чудово!', mediaFile: files.mentorPhoto.name, deliveryStatus: 'read' },
    { ...plain, id: s.form, createdAt: '2026-10-02T10:00:00.000Z', direction: 'outbound', author: 'staff', authorName: 'Ilze Kalniņa', kind: 'document', text: 'Анкета для курсів', mediaFile: files.form.name, deliveryStatus: 'delivered' },
    { ...plain, id: s.system, createdAt: '2026-10-02T10:01:00.000Z', direction: 'inbound', author: 'system', authorName: null, kind: 'system', text: 'Повідомлення не вдалося обробити', deliveryStatus: null },
    { ...plain, id: s.tooLarge, createdAt: '2026-10-03T12:00:00.000Z', direction: 'inbound', author: 'client', authorName: null, kind: 'video', text: 'Відео з курсів', mediaProblem: 'too_large', deliveryStatus: null },
    { ...plain, id: s.location, createdAt: '2026-10-04T12:00:00.000Z', direction: 'inbound', author: 'client', authorName: null, kind: 'location', text: null, location: { latitude: 56.9496, longitude: 24.1052 }, deliveryStatus: null },
    {
      ...plain,
      id: s.edited,
      createdAt: '2026-10-05T08:00:00.000Z',
      direction: 'inbound',
      author: 'client',
      authorName: null,
      kind: 'text',
      text: 'Буду о 10:00',
      deliveryStatus: null,
      edits: [
        { previousText: 'Буду о 9', editedAt: '2026-10-05T08:02:00.000Z' },
        { previousText: 'Буду о 9:30', editedAt: '2026-10-05T08:05:00.000Z' },
      ],
      translations: [{ language: 'en', text: 'I will be there at 10:00', interpreterName: 'Amir Haddad', createdAt: '2026-10-05T08:06:00.000Z' }],
    },
    { ...plain, id: reply, createdAt: '2026-10-05T08:10:00.000Z', direction: 'outbound', author: 'mentor', authorName: 'Petro Koval', kind: 'text', text: 'Добре, чекаю', replyTo: s.edited, deliveryStatus: 'read' },
    { ...plain, id: receipt, createdAt: '2026-10-06T09:00:00.000Z', direction: 'inbound', author: 'client', authorName: null, kind: 'photo', text: 'Квитанція', mediaFile: lostName, deliveryStatus: null },
  ];

  const client = {
    export: { exportedAt: iso(exportedAt), mediaFiles: 5, missing: [lostName] },
    profile: {
      id: olena.id,
      name: 'Олена Петренко',
      phone: '+380501234567',
      language: 'uk',
      timezone: 'Europe/Kyiv',
      country: 'Україна',
      programme: 'Resettlement',
      status: 'active',
      createdAt: iso(enrolled),
      updatedAt: iso(enrolled),
      endedAt: null,
    },
    consent: { given: true, recordedAt: iso(enrolled), method: 'in_person' },
    checkinSettings: { time: '09:30', days: ['mon', 'tue', 'wed', 'thu', 'fri'], weeklySummaryDay: 'fri', pausedUntil: '2026-12-01', stoppedAt: iso(stoppedAt) },
    assignments: [
      { mentorName: 'Anna Bērziņa', startedAt: iso(enrolled), endedAt: iso(reassigned) },
      { mentorName: 'Petro Koval', startedAt: iso(reassigned), endedAt: null },
    ],
    channelAccounts: [
      { channel: 'telegram', status: 'active', createdAt: '2026-05-04T08:30:00.000Z', revokedAt: null },
      { channel: 'whatsapp', status: 'revoked', createdAt: '2026-05-05T10:00:00.000Z', revokedAt: '2026-07-01T10:00:00.000Z' },
    ],
  };

  const tasks = [
    {
      id: tidy,
      title: 'Прибрати кімнату',
      details: null,
      status: 'submitted',
      dueDate: null,
      mentorName: 'Anna Bērziņa',
      mentorComment: null,
      worksheetFile: null,
      createdAt: '2026-06-10T09:00:00.000Z',
      submittedAt: '2026-06-11T19:00:00.000Z',
      approvedAt: null,
      updatedAt: '2026-06-11T19:00:00.000Z',
      evidence: [{ file: null, caption: null, createdAt: '2026-06-11T19:00:00.000Z' }],
    },
    {
      id: course,
      title: 'Записатися на мовні курси',
      details: 'Курси при бібліотеці',
      status: 'approved',
      dueDate: '2026-10-15',
      mentorName: 'Petro Koval',
      mentorComment: null,
      worksheetFile: files.worksheet.name,
      createdAt: '2026-10-02T11:00:00.000Z',
      submittedAt: '2026-10-10T16:00:00.000Z',
      approvedAt: '2026-10-10T18:00:00.000Z',
      updatedAt: '2026-10-10T18:00:00.000Z',
      evidence: [{ file: files.evidence.name, caption: 'Я записалася!', createdAt: '2026-10-10T16:00:00.000Z' }],
    },
    {
      id: receiptTask,
      title: 'Принести квитанцію',
      details: null,
      status: 'assigned',
      dueDate: null,
      mentorName: 'Petro Koval',
      mentorComment: 'Додайте, будь ласка, фото квитанції',
      worksheetFile: null,
      createdAt: '2026-10-06T08:00:00.000Z',
      submittedAt: '2026-10-06T09:00:00.000Z',
      approvedAt: null,
      updatedAt: '2026-10-06T10:00:00.000Z',
      evidence: [{ file: lostName, caption: 'Квитанція', createdAt: '2026-10-06T09:00:00.000Z' }],
    },
    {
      id: doctor,
      title: 'Знайти сімейного лікаря',
      details: null,
      status: 'assigned',
      dueDate: '2026-11-25',
      mentorName: 'Petro Koval',
      mentorComment: null,
      worksheetFile: null,
      createdAt: '2026-11-10T09:00:00.000Z',
      submittedAt: null,
      approvedAt: null,
      updatedAt: '2026-11-10T09:00:00.000Z',
      evidence: [],
    },
  ];

  const notes = [
    { id: calls, createdAt: '2026-06-01T15:00:00.000Z', authorName: 'Anna Bērziņa', text: 'Віддає перевагу дзвінкам після 17:00.' },
    { id: asked, createdAt: '2026-11-19T12:00:00.000Z', authorName: 'Ilze Kalniņa', text: 'Попросила свої дані.' },
  ];

  const unfollowed = { acknowledgedAt: null, acknowledgedBy: null, escalatedAt: null, resolvedAt: null, resolvedBy: null, resolutionNote: null, checkin: null };
  const alerts = [
    {
      ...unfollowed,
      id: lowMood,
      kind: 'low_mood',
      createdAt: '2026-09-22T06:41:00.000Z',
      checkin: { date: '2026-09-22', mood: 1 },
      acknowledgedAt: '2026-09-22T06:50:00.000Z',
      acknowledgedBy: 'Petro Koval',
      resolvedAt: '2026-09-22T10:00:00.000Z',
      resolvedBy: 'Ilze Kalniņa',
      resolutionNote: 'Подзвонила, з нею все гаразд.',
    },
    { ...unfollowed, id: missed, kind: 'missed_checkins', createdAt: '2026-09-26T22:00:00.000Z', acknowledgedAt: '2026-09-27T08:00:00.000Z', acknowledgedBy: 'admin' },
    { ...unfollowed, id: crisis, kind: 'crisis_words', createdAt: '2026-10-07T20:00:00.000Z', escalatedAt: '2026-10-07T20:30:00.000Z' },
  ];

  return {
    clientId: olena.id,
    otherClientId: marta.id,
    files,
    martasPhoto,
    lostName,
    expected: { client, thread: threadFile, checkins, tasks, notes, alerts },
  };
}
