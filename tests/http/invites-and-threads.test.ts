import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashInviteCode } from '../../src/domain/people/invites.js';
import { plainPhoto, stored } from '../support/test-media.js';
import { auth, createTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
let mentorId: string;
let clientId: string;

beforeAll(async () => {
  t = await createTestApp({ telegramInviteLink: (code) => `https://t.me/mentorline_test_bot?start=${code}` });
  mentorId = (await t.app.inject({ method: 'POST', url: '/api/mentors', headers: auth, payload: { name: 'Anna' } })).json().id;
  clientId = (
    await t.app.inject({
      method: 'POST',
      url: '/api/clients',
      headers: auth,
      payload: { name: 'Olena', mentorId, language: 'uk', timezone: 'Europe/Kyiv', checkinTime: '10:00' },
    })
  ).json().id;
});
afterAll(async () => {
  await t.close();
});

describe('invites', () => {
  it.each(['mentors', 'clients'])('issues a %s invite whose code is stored only hashed', async (kind) => {
    const id = kind === 'mentors' ? mentorId : clientId;
    const response = await t.app.inject({ method: 'POST', url: `/api/${kind}/${id}/invites`, headers: auth });
    expect(response.statusCode).toBe(201);
    const invite = response.json();
    expect(invite.code).toMatch(/^[A-Z2-9]{10}$/);
    // Mentors bind in Telegram only.
    expect(invite.whatsappText).toBe(kind === 'clients' ? `START ${invite.code}` : null);
    expect(invite.telegramLink).toBe(`https://t.me/mentorline_test_bot?start=${invite.code}`);
    const expiresIn = new Date(invite.expiresAt).getTime() - Date.now();
    expect(expiresIn).toBeGreaterThan(6.9 * 24 * 3600_000);

    const rows = await t.database.db.selectFrom('invites').selectAll().execute();
    expect(JSON.stringify(rows)).not.toContain(invite.code);
    expect(rows.map((r) => r.code_hash)).toContain(hashInviteCode(invite.code));
  });

  it('honours a shorter lifetime and refuses unknown owners', async () => {
    const short = await t.app.inject({
      method: 'POST',
      url: `/api/clients/${clientId}/invites`,
      headers: auth,
      payload: { expiresInHours: 2 },
    });
    expect(new Date(short.json().expiresAt).getTime() - Date.now()).toBeLessThanOrEqual(2 * 3600_000);
    const unknown = await t.app.inject({
      method: 'POST',
      url: '/api/clients/5b0a7c1e-0000-4000-8000-000000000000/invites',
      headers: auth,
    });
    expect(unknown.statusCode).toBe(404);
  });
});

describe('thread messages and media', () => {
  it('lists a thread oldest first, with pagination, and serves media bytes as stored', async () => {
    const bytes = await plainPhoto();
    const media = stored(await t.deps.mediaStore.put(t.database.db, bytes, 'image/jpeg'));
    const thread = await t.database.db
      .selectFrom('threads')
      .select('id')
      .where('client_id', '=', clientId)
      .executeTakeFirstOrThrow();
    await t.database.db
      .insertInto('messages')
      .values([
        { thread_id: thread.id, direction: 'inbound', author: 'client', kind: 'text', text: 'Labdien', channel: 'telegram', external_id: '1:1' },
        { thread_id: thread.id, direction: 'inbound', author: 'client', kind: 'photo', media_id: media.id, channel: 'telegram', external_id: '1:2' },
        { thread_id: thread.id, direction: 'outbound', author: 'mentor', author_mentor_id: mentorId, kind: 'text', text: 'Great!' },
      ])
      .execute();

    const first = (await t.app.inject({ method: 'GET', url: `/api/clients/${clientId}/messages?limit=2`, headers: auth })).json();
    expect(first.items.map((m: { text: string | null }) => m.text)).toEqual(['Labdien', null]);
    expect(first.items[1]).toMatchObject({ kind: 'photo', mediaId: media.id, direction: 'inbound', author: 'client' });
    const second = (
      await t.app.inject({ method: 'GET', url: `/api/clients/${clientId}/messages?limit=2&cursor=${first.nextCursor}`, headers: auth })
    ).json();
    expect(second.items).toHaveLength(1);
    expect(second.items[0]).toMatchObject({ direction: 'outbound', author: 'mentor', text: 'Great!' });
    expect(second.nextCursor).toBeNull();

    const served = await t.app.inject({ method: 'GET', url: `/api/media/${media.id}`, headers: auth });
    expect(served.statusCode).toBe(200);
    expect(served.headers['content-type']).toBe('image/jpeg');
    expect(served.rawPayload.equals(bytes)).toBe(true);
  });

  it('stores identical media once', async () => {
    const bytes = Buffer.from('same bytes twice');
    const a = stored(await t.deps.mediaStore.put(t.database.db, bytes, 'text/plain'));
    const b = stored(await t.deps.mediaStore.put(t.database.db, bytes, 'text/plain'));
    expect(b.id).toBe(a.id);
  });

  it('answers 404 for unknown clients and media', async () => {
    const messages = await t.app.inject({
      method: 'GET',
      url: '/api/clients/5b0a7c1e-0000-4000-8000-000000000000/messages',
      headers: auth,
    });
    expect(messages.statusCode).toBe(404);
    const media = await t.app.inject({ method: 'GET', url: '/api/media/5b0a7c1e-0000-4000-8000-000000000000', headers: auth });
    expect(media.statusCode).toBe(404);
    expect(media.json().error.code).toBe('MEDIA_NOT_FOUND');
  });
});
