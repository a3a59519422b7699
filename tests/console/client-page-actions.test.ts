import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createInvite } from '../../src/domain/people/invites.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { cleanJpeg } from '../support/test-media.js';
import { outboxTo, postWithFile, signedIn, valueOf } from './client-page-support.js';
import { daysAgo, now, programme } from './clients-fixture.js';

let t: TestApp;
let p: ReturnType<typeof programme>;
let laura: Awaited<ReturnType<ReturnType<typeof programme>['mentor']>>;
let anna: string;

beforeEach(async () => {
  t = await createTestApp({ clock: () => now, telegramInviteLink: (code) => `https://t.me/mentorline_bot?start=${code}` });
  p = programme(t.database.db);
  laura = await p.mentor('Laura', 'laura@example.org');
  anna = await p.client('Anna', laura.id);
});
afterEach(async () => {
  await t.close();
});

const db = () => t.database.db;
const taskOf = (id: string) => db().selectFrom('tasks').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
const clientRecord = () => db().selectFrom('clients').selectAll().where('id', '=', anna).executeTakeFirstOrThrow();
const annaChat = () => `telegram-${anna}`;
const texts = async (chat: string) => (await outboxTo(db(), chat)).map((payload) => payload.text ?? payload.caption ?? '');

async function lauraOnPage() {
  const browser = await signedIn(t.app, laura.email);
  await browser.get(`/console/clients/${anna}`);
  return browser;
}

