import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTranslator } from '../../src/i18n/translator.js';
import { eventually } from '../fakes/fake-whatsapp-client.js';
import type { FakeUser } from '../fakes/fake-bot-api.js';
import { messageOf, startTelegramHarness, textOf, type TelegramHarness } from '../support/telegram-harness.js';

const translator = createTranslator();
const unknownId = '5b0a7c1e-0000-4000-8000-000000000000';
/** What Telegram answers when it wants a chat left alone for a minute: the delivery waits, pending, meanwhile. */
const floodWait = { status: 429, body: { ok: false, error_code: 429, description: 'Too Many Requests: retry after 60', parameters: { retry_after: 60 } } };

const mentor = { id: 8101, first_name: 'Laura', language_code: 'lv' };
const client = { id: 8201, first_name: 'Olha', language_code: 'uk' };

let h: TelegramHarness;
let mentorId: string;
let clientId: string;

beforeAll(async () => {
  h = await startTelegramHarness();
  mentorId = await h.bindMentor(mentor, { languages: ['lv'] });
  clientId = await h.bindClient(client, { mentorId, language: 'uk' });
});
afterAll(async () => {
  await h.close();
});

async function deliveriesTo(user: FakeUser) {
  const rows = await h.database.db
    .selectFrom('deliveries')
    .select(['id', 'status', 'last_error', 'payload'])
    .where('recipient_chat_id', '=', String(user.id))
    .orderBy('seq')
    .execute();
  return rows.map((row) => ({ ...row, text: String((row.payload as { payload: { text?: string } }).payload.text ?? '') }));
}

async function auditRows(action: string) {
  return h.database.db.selectFrom('audit_log').select(['actor', 'entity_type', 'entity_id', 'details']).where('action', '=', action).execute();
}

/** Waits until a message is in the client's thread: it and what it sent were committed together. */
async function inThread(text: string): Promise<void> {
  await eventually(async () => {
    const thread = await h.api('GET', `/api/clients/${clientId}/messages`);
    return thread.body.items.some((m: { text: string }) => m.text === text);
  });
}

