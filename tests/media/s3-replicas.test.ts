import { readdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { FakeUser, UpdateInput } from '../fakes/fake-bot-api.js';
import { s3Credentials, startS3Server, type TestS3Server } from '../support/s3-server.js';
import { freePort, startTelegramHarness, type TelegramHarness } from '../support/telegram-harness.js';
import { cleanJpeg } from '../support/test-media.js';

const mentor = { id: 9501, first_name: 'Laura', language_code: 'en' };
const olena = { id: 9601, first_name: 'Olena', language_code: 'en' };
const webhookSecret = 's3-replicas-webhook-secret-of-32-characters';
const adminAuth = { authorization: 'Bearer telegram-harness-token-0123456789' };

let s3: TestS3Server;
let a: TelegramHarness;
let b: TelegramHarness;

/** A replica's webhook settings; both share the bot and its secret, as a deployment's replicas do. */
function webhookEnv(port: number): Record<string, string> {
  return { PORT: String(port), TELEGRAM_MODE: 'webhook', TELEGRAM_WEBHOOK_URL: `http://127.0.0.1:${port}/telegram/webhook`, TELEGRAM_WEBHOOK_SECRET: webhookSecret };
}

/**
 * Telegram posts an update to one replica: in a deployment a load balancer picks it, here the
 * webhook is pointed at the replica the test picks.
 */
async function deliverThrough(replica: TelegramHarness, update: UpdateInput): Promise<void> {
  const response = await fetch(`${a.fake.apiRoot}/bot${a.fake.token}/setWebhook`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ url: `${replica.service.url}/telegram/webhook`, secret_token: webhookSecret }),
  });
  expect(response.status).toBe(200);
  expect(await a.fake.deliverToWebhook(update)).toBe(200);
}

async function bind(user: FakeUser, route: string, fields: object): Promise<string> {
  const person = await a.api('POST', route, { name: user.first_name, ...fields });
  const invite = await a.api('POST', `${route}/${person.body.id}/invites`);
  await deliverThrough(a, a.fake.textFromUser(user, `/start ${invite.body.code}`));
  await a.nextTo(user.id);
  return person.body.id as string;
}

/** The media id of the client's message with this caption. */
async function mediaIdOf(caption: string): Promise<string> {
  const row = await a.database.db.selectFrom('messages').select('media_id').where('text', '=', caption).executeTakeFirstOrThrow();
  if (row.media_id === null) throw new Error(`the message "${caption}" kept no file`);
  return row.media_id;
}

async function served(replica: TelegramHarness, mediaId: string): Promise<Buffer> {
  const response = await fetch(`${replica.service.url}/api/media/${mediaId}`, { headers: adminAuth });
  expect(response.status).toBe(200);
  return Buffer.from(await response.arrayBuffer());
}

beforeAll(async () => {
  for (const [name, value] of Object.entries(s3Credentials)) vi.stubEnv(name, value);
  s3 = await startS3Server();
  a = await startTelegramHarness({ env: { ...s3.env('media/'), ...webhookEnv(await freePort()) } });
  // The second replica shares the first one's database and bot; its own DATA_DIR stays apart.
  b = await startTelegramHarness({
    env: { ...s3.env('media/'), ...webhookEnv(await freePort()), TELEGRAM_API_ROOT: a.fake.apiRoot, TELEGRAM_BOT_TOKEN: a.fake.token },
    databaseUrl: () => a.database.url,
  });
  const mentorId = await bind(mentor, '/api/mentors', {});
  await bind(olena, '/api/clients', { mentorId, language: 'en', timezone: 'Europe/Riga', checkinTime: '09:00', consentGiven: true });
});
afterAll(async () => {
  await b?.close();
  await a?.close();
  await s3?.close();
  vi.unstubAllEnvs();
});

describe('two replicas sharing one database and one bucket', () => {
  it.each([
    ['A', 'B'],
    ['B', 'A'],
  ])('replica %s takes in a photo and replica %s serves it byte for byte', async (takingIn, serving) => {
    const [taker, server] = takingIn === 'A' ? [a, b] : [b, a];
    const photo = await cleanJpeg(`a photo taken in by replica ${takingIn}`);
    const caption = `my CV, sent through replica ${takingIn}`;
    await deliverThrough(taker, a.fake.photoFromUser(olena, photo, caption));

    // The mentor has it from whichever replica sends, read from the bucket.
    const relayed = await a.nextTo(mentor.id);
    expect(relayed.method).toBe('sendPhoto');
    expect(Object.values(relayed.files)[0]?.bytes.equals(photo)).toBe(true);
    const mediaId = await mediaIdOf(caption);
    expect((await served(server, mediaId)).equals(photo), `replica ${serving} serves it`).toBe(true);
    expect((await served(taker, mediaId)).equals(photo)).toBe(true);
  });

  it('keep every photo in the bucket and nothing under either DATA_DIR', async () => {
    const stored = await a.database.db.selectFrom('media').select('sha256').execute();
    expect(stored).toHaveLength(2);
    expect(await s3.keys()).toEqual(stored.map(({ sha256 }) => `media/${sha256.slice(0, 2)}/${sha256}`).sort());
    for (const replica of [a, b]) expect(await readdir(replica.dataDir)).not.toContain('media');
    for (const replica of [a, b]) expect((await replica.api('GET', '/readyz')).body.components.media).toMatchObject({ ready: true, state: 'writable' });
  });
});
