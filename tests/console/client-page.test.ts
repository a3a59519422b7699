import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createInvite } from '../../src/domain/people/invites.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { cleanJpeg, createTestMediaStore, stored } from '../support/test-media.js';
import { outboxTo, postWithFile, signedIn, valueOf } from './client-page-support.js';
import { daysAgo, minutesAgo, now, programme } from './clients-fixture.js';

let t: TestApp;
let p: ReturnType<typeof programme>;
let laura: Awaited<ReturnType<ReturnType<typeof programme>['mentor']>>;
let peteris: typeof laura;
let anna: string;
let omar: string;

beforeEach(async () => {
  t = await createTestApp({ clock: () => now });
  p = programme(t.database.db);
  laura = await p.mentor('Laura', 'laura@example.org');
  peteris = await p.mentor('Pēteris', 'peteris@example.org');
  anna = await p.client('Anna', laura.id, { chats: ['telegram', 'whatsapp'], programme: 'Housing' });
  omar = await p.client('Omar', peteris.id);
});
afterEach(async () => {
  await t.close();
});

const db = () => t.database.db;

/** A photo in a client's thread, stored as the media store stores one. */
async function photoIn(clientId: string, label: string): Promise<string> {
  const media = stored(await t.deps.mediaStore.put(db(), await cleanJpeg(label), 'image/jpeg'));
  const thread = await db().selectFrom('threads').select('id').where('client_id', '=', clientId).executeTakeFirstOrThrow();
  await db().insertInto('messages').values({ thread_id: thread.id, direction: 'inbound', author: 'client', kind: 'photo', text: label, media_id: media.id, channel: 'telegram', created_at: minutesAgo(10) }).execute();
  return media.id;
}

const audits = (action: string) => db().selectFrom('audit_log').select(['actor', 'entity_id', 'details']).where('action', '=', action).execute();