describe('channel accounts through the admin API', () => {
  it('lists a client’s and a mentor’s accounts without the platforms’ ids', async () => {
    for (const [path, user] of [[`/api/clients/${clientId}/accounts`, client], [`/api/mentors/${mentorId}/accounts`, mentor]] as const) {
      const listed = await h.api('GET', path);
      expect(listed.status).toBe(200);
      expect(listed.body.items).toHaveLength(1);
      const [account] = listed.body.items;
      expect(Object.keys(account).sort()).toEqual(['channel', 'createdAt', 'id', 'revokedAt', 'status', 'unreachableReason']);
      expect(account).toMatchObject({ channel: 'telegram', status: 'active', unreachableReason: null, revokedAt: null });
      expect(JSON.stringify(listed.body)).not.toContain(String(user.id));
    }
    expect((await h.api('GET', `/api/clients/${unknownId}/accounts`)).status).toBe(404);
    expect((await h.api('GET', `/api/mentors/${unknownId}/accounts`)).status).toBe(404);
    expect((await h.api('DELETE', `/api/accounts/${unknownId}`)).status).toBe(404);
  });

  it('revokes a client’s account: what waits for it is cancelled, they are told once in their language, and nothing passes either way', async () => {
    h.fake.textFromUser(client, 'Добрий день');
    const atMentor = await h.nextTo(mentor.id);
    h.fake.failNext('sendMessage', 1, floodWait);
    h.fake.textFromUser(mentor, 'Labdien! Kā jums iet?', { reply_to_message: messageOf(atMentor) as never });
    // The flood wait itself, not the chat's own pacing: until it is spent the failure stays armed for the next send to anyone.
    const waiting = await eventually(async () =>
      (await deliveriesTo(client)).find((d) => d.text.endsWith('Labdien! Kā jums iet?') && d.last_error === floodWait.body.description),
    );
    expect(waiting.status).toBe('pending');

    const [account] = (await h.api('GET', `/api/clients/${clientId}/accounts`)).body.items;
    expect((await h.api('DELETE', `/api/accounts/${account.id}`)).status).toBe(204);
    expect(textOf(await h.nextTo(client.id))).toBe(translator.t('uk', 'account-revoked'));
    expect((await deliveriesTo(client)).find((d) => d.id === waiting.id)?.status).toBe('cancelled');
    expect((await h.api('DELETE', `/api/accounts/${account.id}`)).status).toBe(204);

    h.fake.textFromUser(mentor, 'Vai saņēmāt manu ziņu?', { reply_to_message: messageOf(atMentor) as never });
    await inThread('Vai saņēmāt manu ziņu?');
    h.fake.textFromUser(client, 'Ви мене чуєте?');
    expect(textOf(await h.nextTo(client.id))).toBe(translator.t('uk', 'stranger-welcome', { start: '/start' }));

    const told = (await deliveriesTo(client)).map((d) => d.text);
    expect(told.filter((text) => text === translator.t('uk', 'account-revoked'))).toHaveLength(1);
    expect(told.filter((text) => text.endsWith('Vai saņēmāt manu ziņu?'))).toEqual([]);
    const thread = await h.api('GET', `/api/clients/${clientId}/messages`);
    expect(thread.body.items.map((m: { text: string }) => m.text)).not.toContain('Ви мене чуєте?');
    expect(h.fake.sentTo(mentor.id).map(textOf).join('\n')).not.toContain('Ви мене чуєте?');

    const listed = await h.api('GET', `/api/clients/${clientId}/accounts`);
    expect(listed.body.items).toEqual([expect.objectContaining({ id: account.id, status: 'revoked', revokedAt: expect.any(String) })]);
    expect(await auditRows('account.revoked')).toEqual([
      { actor: 'admin', entity_type: 'client', entity_id: clientId, details: { accountId: account.id, channel: 'telegram' } },
    ]);
  });

  it('lets a revoked person bind again from the same chat with a new invite', async () => {
    const [revoked] = (await h.api('GET', `/api/clients/${clientId}/accounts`)).body.items;
    h.fake.textFromUser(client, `/start ${(await h.api('POST', `/api/clients/${clientId}/invites`)).body.code}`);
    expect(textOf(await h.nextTo(client.id))).toBe(translator.t('uk', 'client-welcome', { name: 'Olha', mentor: 'Laura' }));
    const listed = await h.api('GET', `/api/clients/${clientId}/accounts`);
    expect(listed.body.items).toEqual([expect.objectContaining({ id: revoked.id, status: 'active', revokedAt: null })]);
    h.fake.textFromUser(client, 'Я знову тут');
    expect(textOf(await h.nextTo(mentor.id))).toBe('Olha (Telegram):\nЯ знову тут');
  });

  it('keeps an account revoked when the farewell cannot be delivered, as to someone who blocked the bot', async () => {
    const blocker = { id: 8203, first_name: 'Roman', language_code: 'en' };
    const blockerId = await h.bindClient(blocker, { mentorId });
    h.fake.blockChat(blocker.id);
    const [account] = (await h.api('GET', `/api/clients/${blockerId}/accounts`)).body.items;
    expect((await h.api('DELETE', `/api/accounts/${account.id}`)).status).toBe(204);
    await eventually(async () => (await deliveriesTo(blocker)).some((d) => d.status === 'failed'));
    expect((await h.api('GET', `/api/clients/${blockerId}/accounts`)).body.items).toEqual([expect.objectContaining({ status: 'revoked' })]);

    h.fake.unblockChat(blocker.id);
    h.fake.textFromUser(blocker, 'I unblocked the bot');
    expect(textOf(await h.nextTo(blocker.id))).toMatch(/^Hello! This is Mentorline/);
    expect((await deliveriesTo(mentor)).map((d) => d.text)).not.toContain('Roman (Telegram):\nI unblocked the bot');
  });

  it('revokes a mentor’s account: the mentor is told in their language and their clients’ messages wait', async () => {
    const other = { id: 8102, first_name: 'Pēteris', language_code: 'lv' };
    const otherId = await h.bindMentor(other, { languages: ['lv'] });
    const theirs = { id: 8202, first_name: 'Ivan', language_code: 'en' };
    await h.bindClient(theirs, { mentorId: otherId });
    const [account] = (await h.api('GET', `/api/mentors/${otherId}/accounts`)).body.items;

    expect((await h.api('DELETE', `/api/accounts/${account.id}`)).status).toBe(204);
    expect(textOf(await h.nextTo(other.id))).toBe(translator.t('lv', 'account-revoked'));
    h.fake.textFromUser(theirs, 'Anyone there?');
    expect(textOf(await h.nextTo(theirs.id))).toBe('Thank you. Your message is kept, and a mentor will answer you soon.');
    h.fake.textFromUser(other, '/clients');
    expect(textOf(await h.nextTo(other.id))).toBe(translator.t('lv', 'stranger-welcome', { start: '/start' }));
    expect((await deliveriesTo(other)).map((d) => d.text)).not.toContain('Ivan (Telegram):\nAnyone there?');
    expect(await auditRows('account.revoked')).toContainEqual({
      actor: 'admin', entity_type: 'mentor', entity_id: otherId, details: { accountId: account.id, channel: 'telegram' },
    });
  });
});