describe('tasks from a client’s page', () => {
  it('sets a task with a due date and a worksheet, sent to the client as the bot sends one', async () => {
    const browser = await lauraOnPage();
    const sheet = await cleanJpeg('a worksheet');
    const created = await postWithFile(t.app, browser, `/console/clients/${anna}/tasks`, { title: 'Write a shopping list', details: 'For the whole week', dueDate: '2026-11-25' }, { field: 'worksheet', name: 'sheet.jpg', type: 'image/jpeg', bytes: sheet });
    expect(created.statusCode).toBe(303);
    expect(created.headers.location).toBe(`/console/clients/${anna}?done=client-task-created#tasks`);
    const task = await db().selectFrom('tasks').selectAll().where('client_id', '=', anna).executeTakeFirstOrThrow();
    expect(task).toMatchObject({ title: 'Write a shopping list', details: 'For the whole week', due_date: '2026-11-25', status: 'assigned', mentor_id: laura.id });
    expect(task.worksheet_media_id).not.toBeNull();
    const sent = await outboxTo(db(), annaChat());
    expect(sent[0]?.text).toMatch(/^Your mentor Laura:\nNew task: “Write a shopping list”\nFor the whole week\nDue: /);
    expect(sent[1]).toEqual({ kind: 'photo', mediaId: task.worksheet_media_id, caption: 'Worksheet for “Write a shopping list”' });
    const audit = await db().selectFrom('audit_log').select('actor').where('action', '=', 'task.create').executeTakeFirstOrThrow();
    expect(audit.actor).toBe(`staff:${laura.staff.id}`);
    const page = await browser.get(created.headers.location as string);
    expect(page.body).toContain('The task is set and on its way to the client.');
    expect(page.body).toContain(`<a href="/console/clients/${anna}/media/${task.worksheet_media_id}">Worksheet</a>`);
  });

  it('says what is wrong with a task on its form, keeping what was written', async () => {
    const browser = await lauraOnPage();
    const empty = await browser.post(`/console/clients/${anna}/tasks`, { title: '  ', details: 'Some details', dueDate: '' });
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain('<details class="new-task" open>');
    expect(empty.body).toContain('<p class="problem" id="field-title-error">must not be empty</p>');
    expect(valueOf(empty.body, 'details')).toBe('Some details');
    const badDate = await browser.post(`/console/clients/${anna}/tasks`, { title: 'Call the job centre', details: '', dueDate: '2026-02-31' });
    expect(badDate.statusCode).toBe(400);
    expect(badDate.body).toContain('must be a real calendar date');
    expect(valueOf(badDate.body, 'title')).toBe('Call the job centre');
    expect(await db().selectFrom('tasks').select('id').execute()).toEqual([]);
    expect(await outboxTo(db(), annaChat())).toEqual([]);
  });

  it('approves a task shown done and praises the client once, even when approved twice', async () => {
    const task = await p.task(anna, 'Go for a walk', { status: 'submitted', mentorId: laura.id });
    const browser = await lauraOnPage();
    const approved = await browser.post(`/console/clients/${anna}/tasks/${task}/approve`);
    expect(approved.headers.location).toBe(`/console/clients/${anna}?done=client-task-approved#tasks`);
    expect((await taskOf(task)).status).toBe('approved');
    expect(await texts(annaChat())).toEqual([expect.stringMatching(/^Your mentor Laura:\n.*“Go for a walk”/)]);
    expect(await texts(laura.chat)).toEqual(['Approved. Anna has been sent praise for “Go for a walk”.']);
    await browser.get(`/console/clients/${anna}`);
    expect((await browser.post(`/console/clients/${anna}/tasks/${task}/approve`)).statusCode).toBe(303);
    expect(await texts(annaChat())).toHaveLength(1);
  });

  it('sends a task back with the mentor’s comment, and asks for the comment first', async () => {
    const task = await p.task(anna, 'Fill in the form', { status: 'submitted', mentorId: laura.id });
    const browser = await lauraOnPage();
    const without = await browser.post(`/console/clients/${anna}/tasks/${task}/redo`, { comment: ' ' });
    expect(without.statusCode).toBe(400);
    expect(without.body).toContain('<details class="redo" open>');
    expect(without.body).toContain(`<p class="problem" id="redo-${task}-error">must not be empty</p>`);
    expect((await taskOf(task)).status).toBe('submitted');

    const redo = await browser.post(`/console/clients/${anna}/tasks/${task}/redo`, { comment: 'Please sign the second page too.' });
    expect(redo.headers.location).toBe(`/console/clients/${anna}?done=client-task-redo#tasks`);
    expect(await taskOf(task)).toMatchObject({ status: 'assigned', mentor_comment: 'Please sign the second page too.' });
    expect(await texts(annaChat())).toEqual(['Your mentor Laura:\nPlease have another go at “Fill in the form”.\nPlease sign the second page too.']);
    expect((await browser.get(`/console/clients/${anna}`)).body).toContain('Asked to redo: Please sign the second page too.');
  });

  it('cancels a task and tells the client; a task that moved on meanwhile is said so by the task', async () => {
    const task = await p.task(anna, 'Read a chapter', { mentorId: laura.id });
    const browser = await lauraOnPage();
    expect(await browser.get(`/console/clients/${anna}`).then((page) => page.body)).toContain(`data-confirm="Cancel “Read a chapter”? Anna will be told it is off their list."`);
    expect((await browser.post(`/console/clients/${anna}/tasks/${task}/cancel`)).headers.location).toBe(`/console/clients/${anna}?done=client-task-cancelled#tasks`);
    expect((await taskOf(task)).status).toBe('cancelled');
    expect(await texts(annaChat())).toEqual(['Your mentor Laura:\n“Read a chapter” has been taken off your list. No need to do it.']);

    await browser.get(`/console/clients/${anna}`);
    const late = await browser.post(`/console/clients/${anna}/tasks/${task}/approve`);
    expect(late.statusCode).toBe(409);
    expect(late.body).toContain('<p class="problem" role="alert">“Read a chapter”: this task has changed meanwhile (it was answered, or cancelled). Here is how it stands now.</p>');
    expect((await taskOf(task)).status).toBe('cancelled');
  });

  it('reaches no task of another client through this client’s page', async () => {
    const omar = await p.client('Omar', laura.id);
    const task = await p.task(omar, 'Omar’s task', { status: 'submitted', mentorId: laura.id });
    const browser = await lauraOnPage();
    for (const action of ['approve', 'cancel', 'redo']) {
      expect((await browser.post(`/console/clients/${anna}/tasks/${task}/${action}`, { comment: 'Again' })).statusCode, action).toBe(404);
    }
    expect((await taskOf(task)).status).toBe('submitted');
  });
});

describe('notes from a client’s page', () => {
  it('keeps a private note as the mentor’s, shown on the page and never sent', async () => {
    const browser = await lauraOnPage();
    const empty = await browser.post(`/console/clients/${anna}/notes`, { note: '' });
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain('<p class="problem" id="field-note-error">must not be empty</p>');
    const saved = await browser.post(`/console/clients/${anna}/notes`, { note: 'Her sister helps with the children on Mondays.' });
    expect(saved.headers.location).toBe(`/console/clients/${anna}?done=client-note-saved#notes`);
    const note = await db().selectFrom('case_notes').selectAll().executeTakeFirstOrThrow();
    expect(note).toMatchObject({ client_id: anna, mentor_id: laura.id, author_staff_id: laura.staff.id, text: 'Her sister helps with the children on Mondays.' });
    const page = await browser.get(`/console/clients/${anna}`);
    expect(page.body).toContain('Private note by Laura');
    expect(page.body.match(/Her sister helps with the children on Mondays\./g)).toHaveLength(2);
    expect(await db().selectFrom('deliveries').select('id').execute()).toEqual([]);
  });
});

