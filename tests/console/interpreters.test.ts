import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { translateMessage } from '../../src/domain/interpreting/translations.js';
import { toggleViaMode } from '../../src/domain/interpreting/via-interpreter.js';
import { inScope } from '../../src/domain/turn/scope.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { cleanJpeg, stored } from '../support/test-media.js';
import type { ConsoleSession } from '../support/console-session.js';
import { outboxTo, postWithFile, signedIn, valueOf } from './client-page-support.js';
import { minutesAgo, now, programme } from './clients-fixture.js';
import { giveInterpreter, interpreter } from './interpreter-fixture.js';
import { fieldProblem, fieldValue, textOf } from './programme-fixture.js';

let t: TestApp;
let p: ReturnType<typeof programme>;
/** The service's time: each test moves it on when one change must come after another. */
let clock: Date;
let laura: Awaited<ReturnType<ReturnType<typeof programme>['mentor']>>;
let peteris: typeof laura;
let ilze: Awaited<ReturnType<ReturnType<typeof programme>['coordinator']>>;
let amir: Awaited<ReturnType<typeof interpreter>>;
let anna: string;
let omar: string;

beforeEach(async () => {
  clock = now;
  t = await createTestApp({ clock: () => clock, telegramInviteLink: (code) => `https://t.me/mentorline_bot?start=${code}` });
  p = programme(t.database.db);
  laura = await p.mentor('Laura', 'laura@example.org');
  peteris = await p.mentor('Pēteris', 'peteris@example.org');
  ilze = await p.coordinator();
  anna = await p.client('Anna', laura.id, { language: 'ar' });
  omar = await p.client('Omar', peteris.id, { language: 'ar' });
  amir = await interpreter(t.database.db, 'Amir', 'amir@example.org', ['ar', 'fa']);
});
afterEach(async () => {
  await t.close();
});

const db = () => t.database.db;
const deps = () => ({ translator: t.deps.translator, clock: () => clock });
const later = (minutes: number) => {
  clock = new Date(clock.getTime() + minutes * 60_000);
};
const texts = async (chat: string) => (await outboxTo(db(), chat)).map((payload) => payload.text ?? payload.caption ?? '');
const staffRow = (id: string) => db().selectFrom('staff').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
const pageOf = async (session: ConsoleSession, clientId: string) => (await session.get(`/console/clients/${clientId}`)).body;
const translationFields = (html: string) => [...html.matchAll(/<textarea id="translation-([0-9a-f-]+)" name="translation"/g)].map((match) => match[1]);
/** A message as a mentor wrote it to the client and sent it through the interpreter; its time set, so the thread's order does not hang on the clock of the machine. */
async function sentThroughAmir(session: ConsoleSession, clientId: string, text: string, at: Date): Promise<string> {
  await session.get(`/console/clients/${clientId}`);
  const posted = await session.post(`/console/clients/${clientId}/messages`, { text, viaInterpreter: 'yes' });
  expect(posted.headers.location).toBe(`/console/clients/${clientId}?done=client-reply-to-interpreter#reply`);
  const message = await db().selectFrom('messages').select('id').where('text', '=', text).executeTakeFirstOrThrow();
  await db().updateTable('messages').set({ created_at: at }).where('id', '=', message.id).execute();
  return message.id;
}