describe('invites through the admin API', () => {
  it('lists a person’s invites by status, never with their codes', async () => {
    const created = await h.api('POST', '/api/clients', { name: 'Nadia', mentorId, language: 'en', timezone: 'Europe/Riga', checkinTime: '09:00' });
    const id = created.body.id as string;
    const codes = [];
    for (let i = 0; i < 3; i++) codes.push((await h.api('POST', `/api/clients/${id}/invites`)).body.code as string);
    const [revokedInvite, expiredInvite] = (await h.api('GET', `/api/clients/${id}/invites`)).body.items.map((i: { id: string }) => i.id);
    expect((await h.api('DELETE', `/api/invites/${revokedInvite}`)).status).toBe(204);
    await h.database.db.updateTable('invites').set({ expires_at: sql<Date>`now() - interval '1 minute'` }).where('id', '=', expiredInvite).execute();

    const listed = await h.api('GET', `/api/clients/${id}/invites`);
    expect(listed.status).toBe(200);
    expect(listed.body.items.map((i: { status: string }) => i.status)).toEqual(['revoked', 'expired', 'open']);
    for (const item of listed.body.items) expect(Object.keys(item).sort()).toEqual(['createdAt', 'expiresAt', 'id', 'revokedAt', 'status', 'usedAt']);
    expect(listed.body.items[0].revokedAt).not.toBeNull();
    for (const code of codes) expect(JSON.stringify(listed.body)).not.toContain(code);

    const used = await h.api('GET', `/api/clients/${clientId}/invites`);
    // Olha's first invite and the one she bound with again after her account was revoked.
    expect(used.body.items).toEqual([1, 2].map(() => expect.objectContaining({ status: 'used', usedAt: expect.any(String), revokedAt: null })));
    expect((await h.api('GET', `/api/mentors/${mentorId}/invites`)).body.items).toEqual([expect.objectContaining({ status: 'used' })]);
    expect((await h.api('GET', `/api/clients/${unknownId}/invites`)).status).toBe(404);
    expect((await h.api('GET', `/api/mentors/${unknownId}/invites`)).status).toBe(404);
  });

  it('revokes an open invite so its code binds nobody, and refuses to revoke a used one', async () => {
    const created = await h.api('POST', '/api/clients', { name: 'Yana', mentorId, language: 'en', timezone: 'Europe/Riga', checkinTime: '09:00' });
    const id = created.body.id as string;
    const withdrawn = (await h.api('POST', `/api/clients/${id}/invites`)).body.code as string;
    const kept = (await h.api('POST', `/api/clients/${id}/invites`)).body.code as string;
    // Newest first: the second is the one withdrawn.
    const [, withdrawnId] = (await h.api('GET', `/api/clients/${id}/invites`)).body.items.map((i: { id: string }) => i.id);
    expect((await h.api('DELETE', `/api/invites/${withdrawnId}`)).status).toBe(204);
    expect((await h.api('DELETE', `/api/invites/${withdrawnId}`)).status).toBe(204);

    const yana = { id: 8301, first_name: 'Yana', language_code: 'en' };
    h.fake.textFromUser(yana, `/start ${withdrawn}`);
    expect(textOf(await h.nextTo(yana.id))).toMatch(/^This invite code does not work/);
    expect(await h.database.db.selectFrom('channel_accounts').select('id').where('client_id', '=', id).execute()).toEqual([]);
    // The invite left open still binds: revoking one withdrew that one alone.
    h.fake.textFromUser(yana, `/start ${kept}`);
    expect(textOf(await h.nextTo(yana.id))).toMatch(/^Welcome, Yana!/);

    const usedId = (await h.api('GET', `/api/clients/${clientId}/invites`)).body.items[0].id;
    const refused = await h.api('DELETE', `/api/invites/${usedId}`);
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({ code: 'INVITE_USED' });
    expect((await h.api('DELETE', `/api/invites/${unknownId}`)).status).toBe(404);

    expect(await auditRows('invite.revoked')).toContainEqual({ actor: 'admin', entity_type: 'client', entity_id: id, details: { inviteIds: [withdrawnId] } });
  });
});
