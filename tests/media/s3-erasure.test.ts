import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { s3Credentials, startS3Server, type TestS3Server } from '../support/s3-server.js';
import { startTelegramHarness, type TelegramHarness } from '../support/telegram-harness.js';
import { cleanJpeg } from '../support/test-media.js';

const mentor = { id: 9701, first_name: 'Laura' };
const olena = { id: 9801, first_name: 'Olena' };
const marta = { id: 9802, first_name: 'Marta' };

let s3: TestS3Server;
let h: TelegramHarness;
let olenaId: string;

beforeAll(async () => {
  for (const [name, value] of Object.entries(s3Credentials)) vi.stubEnv(name, value);
  s3 = await startS3Server();
  h = await startTelegramHarness({ env: s3.env('agency/media/') });
  const mentorId = await h.bindMentor(mentor);
  olenaId = await h.bindClient(olena, { mentorId });
  await h.bindClient(marta, { mentorId });
});
afterAll(async () => {
  await h?.close();
  await s3?.close();
  vi.unstubAllEnvs();
});

const keyOf = (sha256: string) => `agency/media/${sha256.slice(0, 2)}/${sha256}`;

async function shaOf(caption: string): Promise<string> {
  const row = await h.database.db
    .selectFrom('messages')
    .innerJoin('media', 'media.id', 'messages.media_id')
    .select('media.sha256')
    .where('messages.text', '=', caption)
    .executeTakeFirstOrThrow();
  return row.sha256;
}

describe('erasing a client whose photos are in a bucket', () => {
  it('deletes the objects only they sent and keeps one another client sent too', async () => {
    const ownPhoto = await cleanJpeg('only Olena sent this to the bucket');
    const sharedPhoto = await cleanJpeg('both sent this to the bucket');
    h.fake.photoFromUser(olena, ownPhoto, 'my kitchen');
    await h.nextTo(mentor.id);
    h.fake.photoFromUser(olena, sharedPhoto, 'the certificate');
    await h.nextTo(mentor.id);
    h.fake.photoFromUser(marta, sharedPhoto, 'my certificate');
    await h.nextTo(mentor.id);
    const ownSha = await shaOf('my kitchen');
    const sharedSha = await shaOf('my certificate');
    expect(await s3.keys()).toEqual([keyOf(ownSha), keyOf(sharedSha)].sort());

    const erased = await h.api('POST', `/api/clients/${olenaId}/erase`, { reason: 'she asked' });
    expect(erased.status).toBe(200);

    expect(await s3.keys()).toEqual([keyOf(sharedSha)]);
    expect((await s3.object(keyOf(sharedSha)))?.equals(sharedPhoto)).toBe(true);
  });
});
