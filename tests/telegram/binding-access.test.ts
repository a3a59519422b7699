import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeUser } from '../fakes/fake-bot-api.js';
import { eventually } from '../fakes/fake-whatsapp-client.js';
import { messageOf, startTelegramHarness, textOf, type TelegramHarness } from '../support/telegram-harness.js';

const mentor = { id: 7101, first_name: 'Ilze', language_code: 'en' };

const invalidCode = 'This invite code does not work: it is unknown, already used or expired. Please ask your coordinator or mentor for a new one.';
const accountTaken = 'This account is already connected to Mentorline as someone else. Please ask your coordinator for help.';
const replacedNotice = 'You are now connected to Mentorline from another account, so this chat is no longer connected.';

let h: TelegramHarness;
let mentorId: string;

beforeAll(async () => {
  h = await startTelegramHarness();
  mentorId = await h.bindMentor(mentor, { languages: ['en'] });
});
afterAll(async () => {
  await h.close();
});

async function createClient(name: string): Promise<string> {
  const created = await h.api('POST', '/api/clients', {
    name, mentorId, language: 'en', timezone: 'Europe/Riga', checkinTime: '09:00', consentGiven: true,
  });
  expect(created.status).toBe(201);
  return created.body.id as string;
}

async function issueInvite(kind: 'clients' | 'mentors', id: string): Promise<string> {
  const invite = await h.api('POST', `/api/${kind}/${id}/invites`);
  expect(invite.status).toBe(201);
  return invite.body.code as string;
}

/** The texts the service has queued for a chat, whether or not they went out yet: the outbox is the record of what it meant to send. */
async function textsQueuedFor(chatId: number): Promise<string[]> {
  const rows = await h.database.db
    .selectFrom('deliveries')
    .select('payload')
    .where('recipient_chat_id', '=', String(chatId))
    .orderBy('seq')
    .execute();
  return rows.map((row) => String((row.payload as { payload: { text?: string } }).payload.text ?? ''));
}

async function accountsOf(user: FakeUser) {
  return h.database.db.selectFrom('channel_accounts').selectAll().where('external_id', '=', String(user.id)).execute();
}

/** The client writes, and the mentor answers by replying to what arrived. */
async function mentorAnswers(client: FakeUser, text: string): Promise<void> {
  h.fake.textFromUser(client, `${text}?`);
  const atMentor = await h.nextTo(mentor.id);
  expect(textOf(atMentor)).toBe(`${client.first_name} (Telegram):\n${text}?`);
  h.fake.textFromUser(mentor, text, { reply_to_message: messageOf(atMentor) as never });
}

describe('one invite binds one person', () => {
  it('revokes a client’s other open invites once one is used, so a second person binds nothing and hears nothing', async () => {
    const clientId = await createClient('Marta');
    const first = await issueInvite('clients', clientId);
    const second = await issueInvite('clients', clientId);
    const marta = { id: 7201, first_name: 'Marta', language_code: 'en' };
    const secondPerson = { id: 7202, first_name: 'Someone', language_code: 'en' };

    h.fake.textFromUser(marta, `/start ${first}`);
    expect(textOf(await h.nextTo(marta.id))).toMatch(/^Welcome, Marta!/);
    h.fake.textFromUser(secondPerson, `/start ${second}`);
    expect(textOf(await h.nextTo(secondPerson.id))).toBe(invalidCode);
    expect(await accountsOf(secondPerson)).toEqual([]);

    await mentorAnswers(marta, 'How was the interview');
    expect(textOf(await h.nextTo(marta.id)).endsWith('How was the interview')).toBe(true);
    // The reply and everything before it are in the outbox by now: the second person was only ever refused.
    expect(await textsQueuedFor(secondPerson.id)).toEqual([invalidCode]);
    const invites = await h.api('GET', `/api/clients/${clientId}/invites`);
    expect(invites.body.items.map((i: { status: string }) => i.status).sort()).toEqual(['revoked', 'used']);
  });
});