describe('interpreters on the staff pages', () => {
  it('adds an interpreter without an email, with the languages they translate, and makes their Telegram invite, shown once', async () => {
    const coordinator = await signedIn(t.app, ilze.email);
    const form = await coordinator.get('/console/staff');
    expect(form.body).toContain('<option value="interpreter">Interpreter</option>');
    expect(form.body).toContain('name="languages"');
    const added = await coordinator.post('/console/staff', { email: '', name: 'Dana', role: 'interpreter', mentorId: laura.id, languages: 'ar, FA fa', password: '', language: 'en', timezone: '' });
    expect(added.statusCode).toBe(303);
    const dana = await db().selectFrom('staff').selectAll().where('name', '=', 'Dana').executeTakeFirstOrThrow();
    expect(dana).toMatchObject({ role: 'interpreter', email: null, languages: ['ar', 'fa'], mentor_id: null, password_hash: null });
    expect(added.headers.location).toBe(`/console/staff/${dana.id}?done=staff-added-interpreter`);

    const page = await coordinator.get(added.headers.location ?? '');
    const text = textOf(page.body);
    expect(text).toContain('The interpreter is added. They work in Telegram: make their invite below.');
    expect(text).toContain('Translates Arabic, Persian');
    expect(text).toContain('Dana works in Telegram');
    expect(fieldValue(page.body, 'languages')).toBe('ar, fa');
    // Without an email there is no password to choose.
    expect(text).not.toContain('Link to choose a password');

    const made = await coordinator.post(`/console/staff/${dana.id}/invite`);
    expect(made.statusCode).toBe(303);
    expect(made.headers.location).toBe(`/console/staff/${dana.id}?done=staff-invite-made#invite-heading`);
    const shown = await coordinator.get(made.headers.location ?? '');
    const code = /<strong class="code">([A-Z0-9]+)<\/strong>/.exec(shown.body)?.[1];
    expect(textOf(shown.body)).toContain('Invite for Dana');
    expect(shown.body).toContain(`https://t.me/mentorline_bot?start=${code}`);
    // Interpreters join in Telegram only.
    expect(shown.body).not.toContain(`START ${code}`);
    expect(await db().selectFrom('invites').select(['interpreter_id', 'mentor_id', 'client_id']).execute()).toEqual([{ interpreter_id: dana.id, mentor_id: null, client_id: null }]);

    const list = textOf((await coordinator.get('/console/staff')).body);
    expect(list).toContain('Dana No email: signs in from the bot Interpreter Arabic, Persian');
    // Mentors are invited on their own page, not here.
    expect((await coordinator.post(`/console/staff/${laura.staff.id}/invite`)).statusCode).toBe(404);
    expect(await db().selectFrom('invites').select('id').execute()).toHaveLength(1);
  });

  it('refuses an interpreter without languages or with a word that is no code, and anyone else without an email, on the field', async () => {
    const coordinator = await signedIn(t.app, ilze.email);
    const typed = { email: '', name: 'Dana', role: 'interpreter', mentorId: '', languages: '', password: '', language: 'en', timezone: '' };
    const count = (await db().selectFrom('staff').select('id').execute()).length;
    for (const [fields, field, message] of [
      [typed, 'languages', 'must list at least one language'],
      [{ ...typed, languages: 'Arabic' }, 'languages', 'must be an ISO 639-1 language code such as en, lv, ru or uk'],
      [{ ...typed, role: 'coordinator', languages: 'ar' }, 'email', 'is required for a coordinator'],
    ] as const) {
      await coordinator.get('/console/staff');
      const refused = await coordinator.post('/console/staff', fields);
      expect(refused.statusCode, message).toBe(400);
      expect(fieldProblem(refused.body, field)).toBe(message);
      expect(fieldValue(refused.body, 'name')).toBe('Dana');
    }
    expect(await db().selectFrom('staff').select('id').execute()).toHaveLength(count);
  });

  it('changes the languages an interpreter translates, and refuses none', async () => {
    const coordinator = await signedIn(t.app, ilze.email);
    await coordinator.get(`/console/staff/${amir.id}`);
    const saved = await coordinator.post(`/console/staff/${amir.id}`, { name: 'Amir', role: 'interpreter', languages: 'ar uk', language: 'en', active: 'yes' });
    expect(saved.headers.location).toBe(`/console/staff/${amir.id}?done=staff-saved`);
    expect((await staffRow(amir.id)).languages).toEqual(['ar', 'uk']);
    expect(textOf((await coordinator.get(`/console/staff/${amir.id}`)).body)).toContain('Translates Arabic, Ukrainian');

    const refused = await coordinator.post(`/console/staff/${amir.id}`, { name: 'Amir', role: 'interpreter', languages: ' ', language: 'en', active: 'yes' });
    expect(refused.statusCode).toBe(400);
    expect(fieldProblem(refused.body, 'languages')).toBe('must list at least one language');
    expect((await staffRow(amir.id)).languages).toEqual(['ar', 'uk']);
  });
});

