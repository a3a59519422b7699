import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanJpeg } from '../support/test-media.js';
import { messageOf, startTelegramHarness, textOf, type TelegramHarness } from '../support/telegram-harness.js';

const mentor = { id: 9101, first_name: 'Laura' };
const olena = { id: 9201, first_name: 'Olena' };
const marta = { id: 9202, first_name: 'Marta' };
const phone = '+380671234567';
const secret = 'Сьогодні ходила до лікаря на Бривібас';
/** A period around whenever the test runs: the history is written at the time of the run. */
const year = new Date().getUTCFullYear();
const reportPeriod = `from=${year - 1}-01-01&to=${year + 1}-12-31`;

let h: TelegramHarness;
let olenaId: string;
let martaId: string;

beforeAll(async () => {
  // The scheduler ticks every second: the message telling her is forgotten once sent.
  h = await startTelegramHarness({ env: { CHECKIN_TICK_CRON: '* * * * * *' } });
  const mentorId = await h.bindMentor(mentor, { languages: ['en'] });
  olenaId = await h.bindClient(olena, { mentorId, language: 'uk', phone, country: 'Ukraine', programme: 'Resettlement' });
  martaId = await h.bindClient(marta, { mentorId });
});
afterAll(async () => {
  await h.close();
});

/** Every table's rows as text that contain `needle`, by table: what a search of the database finds. */
async function foundInDatabase(needle: string): Promise<Record<string, number>> {
  const tables = await sql<{ name: string }>`
    select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`.execute(h.database.db);
  const found: Record<string, number> = {};
  for (const { name } of tables.rows) {
    const hits = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(name)} t where strpos(t::text, ${needle}) > 0`.execute(h.database.db);
    if ((hits.rows[0]?.n ?? 0) > 0) found[name] = hits.rows[0]?.n ?? 0;
  }
  return found;
}

/** Files under DATA_DIR whose bytes contain `needle`. */
async function foundInDataDir(needle: string | Buffer): Promise<string[]> {
  const bytes = typeof needle === 'string' ? Buffer.from(needle, 'utf8') : needle;
  const found: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if ((await readFile(full)).includes(bytes)) found.push(path.relative(h.dataDir, full));
    }
  };
  await walk(h.dataDir);
  return found;
}

const mediaFile = (sha256: string) => path.join(h.dataDir, 'media', sha256.slice(0, 2), sha256);

describe('erasing a client with a long history', () => {
  it('leaves nothing of theirs in the database or DATA_DIR, keeps a photo another client sent too, and keeps past reports', async () => {
    const ownPhoto = await cleanJpeg('only Olena sent this');
    const sharedPhoto = await cleanJpeg('both sent this');

    h.fake.textFromUser(olena, secret);
    const relayed = await h.nextTo(mentor.id);
    expect(textOf(relayed)).toContain(secret);
    h.fake.photoFromUser(olena, ownPhoto, 'моя кухня');
    await h.nextTo(mentor.id);
    h.fake.photoFromUser(olena, sharedPhoto, 'довідка');
    await h.nextTo(mentor.id);
    h.fake.photoFromUser(marta, sharedPhoto, 'my certificate');
    await h.nextTo(mentor.id);
    // A low mood: a check-in and an alert.
    h.fake.textFromUser(olena, '/mood');
    const question = await h.nextTo(olena.id);
    const buttons = (question.params.reply_markup as { inline_keyboard: Array<Array<{ callback_data: string }>> }).inline_keyboard.flat();
    h.fake.callbackFromUser(olena, buttons[0]?.callback_data ?? '', messageOf(question));
    await h.nextTo(olena.id);
    expect(textOf(await h.nextTo(mentor.id))).toMatch(/Olena feels bad today/);
    // A task with a photo as its evidence, a reply from the mentor and a private note.
    const task = await h.api('POST', `/api/clients/${olenaId}/tasks`, { title: 'Записатися на курси' });
    expect(task.status).toBe(201);
    await h.nextTo(olena.id);
    h.fake.textFromUser(mentor, 'Тримайтеся, Олено, я поруч', { reply_to_message: messageOf(relayed) as never });
    expect(textOf(await h.nextTo(olena.id))).toContain('Тримайтеся');
    h.fake.textFromUser(mentor, '/note', { reply_to_message: messageOf(relayed) as never });
    expect(textOf(await h.nextTo(mentor.id))).toMatch(/note about Olena/);
    h.fake.textFromUser(mentor, 'Olena worries about her sister in Kharkiv');
    await h.nextTo(mentor.id);

    const shaOf = async (caption: string) =>
      (
        await h.database.db
          .selectFrom('messages')
          .innerJoin('media', 'media.id', 'messages.media_id')
          .select('media.sha256')
          .where('messages.text', '=', caption)
          .executeTakeFirstOrThrow()
      ).sha256;
    const ownSha = await shaOf('моя кухня');
    const sharedSha = await shaOf('my certificate');
    expect(await shaOf('довідка')).toBe(sharedSha);
    await stat(mediaFile(ownSha));
    const before = await h.api('GET', `/api/reports/evaluation?${reportPeriod}`);
    expect(before.body.totals.clientsServed).toBe(2);

    // She asks for it herself; a coordinator carries it out.
    h.fake.textFromUser(olena, '/forget');
    const confirm = await h.nextTo(olena.id);
    expect(textOf(confirm)).toMatch(/^Ви хочете, щоб усі Ваші дані/);
    const yes = (confirm.params.reply_markup as { inline_keyboard: Array<Array<{ callback_data: string }>> }).inline_keyboard.flat()[0];
    h.fake.callbackFromUser(olena, yes?.callback_data ?? '', messageOf(confirm));
    expect(textOf(await h.nextTo(olena.id))).toMatch(/^Ваше прохання отримано/);
    expect(textOf(await h.nextTo(mentor.id))).toBe('Olena asked for their data to be erased. A coordinator will carry it out; until then the chat goes on as before.');
    const requests = await h.api('GET', '/api/erasure-requests');
    expect(requests.body.items).toMatchObject([{ clientId: olenaId, clientName: 'Olena', channel: 'telegram' }]);

    const erased = await h.api('POST', `/api/clients/${olenaId}/erase`, { reason: 'Olena asked on /forget; phone +380 67 123 45 67' });
    expect(erased.status).toBe(200);
    expect(erased.body).toMatchObject({ clientId: olenaId, erasedBy: 'admin', reason: '[client] asked on /forget; phone [phone]' });
    expect(textOf(await h.nextTo(olena.id))).toMatch(/^Ваші дані в програмі наставництва видалено/);

    // Every id of hers answers 404; nothing of hers is left to find.
    for (const route of [`/api/clients/${olenaId}`, `/api/clients/${olenaId}/messages`, `/api/clients/${olenaId}/tasks`]) {
      expect((await h.api('GET', route)).status, route).toBe(404);
    }
    expect((await h.api('GET', `/api/tasks/${task.body.id}`)).status).toBe(404);
    await expect.poll(() => foundInDatabase(String(olena.id)), { timeout: 10_000 }).toEqual({});
    for (const needle of ['Olena', phone, '380671234567', secret, 'моя кухня', 'Тримайтеся', 'Kharkiv', 'Записатися', String(olena.id)]) {
      expect(await foundInDatabase(needle), needle).toEqual({});
      expect(await foundInDataDir(needle), needle).toEqual([]);
    }
    await expect(stat(mediaFile(ownSha))).rejects.toMatchObject({ code: 'ENOENT' });
    await stat(mediaFile(sharedSha));
    const martaPhoto = (await h.api('GET', `/api/clients/${martaId}/messages`)).body.items.find((m: { kind: string }) => m.kind === 'photo');
    const served = await fetch(`${h.service.url}/api/media/${martaPhoto.mediaId}`, { headers: { authorization: 'Bearer telegram-harness-token-0123456789' } });
    expect(Buffer.from(await served.arrayBuffer()).equals(sharedPhoto)).toBe(true);

    const after = await h.api('GET', `/api/reports/evaluation?${reportPeriod}`);
    expect(after.body).toEqual(before.body);
    // And the erasure itself: who, when, why, with nothing that names her.
    const erasures = await h.database.db.selectFrom('erasures').selectAll().execute();
    expect(erasures).toMatchObject([{ client_id: olenaId, erased_by: 'admin', reason: '[client] asked on /forget; phone [phone]' }]);
    // The trail about her stays, readable, with nothing of hers in it.
    const trail = await h.api('GET', `/api/audit?clientId=${olenaId}&limit=200`);
    expect(trail.status).toBe(200);
    const actions = trail.body.items.map((entry: { action: string }) => entry.action);
    expect(actions).toEqual(expect.arrayContaining(['client.created', 'account.bound', 'task.create', 'note.written', 'client.erasure-requested', 'client.erased']));
    expect(trail.body.items.find((entry: { action: string }) => entry.action === 'client.erasure-requested').actor).toMatchObject({ kind: 'client' });
    expect(JSON.stringify(trail.body)).not.toContain('Olena');
  });

  it('answers an erased client who writes again as a stranger, with no trace of them', async () => {
    h.fake.textFromUser(olena, 'Hello?');
    const reply = textOf(await h.nextTo(olena.id));
    expect(reply).not.toContain('Olena');
    expect(await foundInDatabase('Hello?')).toEqual({});
  });
});