describe('a new binding on a channel replaces the old account', () => {
  it('moves a client to their new Telegram account: the old chat is told and then treated as a stranger', async () => {
    const clientId = await createClient('Oksana');
    const before = { id: 7301, first_name: 'Oksana', language_code: 'en' };
    const after = { id: 7302, first_name: 'Oksana', language_code: 'en' };
    h.fake.textFromUser(before, `/start ${await issueInvite('clients', clientId)}`);
    await h.nextTo(before.id);
    await mentorAnswers(before, 'Did the new phone arrive');
    await h.nextTo(before.id);

    h.fake.textFromUser(after, `/start ${await issueInvite('clients', clientId)}`);
    expect(textOf(await h.nextTo(after.id))).toMatch(/^Welcome, Oksana!/);
    expect(textOf(await h.nextTo(before.id))).toBe(replacedNotice);
    const notice = await h.nextTo(mentor.id);
    expect(textOf(notice)).toBe('Oksana now writes to you from a new Telegram account; the earlier one no longer reaches them.');

    h.fake.textFromUser(mentor, 'Glad you are set up again', { reply_to_message: messageOf(notice) as never });
    expect(textOf(await h.nextTo(after.id)).endsWith('Glad you are set up again')).toBe(true);
    expect(await textsQueuedFor(before.id)).not.toContain(expect.stringContaining('Glad you are set up again'));

    h.fake.textFromUser(before, 'Still me, from the old phone');
    expect(textOf(await h.nextTo(before.id))).toMatch(/^Hello! This is Mentorline/);
    h.fake.textFromUser(after, 'And this is the new phone');
    expect(textOf(await h.nextTo(mentor.id))).toBe('Oksana (Telegram):\nAnd this is the new phone');
    const thread = await h.api('GET', `/api/clients/${clientId}/messages`);
    expect(thread.body.items.map((m: { text: string }) => m.text)).not.toContain('Still me, from the old phone');
    expect((await accountsOf(before))[0]).toMatchObject({ status: 'revoked', client_id: clientId });
    expect((await accountsOf(after))[0]).toMatchObject({ status: 'active', client_id: clientId });
  });

  it('moves a mentor to their new Telegram account: clients’ messages reach only the new chat', async () => {
    const laterMentorId = (await h.api('POST', '/api/mentors', { name: 'Rūta', languages: ['en'] })).body.id as string;
    const before = { id: 7401, first_name: 'Rūta', language_code: 'en' };
    const after = { id: 7402, first_name: 'Rūta', language_code: 'en' };
    h.fake.textFromUser(before, `/start ${await issueInvite('mentors', laterMentorId)}`);
    await h.nextTo(before.id);
    const client = { id: 7403, first_name: 'Dmytro', language_code: 'en' };
    await h.bindClient(client, { mentorId: laterMentorId });
    h.fake.textFromUser(client, 'Before you changed phones');
    const atOld = await h.nextTo(before.id);

    h.fake.textFromUser(after, `/start ${await issueInvite('mentors', laterMentorId)}`);
    expect(textOf(await h.nextTo(after.id))).toMatch(/^Welcome, Rūta! You are connected as a mentor/);
    expect(textOf(await h.nextTo(before.id))).toBe(replacedNotice);

    h.fake.textFromUser(client, 'Hello, is this still you?');
    const atNew = await h.nextTo(after.id);
    expect(textOf(atNew)).toBe('Dmytro (Telegram):\nHello, is this still you?');
    expect(await textsQueuedFor(before.id)).not.toContain('Dmytro (Telegram):\nHello, is this still you?');

    // What the old chat sends is a stranger's: even a reply to the client's message goes nowhere.
    h.fake.textFromUser(before, 'Sent from the old phone', { reply_to_message: messageOf(atOld) as never });
    expect(textOf(await h.nextTo(before.id))).toMatch(/^Hello! This is Mentorline/);
    h.fake.textFromUser(after, 'Yes, still me', { reply_to_message: messageOf(atNew) as never });
    expect(textOf(await h.nextTo(client.id)).endsWith('Yes, still me')).toBe(true);
    expect(await textsQueuedFor(client.id)).not.toContain(expect.stringContaining('Sent from the old phone'));
  });

  it('keeps the old account revoked when it cannot be told, as when it blocked the bot', async () => {
    const clientId = await createClient('Petro');
    const before = { id: 7411, first_name: 'Petro', language_code: 'en' };
    const after = { id: 7412, first_name: 'Petro', language_code: 'en' };
    h.fake.textFromUser(before, `/start ${await issueInvite('clients', clientId)}`);
    await h.nextTo(before.id);
    h.fake.blockChat(before.id);
    h.fake.textFromUser(after, `/start ${await issueInvite('clients', clientId)}`);
    await h.nextTo(after.id);
    await h.nextTo(mentor.id);
    // The notice to the old chat failed for good: that marks a live account unreachable, never a revoked one.
    await eventually(async () => {
      const [notice] = await h.database.db.selectFrom('deliveries').select('status').where('recipient_chat_id', '=', String(before.id)).orderBy('seq', 'desc').execute();
      return notice?.status === 'failed';
    });
    expect((await accountsOf(before))[0]).toMatchObject({ status: 'revoked' });

    h.fake.unblockChat(before.id);
    h.fake.textFromUser(before, 'Old phone, unblocked');
    expect(textOf(await h.nextTo(before.id))).toMatch(/^Hello! This is Mentorline/);
    expect(await textsQueuedFor(mentor.id)).not.toContain('Petro (Telegram):\nOld phone, unblocked');
  });
});