describe('a client’s interpreter', () => {
  it('is chosen by a coordinator among those who translate the client’s language, with who interpreted when, and a refusal on the field', async () => {
    const farid = await interpreter(db(), 'Farid', 'farid@example.org', ['fa']);
    const coordinator = await signedIn(t.app, ilze.email);
    const page = await pageOf(coordinator, anna);
    expect(page).toContain('<select id="field-interpreterId" name="interpreterId"');
    expect(page).toContain(`<option value="${amir.id}">Amir</option>`);
    expect(page).not.toContain(`<option value="${farid.id}"`);
    expect(textOf(page)).toContain('Anna has no interpreter.');

    // Farid's id posted all the same: the domain's refusal, on the field.
    const refused = await coordinator.post(`/console/clients/${anna}/interpreter`, { interpreterId: farid.id });
    expect(refused.statusCode).toBe(400);
    expect(fieldProblem(refused.body, 'interpreterId')).toBe("does not translate the client's language (ar): they list fa");
    const notAnId = await coordinator.post(`/console/clients/${anna}/interpreter`, { interpreterId: 'Amir' });
    expect(notAnId.statusCode).toBe(400);
    expect(fieldProblem(notAnId.body, 'interpreterId')).toBe('must be an interpreter id (UUID)');

    const given = await coordinator.post(`/console/clients/${anna}/interpreter`, { interpreterId: amir.id });
    expect(given.statusCode).toBe(303);
    expect(given.headers.location).toBe(`/console/clients/${anna}?done=client-interpreter-assigned#interpreter`);
    const withAmir = textOf((await coordinator.get(given.headers.location ?? '')).body);
    expect(withAmir).toContain('The interpreter is saved.');
    expect(withAmir).toContain('Amir since Nov 20, 2026, 12:00 PM now');
    expect(await texts(amir.chat)).toEqual([expect.stringContaining('Anna')]);

    later(60);
    const removed = await coordinator.post(`/console/clients/${anna}/interpreter`, { interpreterId: '' });
    expect(removed.headers.location).toBe(`/console/clients/${anna}?done=client-interpreter-removed#interpreter`);
    const without = textOf(await pageOf(coordinator, anna));
    expect(without).toContain('Anna has no interpreter.');
    expect(without).toContain('Amir Nov 20, 2026, 12:00 PM – Nov 20, 2026, 1:00 PM');
    const changes = await db()
      .selectFrom('audit_changes as c')
      .innerJoin('audit_log as l', 'l.id', 'c.audit_id')
      .select(['l.actor', 'c.old_value', 'c.new_value'])
      .where('c.field', '=', 'interpreterId')
      .orderBy('l.created_at')
      .execute();
    expect(changes).toEqual([
      { actor: `staff:${ilze.staff.id}`, old_value: null, new_value: amir.id },
      { actor: `staff:${ilze.staff.id}`, old_value: amir.id, new_value: null },
    ]);

    // Who interprets is the coordinators' choice.
    const mentor = await signedIn(t.app, laura.email);
    expect(await pageOf(mentor, anna)).not.toContain('name="interpreterId"');
    expect((await mentor.post(`/console/clients/${anna}/interpreter`, { interpreterId: amir.id })).statusCode).toBe(403);
    expect(await db().selectFrom('interpreter_assignments').select('id').where('ended_at', 'is', null).execute()).toEqual([]);
  });
});