describe('a client’s page', () => {
  it('shows a mentor the thread, tasks, mood, notes, profile, chats, invites and mentors, and records the view', async () => {
    await p.message(anna, 'client', 'The interview went well.', minutesAgo(120));
    await p.message(anna, { mentorId: laura.id }, 'I am glad to hear it!', minutesAgo(100));
    await p.checkin(anna, daysAgo(1), 2);
    await p.checkin(anna, daysAgo(0), 4);
    await p.task(anna, 'Call the job centre', { status: 'submitted', mentorId: laura.id });
    await db().insertInto('case_notes').values({ client_id: anna, mentor_id: laura.id, text: 'Prefers calls after 17:00.', created_at: minutesAgo(60) }).execute();
    await db().insertInto('alerts').values({ client_id: anna, mentor_id: laura.id, kind: 'low_mood', created_at: minutesAgo(30) }).execute();
    await createInvite(db(), { clientId: anna }, { now, actor: 'admin' });
    const browser = await signedIn(t.app, laura.email);

    const page = await browser.get(`/console/clients/${anna}`);
    expect(page.statusCode).toBe(200);
    expect(page.headers['cache-control']).toBe('no-store');
    const policy = String(page.headers['content-security-policy']);
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toContain('unsafe-inline');
    // Nothing inline for the policy to refuse: every script from a file, no style attributes.
    expect(page.body).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
    expect(page.body).not.toMatch(/\sstyle=/);
    expect(page.body).toContain('<script src="/console/assets/chart.js" defer></script>');
    expect(page.body).toMatch(new RegExp(`<ol class="timeline"[^>]*data-live-src="/console/clients/${anna}/timeline" data-live-since="[0-9T:.Z-]+"`));
    for (const shown of [
      'The interview went well.',
      'I am glad to hear it!',
      'Daily question:',
      'Call the job centre',
      'Approve and praise',
      'Prefers calls after 17:00.',
      'Low mood',
      'One open alert',
      'Answered on 2 of the last 90 days, 3.0 on average.',
      'Housing',
      'Given in person',
      'works until Nov 27, 2026, 12:00 PM',
      'Revoke',
      'Laura',
    ]) {
      expect(page.body, shown).toContain(shown);
    }
    expect(page.body).toContain('data-mood-chart="[{&quot;date&quot;:&quot;2026-08-23&quot;,&quot;mood&quot;:null}');
    expect(page.body).toContain('{&quot;date&quot;:&quot;2026-11-20&quot;,&quot;mood&quot;:4}]"');
    // A mentor moves no client to another mentor.
    expect(page.body).not.toContain('name="mentorId"');
    expect(await audits('read.thread')).toEqual([{ actor: `staff:${laura.staff.id}`, entity_id: anna, details: {} }]);
  });

  it('answers another mentor’s client, its timeline, its photos and every action on it with 404, and changes nothing', async () => {
    const omarPhoto = await photoIn(omar, 'Omar’s photo');
    const browser = await signedIn(t.app, laura.email);
    await browser.get(`/console/clients/${anna}`);
    const before = { messages: await db().selectFrom('messages').select('id').execute(), tasks: await db().selectFrom('tasks').select('id').execute() };

    for (const path of ['', '/timeline?since=2026-11-20T00:00:00.000Z', `/media/${omarPhoto}`]) {
      const answer = await browser.get(`/console/clients/${omar}${path}`);
      expect(answer.statusCode, path).toBe(404);
      expect(answer.body).not.toContain('Omar');
    }
    const posts: Array<[string, Record<string, string>]> = [
      ['/messages', { text: 'Hello Omar' }],
      ['/notes', { note: 'A note' }],
      ['/tasks', { title: 'A task', details: '', dueDate: '' }],
      ['/profile', { name: 'Someone else', language: 'en', timezone: 'Europe/Riga', status: 'ended' }],
      ['/checkins/resume', {}],
      ['/consent', {}],
      ['/invites', {}],
    ];
    for (const [path, fields] of posts) expect((await browser.post(`/console/clients/${omar}${path}`, fields)).statusCode, path).toBe(404);
    expect((await db().selectFrom('messages').select('id').execute()).length).toBe(before.messages.length);
    expect((await db().selectFrom('tasks').select('id').execute()).length).toBe(before.tasks.length);
    expect(await db().selectFrom('case_notes').select('id').execute()).toEqual([]);
    expect(await db().selectFrom('invites').select('id').execute()).toEqual([]);
    expect((await db().selectFrom('clients').select('name').where('id', '=', omar).executeTakeFirstOrThrow()).name).toBe('Omar');
    expect(await db().selectFrom('deliveries').select('id').execute()).toEqual([]);
    // An id that is no id is as unknown as any other.
    expect((await browser.get('/console/clients/not-a-client')).statusCode).toBe(404);
    expect((await browser.get(`/console/clients/${anna}/media/not-a-file`)).statusCode).toBe(404);
    // Nor does a client's path reach another client's photo.
    expect((await browser.get(`/console/clients/${anna}/media/${omarPhoto}`)).statusCode).toBe(404);
    expect(await audits('read.media')).toEqual([]);
  });

  it('shows a mentor no longer a client who has moved to another mentor', async () => {
    const ilze = await p.coordinator();
    const mentor = await signedIn(t.app, laura.email);
    expect((await mentor.get(`/console/clients/${anna}`)).statusCode).toBe(200);
    const coordinator = await signedIn(t.app, ilze.email);
    await coordinator.get(`/console/clients/${anna}`);
    expect((await coordinator.post(`/console/clients/${anna}/mentor`, { mentorId: peteris.id })).statusCode).toBe(303);
    expect((await mentor.get(`/console/clients/${anna}`)).statusCode).toBe(404);
    expect((await (await signedIn(t.app, peteris.email)).get(`/console/clients/${anna}`)).statusCode).toBe(200);
  });
});

describe('the pages in each console language', () => {
  it('are whole in Latvian, Russian and Ukrainian too', async () => {
    await p.message(anna, 'client', 'Labdien', minutesAgo(30));
    await p.checkin(anna, daysAgo(0), 3);
    await p.task(anna, 'Zvanīt', { status: 'submitted', mentorId: laura.id });
    const words = { lv: ['Sarakste', 'Apstiprināt un uzslavēt', 'gaida atbildi'], ru: ['Переписка', 'Одобрить и похвалить', 'ждут ответа'], uk: ['Листування', 'Схвалити й похвалити', 'чекають на відповідь'] };
    for (const [language, expected] of Object.entries(words)) {
      const email = `ilze-${language}@example.org`;
      await db().insertInto('staff').values({ email, name: 'Ilze', role: 'coordinator', language, timezone: 'Europe/Riga', password_hash: (await db().selectFrom('staff').select('password_hash').where('id', '=', laura.staff.id).executeTakeFirstOrThrow()).password_hash }).execute();
      const browser = await signedIn(t.app, email);
      const page = await browser.get(`/console/clients/${anna}`);
      expect(page.statusCode, language).toBe(200);
      expect(page.body).toContain(`<html lang="${language}">`);
      for (const word of expected.slice(0, 2)) expect(page.body, `${language}: ${word}`).toContain(word);
      const list = await browser.get('/console/clients?waiting=yes');
      expect(list.statusCode, language).toBe(200);
      expect(list.body, language).toContain(expected[2]);
    }
  });
});

