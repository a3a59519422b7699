import { describe, expect, it } from 'vitest';
import { createClient } from '../../../src/domain/people/clients.js';
import { loadClientContext, type ClientContext } from '../../../src/domain/people/contexts.js';
import { createMentor } from '../../../src/domain/people/mentors.js';
import { consoleWriterFor, uploadContent, writeFromConsole } from '../../../src/domain/threads/console-messages.js';
import { inScope } from '../../../src/domain/turn/scope.js';
import { createTranslator } from '../../../src/i18n/translator.js';
import { useTestDatabase } from '../../support/test-database.js';

const database = useTestDatabase();
const now = new Date('2026-11-20T10:00:00Z');
const deps = { translator: createTranslator(), clock: () => now };
const context = (fields: Partial<ClientContext>): ClientContext => ({
  id: 'c',
  name: 'Anna',
  language: 'en',
  timezone: 'Europe/Riga',
  status: 'active',
  consentGiven: true,
  consentMethod: 'in_person',
  mentor: null,
  inactiveMentor: null,
  interpreter: null,
  ...fields,
});
const laura = { id: 'm-laura', name: 'Laura', language: 'en', timezone: 'Europe/Riga', active: true };

describe('who writes from the console', () => {
  it('is the client’s mentor, under the mentor’s own name, when a mentor writes to their own client', () => {
    expect(consoleWriterFor({ staffId: 's1', name: 'Laura Ozola', mentorId: 'm-laura' }, context({ mentor: laura }))).toEqual({ kind: 'mentor', mentorId: 'm-laura', name: 'Laura' });
    expect(consoleWriterFor({ staffId: 's1', name: 'Laura Ozola', mentorId: 'm-laura' }, context({ inactiveMentor: { id: 'm-laura', name: 'Laura' } }))).toEqual({ kind: 'mentor', mentorId: 'm-laura', name: 'Laura' });
  });

  it('is a staff member for a coordinator, or a mentor writing to someone else’s client', () => {
    expect(consoleWriterFor({ staffId: 's2', name: 'Ilze', mentorId: null }, context({ mentor: laura }))).toEqual({ kind: 'staff', staffId: 's2', name: 'Ilze' });
    expect(consoleWriterFor({ staffId: 's3', name: 'Pēteris', mentorId: 'm-peteris' }, context({ mentor: laura }))).toEqual({ kind: 'staff', staffId: 's3', name: 'Pēteris' });
  });
});

describe('a file written from the console', () => {
  it('goes as a photo when every chat shows it as one, as a document with its own name otherwise', () => {
    expect(uploadContent('Hi', null)).toEqual({ kind: 'text', text: 'Hi' });
    expect(uploadContent(null, { mediaId: 'a', contentType: 'image/png', fileName: 'x.png' })).toEqual({ kind: 'photo', text: null, mediaId: 'a' });
    expect(uploadContent('Rules', { mediaId: 'b', contentType: 'application/pdf', fileName: 'C:\\Users\\laura\\rules "final".pdf' })).toEqual({
      kind: 'document',
      text: 'Rules',
      mediaId: 'b',
      fileName: 'rules final.pdf',
    });
    expect(uploadContent(null, { mediaId: 'c', contentType: 'image/gif', fileName: '/tmp/\n' })).toEqual({ kind: 'document', text: null, mediaId: 'c', fileName: 'file' });
  });
});

describe('writing from the console', () => {
  it('stores the message and sends it to the client, with no copy when the client has no mentor to read it', async () => {
    const { db } = database;
    const mentor = await createMentor(db, { name: 'Laura' }, 'test');
    const client = await createClient(db, { name: 'Omar', mentorId: null, language: 'ru', timezone: 'Europe/Riga', checkinTime: '09:00', consentGiven: true }, 'test', now);
    await db.insertInto('channel_accounts').values({ channel: 'telegram', external_id: 'omar', chat_id: 'omar', client_id: client.id }).execute();
    await db.insertInto('channel_accounts').values({ channel: 'telegram', external_id: 'laura', chat_id: 'laura', mentor_id: mentor.id }).execute();
    const omar = (await loadClientContext(db, client.id))!;
    const staff = await db.insertInto('staff').values({ email: 'ilze@example.org', name: 'Ilze', role: 'coordinator' }).returning('id').executeTakeFirstOrThrow();
    const stored = await inScope(db, deps, (scope) => writeFromConsole(scope, { kind: 'staff', staffId: staff.id, name: 'Ilze' }, omar, { kind: 'text', text: 'Здравствуйте' }));
    const message = await db.selectFrom('messages').selectAll().where('id', '=', stored ?? '').executeTakeFirstOrThrow();
    expect(message).toMatchObject({ author: 'staff', author_staff_id: staff.id, direction: 'outbound', text: 'Здравствуйте' });
    const deliveries = await db.selectFrom('deliveries').select(['recipient_chat_id', 'payload']).execute();
    expect(deliveries.map((d) => [d.recipient_chat_id, (d.payload as { payload: { text: string } }).payload.text])).toEqual([['omar', `${deps.translator.t('ru', 'from-staff', { mentor: 'Ilze' })}\nЗдравствуйте`]]);
  });
});