describe('the thread of a client with an interpreter', () => {
  it('shows each translation under its message, and a message waiting for one with the original to send, and updates itself with both', async () => {
    await giveInterpreter(db(), deps(), anna, amir.id);
    const question = await p.message(anna, 'client', 'مرحبا، متى نلتقي؟', minutesAgo(50));
    await inScope(db(), deps(), (scope) => translateMessage(scope, amir.staff, question, 'Hello, when do we meet?'));
    const mentor = await signedIn(t.app, laura.email);
    const waiting = await sentThroughAmir(mentor, anna, 'Shall we meet on Tuesday?', minutesAgo(20));
    // It went to Amir to translate, not to Anna.
    expect(await texts(`telegram-${anna}`)).not.toContainEqual(expect.stringContaining('Shall we meet on Tuesday?'));
    expect(await texts(amir.chat)).toContainEqual(expect.stringContaining('Shall we meet on Tuesday?'));

    const page = await pageOf(mentor, anna);
    expect(textOf(page)).toContain('مرحبا، متى نلتقي؟ Translation into English by Amir 12:00 PM Hello, when do we meet?');
    expect(textOf(page)).toContain('Shall we meet on Tuesday? Waiting for the translation by Amir since 12:00 PM');
    expect(page).toContain(`action="/console/clients/${anna}/messages/${waiting}/original"`);
    const since = /data-live-since="([^"]+)"/.exec(page)?.[1] ?? '';
    expect(since).toBe(now.toISOString());

    // Minutes later the question is translated again, and Laura sends her words as written: both come to the open page.
    later(5);
    await inScope(db(), deps(), (scope) => translateMessage(scope, amir.staff, question, 'Hello! When shall we meet?'));
    const sent = await mentor.post(`/console/clients/${anna}/messages/${waiting}/original`);
    expect(sent.headers.location).toBe(`/console/clients/${anna}?done=client-original-sent#thread`);
    expect(await texts(`telegram-${anna}`)).toContainEqual(expect.stringContaining('Shall we meet on Tuesday?'));
    expect(await db().selectFrom('interpretation_requests').select('outcome').where('message_id', '=', waiting).executeTakeFirstOrThrow()).toEqual({ outcome: 'original' });
    const update = await mentor.get(`/console/clients/${anna}/timeline?since=${encodeURIComponent(since)}`);
    expect([...update.body.matchAll(/data-key="([^"]+)"/g)].map((match) => match[1])).toEqual([`message:${question}`, `message:${waiting}`]);
    expect(textOf(update.body)).toContain('Hello! When shall we meet?');
    expect(update.body).not.toContain('Waiting for the translation');
    expect(new Date(String(update.headers['x-live-since'])).getTime()).toBeGreaterThan(new Date(since).getTime());

    // Sent once: a second press says it went already.
    const again = await mentor.post(`/console/clients/${anna}/messages/${waiting}/original`);
    expect(again.headers.location).toBe(`/console/clients/${anna}?done=client-original-already-sent#thread`);
    expect((await texts(`telegram-${anna}`)).filter((text) => text.includes('Shall we meet on Tuesday?'))).toHaveLength(1);
    // Nor does another client's page reach the message.
    const coordinator = await signedIn(t.app, ilze.email);
    await pageOf(coordinator, omar);
    expect((await coordinator.post(`/console/clients/${omar}/messages/${waiting}/original`)).statusCode).toBe(404);
  });

  it('offers the interpreter in the reply box, ticked for a mentor in /via mode, and takes only words through them', async () => {
    const mentor = await signedIn(t.app, laura.email);
    expect(await pageOf(mentor, anna)).not.toContain('name="viaInterpreter"');
    await giveInterpreter(db(), deps(), anna, amir.id);
    const box = await pageOf(mentor, anna);
    expect(box).toMatch(/<input type="checkbox" id="field-viaInterpreter" name="viaInterpreter" value="yes"[^>]*>Send through the interpreter Amir/);
    expect(box).not.toMatch(/name="viaInterpreter" value="yes" checked/);
    await toggleViaMode(db(), laura.id, now);
    expect(await pageOf(mentor, anna)).toMatch(/name="viaInterpreter" value="yes" checked/);
    // The mode is Laura's own: a coordinator's box starts unticked.
    const coordinator = await signedIn(t.app, ilze.email);
    expect(await pageOf(coordinator, anna)).not.toMatch(/name="viaInterpreter" value="yes" checked/);

    const before = (await db().selectFrom('messages').select('id').execute()).length;
    const withPhoto = await postWithFile(t.app, mentor, `/console/clients/${anna}/messages`, { text: 'Here is the map', viaInterpreter: 'yes' }, { field: 'file', name: 'map.jpg', type: 'image/jpeg', bytes: await cleanJpeg('a map') });
    expect(withPhoto.statusCode).toBe(400);
    expect(fieldProblem(withPhoto.body, 'viaInterpreter')).toBe('Only words go through the interpreter. Untick this to send a photo or file.');
    expect(valueOf(withPhoto.body, 'text')).toBe('Here is the map');
    expect((await db().selectFrom('messages').select('id').execute()).length).toBe(before);

    // Unticked, it goes straight to Anna, and Amir has a copy.
    await mentor.get(`/console/clients/${anna}`);
    expect((await mentor.post(`/console/clients/${anna}/messages`, { text: 'See you at ten.' })).headers.location).toBe(`/console/clients/${anna}?done=client-reply-sent#reply`);
    expect(await texts(`telegram-${anna}`)).toContainEqual(expect.stringContaining('See you at ten.'));
    expect(await texts(amir.chat)).toContainEqual(expect.stringContaining('See you at ten.'));

    // A coordinator's words go through Amir in her own name.
    await coordinator.get(`/console/clients/${anna}`);
    expect((await coordinator.post(`/console/clients/${anna}/messages`, { text: 'Bring your passport.', viaInterpreter: 'yes' })).statusCode).toBe(303);
    const held = await db()
      .selectFrom('messages as m')
      .innerJoin('interpretation_requests as r', 'r.message_id', 'm.id')
      .select(['m.author', 'm.author_staff_id', 'r.interpreter_id', 'r.settled_at'])
      .where('m.text', '=', 'Bring your passport.')
      .executeTakeFirstOrThrow();
    expect(held).toEqual({ author: 'staff', author_staff_id: ilze.staff.id, interpreter_id: amir.id, settled_at: null });
    expect(await texts(`telegram-${anna}`)).not.toContainEqual(expect.stringContaining('Bring your passport.'));

    // Amir taken off meanwhile: the ticked box is said to have no interpreter behind it, and nothing goes.
    await giveInterpreter(db(), deps(), anna, null);
    const alone = await coordinator.post(`/console/clients/${anna}/messages`, { text: 'Are you there?', viaInterpreter: 'yes' });
    expect(alone.statusCode).toBe(400);
    expect(textOf(alone.body)).toContain('Anna has no interpreter now, so the message was not sent.');
    expect(await db().selectFrom('messages').select('id').where('text', '=', 'Are you there?').execute()).toEqual([]);
  });
});