describe('the client’s record from their page', () => {
  it('edits the profile as the API would, with the API’s words for what it refuses', async () => {
    const browser = await lauraOnPage();
    const fields = { name: 'Anna Kalniņa', phone: '12345', language: 'lv', timezone: 'Europe/Riga', country: 'Latvia', programme: '', status: 'active' };
    const refused = await browser.post(`/console/clients/${anna}/profile`, fields);
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('<p class="problem" id="field-phone-error">must be a valid phone number in E.164 form such as +37120000000</p>');
    expect(valueOf(refused.body, 'name')).toBe('Anna Kalniņa');
    expect((await clientRecord()).name).toBe('Anna');

    const saved = await browser.post(`/console/clients/${anna}/profile`, { ...fields, phone: '+371 2000 0000'.replace(/ /g, '') });
    expect(saved.headers.location).toBe(`/console/clients/${anna}?done=client-profile-saved#profile`);
    expect(await clientRecord()).toMatchObject({ name: 'Anna Kalniņa', phone: '+37120000000', language: 'lv', country: 'Latvia', programme: null });
    const audit = await db().selectFrom('audit_log').select(['actor', 'entity_id']).where('action', '=', 'client.updated').executeTakeFirstOrThrow();
    expect(audit).toEqual({ actor: `staff:${laura.staff.id}`, entity_id: anna });

    // Another client's number is refused on the field, in the API's words.
    const omar = await p.client('Omar', laura.id);
    await browser.get(`/console/clients/${omar}`);
    const taken = await browser.post(`/console/clients/${omar}/profile`, { ...fields, name: 'Omar', phone: '+37120000000' });
    expect(taken.statusCode).toBe(400);
    expect(taken.body).toContain('<p class="problem" id="field-phone-error">another client already has this phone number</p>');
  });

  it('changes, pauses and resumes check-ins', async () => {
    const browser = await lauraOnPage();
    const none = await browser.post(`/console/clients/${anna}/checkins`, { checkinTime: '08:30', weeklySummaryDay: 'fri', checkinsPausedUntil: '' });
    expect(none.statusCode).toBe(400);
    expect(none.body).toContain('must name at least one weekday');
    expect(valueOf(none.body, 'checkinTime')).toBe('08:30');

    const paused = await browser.post(`/console/clients/${anna}/checkins`, { checkinTime: '08:30', checkinDays: ['mon', 'wed', 'fri'], weeklySummaryDay: 'fri', checkinsPausedUntil: daysAgo(-7) });
    expect(paused.headers.location).toBe(`/console/clients/${anna}?done=client-checkins-saved#profile`);
    expect(await clientRecord()).toMatchObject({ checkin_time: '08:30:00', checkin_days: [1, 3, 5], weekly_summary_day: 5, checkins_paused_until: daysAgo(-7) });
    const page = await browser.get(`/console/clients/${anna}`);
    expect(page.body).toContain('Check-ins are paused until Nov 27, 2026.');

    expect((await browser.post(`/console/clients/${anna}/checkins/resume`)).headers.location).toBe(`/console/clients/${anna}?done=client-checkins-resumed#profile`);
    expect((await clientRecord()).checkins_paused_until).toBeNull();
    expect((await browser.get(`/console/clients/${anna}`)).body).not.toContain('Check-ins are paused');
  });

  it('records consent given in person', async () => {
    await db().updateTable('clients').set({ consent_given: false, consent_at: null, consent_method: null }).where('id', '=', anna).execute();
    const browser = await lauraOnPage();
    const page = await browser.get(`/console/clients/${anna}`);
    expect(page.body).toContain('Not given yet.');
    expect((await browser.post(`/console/clients/${anna}/consent`)).headers.location).toBe(`/console/clients/${anna}?done=client-consent-recorded#profile`);
    expect(await clientRecord()).toMatchObject({ consent_given: true, consent_method: 'in_person', consent_at: now });
    expect((await browser.get(`/console/clients/${anna}`)).body).toContain('Given in person, recorded Nov 20, 2026, 12:00 PM.');
  });

  it('lets a coordinator move a client to another mentor, who gets the thread, and tells a mentor it is not theirs to do', async () => {
    const peteris = await p.mentor('Pēteris', 'peteris@example.org');
    const ilze = await p.coordinator();
    const mentor = await lauraOnPage();
    const refused = await mentor.post(`/console/clients/${anna}/mentor`, { mentorId: peteris.id });
    expect(refused.statusCode).toBe(403);
    expect(refused.body).toContain('For coordinators');

    const coordinator = await signedIn(t.app, ilze.email);
    const page = await coordinator.get(`/console/clients/${anna}`);
    expect(page.body).toContain(`<option value="${peteris.id}">Pēteris</option>`);
    const moved = await coordinator.post(`/console/clients/${anna}/mentor`, { mentorId: peteris.id });
    expect(moved.headers.location).toBe(`/console/clients/${anna}?done=client-reassigned#history`);
    const assignments = await db().selectFrom('assignments').select(['mentor_id', 'ended_at']).where('client_id', '=', anna).orderBy('started_at').execute();
    expect(assignments.map((a) => [a.mentor_id, a.ended_at === null])).toEqual([
      [laura.id, false],
      [peteris.id, true],
    ]);
    expect((await texts(peteris.chat))[0]).toMatch(/^Anna is now your client/);
    const after = await coordinator.get(moved.headers.location as string);
    expect(after.body).toContain('The client has a new mentor.');
    expect(after.body).toContain('Pēteris became the mentor.');
    expect(after.body).toContain('Laura is no longer the mentor.');
  });
});