describe('writing to a client from their page', () => {
  it('sends a mentor’s reply through the outbox to the client’s chats, with a copy in the mentor’s Telegram chat', async () => {
    const browser = await signedIn(t.app, laura.email);
    await browser.get(`/console/clients/${anna}`);
    const sent = await browser.post(`/console/clients/${anna}/messages`, { text: '  See you on Tuesday at 10.  ' });
    expect(sent.statusCode).toBe(303);
    expect(sent.headers.location).toBe(`/console/clients/${anna}?done=client-reply-sent#reply`);

    const message = await db().selectFrom('messages').selectAll().where('text', '=', 'See you on Tuesday at 10.').executeTakeFirstOrThrow();
    expect(message).toMatchObject({ direction: 'outbound', author: 'mentor', author_mentor_id: laura.id, kind: 'text' });
    expect(await outboxTo(db(), `telegram-${anna}`)).toEqual([{ kind: 'text', text: 'Your mentor Laura:\nSee you on Tuesday at 10.' }]);
    expect(await outboxTo(db(), `whatsapp-${anna}`)).toEqual([{ kind: 'text', text: 'Your mentor Laura:\nSee you on Tuesday at 10.' }]);
    expect(await outboxTo(db(), laura.chat)).toEqual([{ kind: 'text', text: 'You wrote to Anna from the console:\nSee you on Tuesday at 10.' }]);

    const after = await browser.get(sent.headers.location as string);
    expect(after.body).toContain('<p class="done" role="status">Your message is on its way.</p>');
    expect(after.body).toContain('See you on Tuesday at 10.');
    expect(after.body).toContain('Waiting');
  });

  it('writes as programme staff for a coordinator, and tells the mentor who wrote', async () => {
    const ilze = await p.coordinator('Ilze', 'ilze@example.org');
    const browser = await signedIn(t.app, ilze.email);
    await browser.get(`/console/clients/${anna}`);
    expect((await browser.post(`/console/clients/${anna}/messages`, { text: 'Your appointment is confirmed.' })).statusCode).toBe(303);
    const message = await db().selectFrom('messages').selectAll().where('text', '=', 'Your appointment is confirmed.').executeTakeFirstOrThrow();
    expect(message).toMatchObject({ author: 'staff', author_staff_id: ilze.staff.id, author_mentor_id: null });
    expect(await outboxTo(db(), `telegram-${anna}`)).toEqual([{ kind: 'text', text: 'Ilze from your programme:\nYour appointment is confirmed.' }]);
    expect(await outboxTo(db(), laura.chat)).toEqual([{ kind: 'text', text: 'Ilze wrote to Anna from the console:\nYour appointment is confirmed.' }]);
    expect((await browser.get(`/console/clients/${anna}`)).body).toContain('Ilze (staff)');
  });

  it('sends a photo as a photo and a PDF as a document, and serves each to the page safely, recording who looked', async () => {
    const browser = await signedIn(t.app, laura.email);
    await browser.get(`/console/clients/${anna}`);
    const photo = await cleanJpeg('the form to fill in');
    expect((await postWithFile(t.app, browser, `/console/clients/${anna}/messages`, { text: 'This is the form' }, { field: 'file', name: 'form.jpg', type: 'image/jpeg', bytes: photo })).statusCode).toBe(303);
    const withPhoto = await db().selectFrom('messages').selectAll().where('text', '=', 'This is the form').executeTakeFirstOrThrow();
    expect(withPhoto.kind).toBe('photo');
    expect(await outboxTo(db(), `telegram-${anna}`)).toEqual([{ kind: 'photo', mediaId: withPhoto.media_id, caption: 'Your mentor Laura:\nThis is the form' }]);

    const pdf = Buffer.from('%PDF-1.4 the housing rules');
    await browser.get(`/console/clients/${anna}`);
    expect((await postWithFile(t.app, browser, `/console/clients/${anna}/messages`, {}, { field: 'file', name: 'C:\\Users\\laura\\rules.pdf', type: 'application/pdf', bytes: pdf })).statusCode).toBe(303);
    const withPdf = await db().selectFrom('messages').selectAll().where('kind', '=', 'document').executeTakeFirstOrThrow();
    expect((await outboxTo(db(), laura.chat))[1]).toEqual({ kind: 'document', mediaId: withPdf.media_id, fileName: 'rules.pdf', caption: 'You wrote to Anna from the console:' });

    const page = await browser.get(`/console/clients/${anna}`);
    expect(page.body).toContain(`<img src="/console/clients/${anna}/media/${withPhoto.media_id}" alt="Photo sent to Anna" loading="lazy"/>`);
    const shownPhoto = await browser.get(`/console/clients/${anna}/media/${withPhoto.media_id}`);
    expect(shownPhoto.statusCode).toBe(200);
    expect(shownPhoto.headers).toMatchObject({ 'content-type': 'image/jpeg', 'x-content-type-options': 'nosniff', 'cache-control': 'no-store' });
    expect(shownPhoto.headers['content-disposition']).toBe(`inline; filename="${withPhoto.media_id}.jpg"`);
    expect(shownPhoto.rawPayload.equals(photo)).toBe(true);
    const shownPdf = await browser.get(`/console/clients/${anna}/media/${withPdf.media_id}`);
    expect(shownPdf.headers).toMatchObject({ 'content-type': 'application/pdf', 'x-content-type-options': 'nosniff' });
    expect(shownPdf.headers['content-disposition']).toBe(`attachment; filename="${withPdf.media_id}.pdf"`);
    expect((await audits('read.media')).map((entry) => entry.details)).toEqual([{ mediaId: withPhoto.media_id }, { mediaId: withPdf.media_id }]);
    expect((await audits('read.media')).every((entry) => entry.actor === `staff:${laura.staff.id}` && entry.entity_id === anna)).toBe(true);
  });

  it('keeps what was written when a reply cannot go, and says why on the form', async () => {
    const browser = await signedIn(t.app, laura.email);
    await browser.get(`/console/clients/${anna}`);
    const empty = await browser.post(`/console/clients/${anna}/messages`, { text: '   ' });
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain('Write a message or choose a file to send.');

    const long = `Dear Anna, ${'a long letter '.repeat(400)}<b>the end</b>`;
    const tooLong = await browser.post(`/console/clients/${anna}/messages`, { text: long });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.body).toContain('must be at most 4096 characters');
    expect(valueOf(tooLong.body, 'text')).toBe(long.replace(/</g, '&lt;'));

    const unsafe = await postWithFile(t.app, browser, `/console/clients/${anna}/messages`, { text: 'Here is my photo' }, { field: 'file', name: 'photo.jpg', type: 'image/jpeg', bytes: Buffer.from('not an image at all') });
    expect(unsafe.statusCode).toBe(400);
    expect(unsafe.body).toContain('The file could not be made safe to send');
    expect(valueOf(unsafe.body, 'text')).toBe('Here is my photo');
    expect(await db().selectFrom('messages').select('id').execute()).toEqual([]);
    expect(await db().selectFrom('deliveries').select('id').execute()).toEqual([]);
  });

  it('says a file is too large on the form, keeping the words written with it', async () => {
    const media = await createTestMediaStore({ maxBytes: 1024 * 1024 });
    const small = await createTestApp({ clock: () => now, mediaStore: media.store });
    try {
      const q = programme(small.database.db);
      const mentor = await q.mentor('Laura', 'laura@example.org');
      const client = await q.client('Anna', mentor.id);
      const browser = await signedIn(small.app, mentor.email);
      await browser.get(`/console/clients/${client}`);
      const answer = await postWithFile(small.app, browser, `/console/clients/${client}/messages`, { text: 'The scan of your letter' }, { field: 'file', name: 'scan.pdf', type: 'application/pdf', bytes: Buffer.alloc(1024 * 1024 + 1, 65) });
      expect(answer.statusCode).toBe(400);
      expect(answer.body).toContain('The file is larger than 1 MB, so it was not sent.');
      expect(valueOf(answer.body, 'text')).toBe('The scan of your letter');
      expect(await small.database.db.selectFrom('messages').select('id').execute()).toEqual([]);
    } finally {
      await small.close();
      await media.close();
    }
  });

  it('refuses a reply posted without the form’s token, and sends nothing', async () => {
    const browser = await signedIn(t.app, laura.email);
    await browser.get(`/console/clients/${anna}`);
    const forged = await browser.post(`/console/clients/${anna}/messages`, { _csrf: null, text: 'Hello' });
    expect(forged.statusCode).toBe(403);
    expect(forged.body).toContain('The form has expired');
    browser.csrfToken = 'forged-token';
    const withFile = await postWithFile(t.app, browser, `/console/clients/${anna}/messages`, { text: 'Hello' }, null);
    expect(withFile.statusCode).toBe(403);
    expect(await db().selectFrom('messages').select('id').execute()).toEqual([]);
  });
});