describe('an interpreter signed in to the console', () => {
  it('sees only the clients they interpret for, and none of the programme’s pages', async () => {
    await giveInterpreter(db(), deps(), anna, amir.id);
    const session = await signedIn(t.app, amir.email);
    const start = await session.get('/console');
    expect(start.statusCode).toBe(303);
    expect(start.headers.location).toBe('/console/clients');
    const list = await session.get('/console/clients');
    expect(list.statusCode).toBe(200);
    expect(textOf(list.body)).toContain('You interpret for one client. Clients, by name Name Language Mentor Anna Arabic Laura');
    expect(list.body).not.toContain('Omar');
    const nav = /<nav class="nav"[\s\S]*?<\/nav>/.exec(list.body)?.[0] ?? '';
    expect([...nav.matchAll(/<li><a href="([^"]+)"/g)].map((match) => match[1])).toEqual(['/console/clients']);
    for (const path of ['/console/alerts', '/console/mentors', '/console/enrol', '/console/staff', '/console/reports', '/console/exports', '/console/deliveries', '/console/audit']) {
      expect((await session.get(path)).statusCode, path).toBe(404);
    }
    expect((await session.get('/console/settings')).statusCode).toBe(200);
  });

  it('sees their client’s name, language and thread with its translations, and nothing else of the case', async () => {
    await giveInterpreter(db(), deps(), anna, amir.id);
    const hello = await p.message(anna, 'client', 'مرحبا', minutesAgo(90));
    await p.message(anna, { mentorId: laura.id }, 'Welcome, Anna!', minutesAgo(80));
    await p.checkin(anna, '2026-11-20', 2);
    await p.task(anna, 'Call the job centre', { mentorId: laura.id });
    await db().insertInto('case_notes').values({ client_id: anna, mentor_id: laura.id, text: 'Prefers calls after 17:00.', created_at: minutesAgo(60) }).execute();
    await db().insertInto('alerts').values({ client_id: anna, mentor_id: laura.id, kind: 'low_mood', created_at: minutesAgo(30) }).execute();
    const photo = stored(await t.deps.mediaStore.put(db(), await cleanJpeg('a letter'), 'image/jpeg'));
    const thread = await db().selectFrom('threads').select('id').where('client_id', '=', anna).executeTakeFirstOrThrow();
    await db().insertInto('messages').values({ thread_id: thread.id, direction: 'inbound', author: 'client', kind: 'photo', text: 'The letter', media_id: photo.id, channel: 'telegram', created_at: minutesAgo(40) }).execute();
    const worksheet = stored(await t.deps.mediaStore.put(db(), await cleanJpeg('a worksheet'), 'image/jpeg'));
    await db().updateTable('tasks').set({ worksheet_media_id: worksheet.id }).where('client_id', '=', anna).execute();
    const mentor = await signedIn(t.app, laura.email);
    const waiting = await sentThroughAmir(mentor, anna, 'Shall we meet on Tuesday?', minutesAgo(20));

    const session = await signedIn(t.app, amir.email);
    const page = await session.get(`/console/clients/${anna}`);
    expect(page.statusCode).toBe(200);
    const text = textOf(page.body);
    for (const shown of ['Anna', 'Language Arabic', 'مرحبا', 'Welcome, Anna!', 'The letter', 'Shall we meet on Tuesday? Waiting for your translation since 12:00 PM']) expect(text, shown).toContain(shown);
    for (const hidden of ['Prefers calls after 17:00.', 'Call the job centre', 'Daily question', 'Low mood', 'open alert', 'Mood', 'Profile', 'Consent', 'Chats and invites', 'Send the original']) {
      expect(text, hidden).not.toContain(hidden);
    }
    for (const form of ['name="text"', 'name="note"', 'name="title"', 'name="mentorId"', 'name="interpreterId"', '/export.zip', '/erase']) expect(page.body, form).not.toContain(form);
    // A form to translate each of Anna's messages and the one waiting for Amir; none for Laura's that went.
    const letter = await db().selectFrom('messages').select('id').where('text', '=', 'The letter').executeTakeFirstOrThrow();
    expect(translationFields(page.body)).toEqual([hello, letter.id, waiting]);
    expect(await db().selectFrom('audit_log').select('actor').where('action', '=', 'read.thread').where('actor', '=', `staff:${amir.id}`).execute()).toHaveLength(1);

    const update = await session.get(`/console/clients/${anna}/timeline?since=${encodeURIComponent(new Date(0).toISOString())}`);
    expect([...update.body.matchAll(/data-key="([a-z]+):/g)].map((match) => match[1])).toEqual(['message', 'message', 'message', 'message']);
    expect(update.body).not.toContain('Prefers calls');
    expect((await session.get(`/console/clients/${anna}/media/${photo.id}`)).statusCode).toBe(200);
    // A task's worksheet is part of the case, not of the thread.
    expect((await session.get(`/console/clients/${anna}/media/${worksheet.id}`)).statusCode).toBe(404);
  });

  it('translates a client’s message for the mentor and a waiting one for the client, with a word for each outcome', async () => {
    await giveInterpreter(db(), deps(), anna, amir.id);
    const hello = await p.message(anna, 'client', 'مرحبا، أنا بخير', minutesAgo(90));
    const went = await p.message(anna, { mentorId: laura.id }, 'Good to hear.', minutesAgo(80));
    const thread = await db().selectFrom('threads').select('id').where('client_id', '=', anna).executeTakeFirstOrThrow();
    const notice = await db().insertInto('messages').values({ thread_id: thread.id, direction: 'outbound', author: 'system', kind: 'text', text: 'A reminder', created_at: minutesAgo(70) }).returning('id').executeTakeFirstOrThrow();
    const mentor = await signedIn(t.app, laura.email);
    const waiting = await sentThroughAmir(mentor, anna, 'Shall we meet on Tuesday?', minutesAgo(20));
    const session = await signedIn(t.app, amir.email);
    await session.get(`/console/clients/${anna}`);
    const translate = (messageId: string, translation: string) => session.post(`/console/clients/${anna}/messages/${messageId}/translation`, { translation });

    const forLaura = await translate(hello, 'Hello, I am fine');
    expect(forLaura.headers.location).toBe(`/console/clients/${anna}?done=client-translation-to-mentor#thread`);
    expect(await texts(laura.chat)).toContainEqual(expect.stringContaining('Hello, I am fine'));
    const shown = textOf((await session.get(forLaura.headers.location ?? '')).body);
    expect(shown).toContain('Your translation went to the mentor.');
    expect(shown).toContain('مرحبا، أنا بخير Translation into English by Amir 12:00 PM Hello, I am fine');
    expect(shown).toContain('Translate again');

    const forAnna = await translate(waiting, 'هل نلتقي يوم الثلاثاء؟');
    expect(forAnna.headers.location).toBe(`/console/clients/${anna}?done=client-translation-to-client#thread`);
    expect(await texts(`telegram-${anna}`)).toContainEqual(expect.stringContaining('هل نلتقي يوم الثلاثاء؟'));
    expect(await texts(`telegram-${anna}`)).not.toContainEqual(expect.stringContaining('Shall we meet on Tuesday?'));

    // What cannot be translated any more has no form of its own: the page says so above the thread.
    await session.get(`/console/clients/${anna}`);
    for (const [messageId, status, problem] of [
      [waiting, 409, 'This message has gone to the client already (as written, or translated before), so your translation was not sent.'],
      [went, 409, 'This message has gone to the client already (as written, or translated before), so your translation was not sent.'],
      [notice.id, 400, 'This message is not one to translate.'],
    ] as const) {
      const refused = await translate(messageId, 'Once more');
      expect(refused.statusCode, messageId).toBe(status);
      expect(refused.body).toContain(`<p class="problem" role="alert">${problem}</p>`);
    }
    // An empty one comes back on its message's form, as it was typed.
    const empty = await translate(hello, '   ');
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain(`<p class="problem" id="translation-${hello}-error">Write the translation.</p>`);
    expect(empty.body).toMatch(new RegExp(`<details class="translate-again" open[^>]*>`));
    expect((await db().selectFrom('translations').select('text').execute()).map((row) => row.text).sort()).toEqual(['Hello, I am fine', 'هل نلتقي يوم الثلاثاء؟'].sort());

    // Translating is the interpreters' work.
    const coordinator = await signedIn(t.app, ilze.email);
    await coordinator.get(`/console/clients/${anna}`);
    expect((await coordinator.post(`/console/clients/${anna}/messages/${hello}/translation`, { translation: 'Hi' })).statusCode).toBe(403);
  });

  it('answers 404 for another client’s page, timeline, media and actions, for every other action on their own client, and once they no longer interpret for them', async () => {
    await giveInterpreter(db(), deps(), anna, amir.id);
    await giveInterpreter(db(), deps(), omar, (await interpreter(db(), 'Sara', 'sara@example.org', ['ar'])).id);
    const omarsWords = await p.message(omar, 'client', 'Omar’s words', minutesAgo(30));
    const omarsPhoto = stored(await t.deps.mediaStore.put(db(), await cleanJpeg('Omar’s photo'), 'image/jpeg'));
    const omarsThread = await db().selectFrom('threads').select('id').where('client_id', '=', omar).executeTakeFirstOrThrow();
    await db().insertInto('messages').values({ thread_id: omarsThread.id, direction: 'inbound', author: 'client', kind: 'photo', text: 'photo', media_id: omarsPhoto.id, channel: 'telegram', created_at: minutesAgo(20) }).execute();
    const annasWords = await p.message(anna, 'client', 'Anna’s words', minutesAgo(30));
    const session = await signedIn(t.app, amir.email);
    await session.get(`/console/clients/${anna}`);

    for (const path of ['', '/timeline?since=2026-11-20T00:00:00.000Z', `/media/${omarsPhoto.id}`]) {
      const answer = await session.get(`/console/clients/${omar}${path}`);
      expect(answer.statusCode, path).toBe(404);
      expect(answer.body).not.toContain('Omar');
    }
    expect((await session.post(`/console/clients/${omar}/messages/${omarsWords}/translation`, { translation: 'Words' })).statusCode).toBe(404);
    // Nor does Anna's path reach Omar's message.
    expect((await session.post(`/console/clients/${anna}/messages/${omarsWords}/translation`, { translation: 'Words' })).statusCode).toBe(404);
    const posts: Array<[string, Record<string, string>]> = [
      ['/messages', { text: 'Hello' }],
      ['/notes', { note: 'A note' }],
      ['/tasks', { title: 'A task', details: '', dueDate: '' }],
      ['/profile', { name: 'Someone else', language: 'ar', timezone: 'Europe/Riga', status: 'ended' }],
      ['/checkins', { checkinTime: '10:00', weeklySummaryDay: 'fri' }],
      ['/checkins/resume', {}],
      ['/consent', {}],
      ['/invites', {}],
      ['/mentor', { mentorId: '' }],
      ['/interpreter', { interpreterId: '' }],
      ['/erase', { name: 'Anna' }],
      [`/messages/${annasWords}/original`, {}],
    ];
    for (const client of [anna, omar]) {
      for (const [path, fields] of posts) expect((await session.post(`/console/clients/${client}${path}`, fields)).statusCode, `${client}${path}`).toBe(404);
      for (const path of ['/export.zip', '/erase']) expect((await session.get(`/console/clients/${client}${path}`)).statusCode, `${client}${path}`).toBe(404);
    }
    expect(await db().selectFrom('case_notes').select('id').execute()).toEqual([]);
    expect(await db().selectFrom('tasks').select('id').execute()).toEqual([]);
    expect(await db().selectFrom('invites').select('id').execute()).toEqual([]);
    expect(await db().selectFrom('translations').select('id').execute()).toEqual([]);
    expect((await db().selectFrom('clients').select('name').where('id', '=', anna).executeTakeFirstOrThrow()).name).toBe('Anna');
    expect(await db().selectFrom('interpreter_assignments').select('client_id').where('ended_at', 'is', null).where('interpreter_id', '=', amir.id).execute()).toEqual([{ client_id: anna }]);

    await giveInterpreter(db(), deps(), anna, null);
    expect((await session.get(`/console/clients/${anna}`)).statusCode).toBe(404);
    expect(textOf((await session.get('/console/clients')).body)).toContain('You interpret for no client now.');
  });
});