describe('a code is checked against the redeeming account before it is used up', () => {
  it('refuses a bound mentor who sends a client’s code, and the client can still bind with it', async () => {
    const clientId = await createClient('Alina');
    const code = await issueInvite('clients', clientId);
    h.fake.textFromUser(mentor, `/start ${code}`);
    expect(textOf(await h.nextTo(mentor.id))).toBe(accountTaken);
    expect((await accountsOf(mentor))[0]).toMatchObject({ mentor_id: mentorId, client_id: null, status: 'active' });

    const alina = { id: 7501, first_name: 'Alina', language_code: 'en' };
    h.fake.textFromUser(alina, `/start ${code}`);
    expect(textOf(await h.nextTo(alina.id))).toMatch(/^Welcome, Alina!/);
    expect((await accountsOf(alina))[0]).toMatchObject({ client_id: clientId, status: 'active' });
  });

  it('refuses a bound client who sends a mentor’s code, and the mentor can still bind with it', async () => {
    const client = { id: 7601, first_name: 'Viktor', language_code: 'en' };
    const clientId = await h.bindClient(client, { mentorId });
    const newMentorId = (await h.api('POST', '/api/mentors', { name: 'Kristaps' })).body.id as string;
    const code = await issueInvite('mentors', newMentorId);
    h.fake.textFromUser(client, `/start ${code}`);
    expect(textOf(await h.nextTo(client.id))).toBe(accountTaken);
    expect((await accountsOf(client))[0]).toMatchObject({ client_id: clientId, mentor_id: null });

    const kristaps = { id: 7602, first_name: 'Kristaps', language_code: 'en' };
    h.fake.textFromUser(kristaps, `/start ${code}`);
    expect(textOf(await h.nextTo(kristaps.id))).toMatch(/^Welcome, Kristaps! You are connected as a mentor/);
    const invites = await h.api('GET', `/api/mentors/${newMentorId}/invites`);
    expect(invites.body.items).toEqual([expect.objectContaining({ status: 'used' })]);
  });
});

describe('the audit log of binding', () => {
  it('records a mentor’s binding as the mentor’s own doing', async () => {
    const [account] = await accountsOf(mentor);
    const rows = await h.database.db.selectFrom('audit_log').select(['actor', 'entity_type', 'details']).where('entity_id', '=', mentorId).where('action', '=', 'account.bound').execute();
    expect(rows).toEqual([{ actor: `mentor:${mentorId}`, entity_type: 'mentor', details: expect.objectContaining({ accountId: account?.id, channel: 'telegram' }) }]);
  });

  it('records each binding, replacement and superseded invite, by the person who bound', async () => {
    const clientId = await createClient('Sofia');
    const before = { id: 7701, first_name: 'Sofia', language_code: 'en' };
    const after = { id: 7702, first_name: 'Sofia', language_code: 'en' };
    const firstCode = await issueInvite('clients', clientId);
    const spare = await issueInvite('clients', clientId);
    expect(spare).not.toBe(firstCode);
    h.fake.textFromUser(before, `/start ${firstCode}`);
    await h.nextTo(before.id);
    h.fake.textFromUser(after, `/start ${await issueInvite('clients', clientId)}`);
    await h.nextTo(after.id);
    await h.nextTo(before.id);

    // Sofia's mentor hears of the new account too; that message is the other test's subject.
    await h.nextTo(mentor.id);

    const [oldAccount] = await accountsOf(before);
    const [newAccount] = await accountsOf(after);
    const invites = (await h.api('GET', `/api/clients/${clientId}/invites`)).body.items as Array<{ id: string; status: string }>;
    const rows = await h.database.db
      .selectFrom('audit_log')
      .select(['actor', 'action', 'entity_type', 'details'])
      .where('entity_id', '=', clientId)
      .where('action', 'like', 'account.%')
      .execute();
    expect(rows.every((row) => row.actor === `client:${clientId}` && row.entity_type === 'client')).toBe(true);
    // Rows of one transaction share a timestamp, so they are compared as a set.
    expect(rows.map(({ action, details }) => ({ action, details }))).toEqual(
      expect.arrayContaining([
        { action: 'account.bound', details: expect.objectContaining({ accountId: oldAccount?.id, channel: 'telegram' }) },
        { action: 'account.bound', details: expect.objectContaining({ accountId: newAccount?.id, channel: 'telegram' }) },
        { action: 'account.replaced', details: { accountId: oldAccount?.id, by: newAccount?.id } },
      ]),
    );
    expect(rows).toHaveLength(3);

    const revoked = await h.database.db
      .selectFrom('audit_log')
      .select(['actor', 'details'])
      .where('entity_id', '=', clientId)
      .where('action', '=', 'invite.revoked')
      .execute();
    const spareId = invites.find((invite) => invite.status === 'revoked')?.id;
    expect(spareId).toBeDefined();
    expect(revoked).toEqual([{ actor: `client:${clientId}`, details: { inviteIds: [spareId], reason: 'bound' } }]);
  });
});