describe('the timeline’s updates', () => {
  it('gives only what happened or changed since, and where to ask from next', async () => {
    await p.message(anna, 'client', 'First message', minutesAgo(60));
    const browser = await signedIn(t.app, laura.email);
    const page = await browser.get(`/console/clients/${anna}`);
    const since = /data-live-since="([^"]+)"/.exec(page.body)?.[1] ?? '';
    expect(since).toBe(minutesAgo(60).toISOString());

    const quiet = await browser.get(`/console/clients/${anna}/timeline?since=${encodeURIComponent(since)}`);
    expect(quiet.statusCode).toBe(200);
    expect(quiet.body).toBe('');
    expect(quiet.headers['x-live-since']).toBe(since);
    expect(quiet.headers['cache-control']).toBe('no-store');

    const newId = await p.message(anna, 'client', 'Are you there?', minutesAgo(5));
    const fresh = await browser.get(`/console/clients/${anna}/timeline?since=${encodeURIComponent(since)}`);
    expect(fresh.body).toMatch(new RegExp(`^<li data-key="message:${newId}" class="inbound">.*Are you there\\?.*</li>$`));
    expect(fresh.headers['x-live-since']).toBe(minutesAgo(5).toISOString());
    // Asked again from there, nothing is sent twice.
    expect((await browser.get(`/console/clients/${anna}/timeline?since=${encodeURIComponent(minutesAgo(5).toISOString())}`)).body).toBe('');

    // A reply's delivery moving on sends the reply again, with how far it got.
    await browser.post(`/console/clients/${anna}/messages`, { text: 'Yes, I am here.' });
    const replied = await browser.get(`/console/clients/${anna}/timeline?since=${encodeURIComponent(minutesAgo(5).toISOString())}`);
    expect(replied.body).toContain('Yes, I am here.');
    const mark = String(replied.headers['x-live-since']);
    const reply = await db().selectFrom('messages').select('id').where('text', '=', 'Yes, I am here.').executeTakeFirstOrThrow();
    await db().updateTable('deliveries').set({ status: 'delivered', updated_at: new Date(new Date(mark).getTime() + 1000) }).where('message_id', '=', reply.id).execute();
    const moved = await browser.get(`/console/clients/${anna}/timeline?since=${encodeURIComponent(mark)}`);
    expect(moved.body).toMatch(new RegExp(`^<li data-key="message:${reply.id}" class="outbound">.*Delivered.*</li>$`));

    // The page and the answers that showed something are one reading of the thread in these ten minutes.
    expect(await audits('read.thread')).toEqual([{ actor: `staff:${laura.staff.id}`, entity_id: anna, details: {} }]);
    expect((await browser.get(`/console/clients/${anna}/timeline?since=yesterday`)).statusCode).toBe(400);
  });

  it('shows a WhatsApp account’s 24-hour window once the client has written: open until when, or closed since when and what that means', async () => {
    const browser = await signedIn(t.app, laura.email);
    const whatsapp = () => db().updateTable('channel_accounts').where('client_id', '=', anna).where('channel', '=', 'whatsapp');
    expect((await browser.get(`/console/clients/${anna}`)).body).not.toContain('WhatsApp window');

    await whatsapp().set({ last_inbound_at: minutesAgo(60) }).execute();
    const open = (await browser.get(`/console/clients/${anna}`)).body;
    expect(open).toMatch(/<span class="tag good">WhatsApp window open until [^<]+<\/span>/);
    expect(open).not.toContain('Only templates reach them now');

    await whatsapp().set({ last_inbound_at: daysAgo(2) }).execute();
    const closed = (await browser.get(`/console/clients/${anna}`)).body;
    expect(closed).toMatch(/<span class="tag warn">WhatsApp window closed since [^<]+<\/span>/);
    expect(closed).toContain('Only templates reach them now; messages wait until they write.');
  });
});