describe('chats and invites from a client’s page', () => {
  it('makes an invite shown once with its Telegram QR code and WhatsApp text, and revokes an open one', async () => {
    const browser = await lauraOnPage();
    const made = await browser.post(`/console/clients/${anna}/invites`);
    expect(made.statusCode).toBe(201);
    const code = /<strong class="code">([A-Z0-9]{10})<\/strong>/.exec(made.body)?.[1];
    expect(code).toBeDefined();
    expect(made.body).toContain(`<a href="https://t.me/mentorline_bot?start=${code}">`);
    expect(made.body).toMatch(/<img class="qr" src="data:image\/png;base64,[^"]+" alt="QR code of the Telegram invite for Anna"\/>/);
    expect(made.body).toContain(`<strong class="code">START ${code}</strong>`);
    expect(made.body).toContain(`<a href="/console/clients/${anna}#access">Back to Anna</a>`);

    const page = await browser.get(`/console/clients/${anna}`);
    expect(page.body).toContain('works until Nov 27, 2026, 12:00 PM');
    expect(page.body).not.toContain(code);
    const invite = await db().selectFrom('invites').select('id').where('client_id', '=', anna).executeTakeFirstOrThrow();
    expect((await browser.post(`/console/clients/${anna}/invites/${invite.id}/revoke`)).headers.location).toBe(`/console/clients/${anna}?done=client-invite-revoked#access`);
    expect((await db().selectFrom('invites').select('revoked_at').where('id', '=', invite.id).executeTakeFirstOrThrow()).revoked_at).not.toBeNull();
    expect((await browser.get(`/console/clients/${anna}`)).body).toContain('No open invites.');
  });

  it('takes a chat back from the client, who is told once, and reaches no chat or invite of another client', async () => {
    const omar = await p.client('Omar', laura.id);
    await createInvite(db(), { clientId: omar }, { now, actor: 'admin' });
    const browser = await lauraOnPage();
    const [account] = await db().selectFrom('channel_accounts').select('id').where('client_id', '=', anna).execute();
    const [omarsAccount] = await db().selectFrom('channel_accounts').select('id').where('client_id', '=', omar).execute();
    const omarsInvite = await db().selectFrom('invites').select('id').where('client_id', '=', omar).executeTakeFirstOrThrow();
    expect((await browser.post(`/console/clients/${anna}/accounts/${omarsAccount?.id}/revoke`)).statusCode).toBe(404);
    expect((await browser.post(`/console/clients/${anna}/invites/${omarsInvite.id}/revoke`)).statusCode).toBe(404);
    expect(await db().selectFrom('channel_accounts').select('status').where('client_id', '=', omar).execute()).toEqual([{ status: 'active' }]);

    const revoked = await browser.post(`/console/clients/${anna}/accounts/${account?.id}/revoke`);
    expect(revoked.headers.location).toBe(`/console/clients/${anna}?done=client-account-revoked#access`);
    expect(await db().selectFrom('channel_accounts').select('status').where('client_id', '=', anna).execute()).toEqual([{ status: 'revoked' }]);
    expect(await texts(annaChat())).toEqual(['This chat no longer reaches Mentorline. If you think this is a mistake, please ask your coordinator.']);
    const page = await browser.get(revoked.headers.location as string);
    expect(page.body).toContain('The chat is revoked; the client has been told.');
    expect(page.body).toContain('revoked Nov 20, 2026');
  });
});
