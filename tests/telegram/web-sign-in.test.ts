import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConsoleSession } from '../support/console-session.js';
import { startTelegramHarness, textOf, type TelegramHarness } from '../support/telegram-harness.js';
import { pinnedClock, type PinnedClock } from './pinned-clock.js';

const anna = { id: 1101, first_name: 'Anna', language_code: 'lv' };
const olena = { id: 2101, first_name: 'Olena', language_code: 'uk' };

let h: TelegramHarness;
let clock: PinnedClock;
let mentorId: string;

beforeAll(async () => {
  clock = pinnedClock(new Date('2026-11-30T10:00:00Z'));
  h = await startTelegramHarness({ env: { PUBLIC_URL: 'https://mentorline.example.org' }, overrides: { clock: clock.now } });
  mentorId = await h.bindMentor(anna, { languages: ['lv'] });
  await h.bindClient(olena, { mentorId, language: 'uk' });
});
afterAll(async () => {
  await h.close();
});

async function askForLink(): Promise<string> {
  h.fake.textFromUser(anna, '/web');
  const text = textOf(await h.nextTo(anna.id));
  const link = /https:\/\/mentorline\.example\.org\/console\/sign-in\/[A-Za-z0-9_-]+/.exec(text)?.[0];
  if (!link) throw new Error(`no link in ${text}`);
  expect(text).toContain('10 minūtes');
  return link;
}

describe("a mentor's /web", () => {
  it('answers with a one-time link that signs them in to their caseload, after a press a link preview cannot make', async () => {
    const link = await askForLink();
    const path = new URL(link).pathname;
    const browser = new ConsoleSession(h.service.app);
    // Opening the link (as Telegram's preview does) uses nothing up.
    const page = await browser.get(path);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Anna');
    expect((await new ConsoleSession(h.service.app).get(path)).statusCode).toBe(200);

    const signedIn = await browser.post(path);
    expect(signedIn.statusCode).toBe(303);
    const today = await browser.get('/console');
    expect(today.statusCode).toBe(200);
    // The staff account made for the mentor reads the console in the mentor's language.
    expect(today.body).toContain('lang="lv"');
    const staff = await h.database.db.selectFrom('staff').select(['role', 'mentor_id', 'email', 'name']).execute();
    expect(staff).toEqual([{ role: 'mentor', mentor_id: mentorId, email: null, name: 'Anna' }]);

    // Used, the link signs nobody else in.
    const other = new ConsoleSession(h.service.app);
    await other.get('/console/login');
    expect((await other.post(path)).statusCode).toBe(404);
    expect((await other.get('/console')).statusCode).toBe(303);
  });

  it('works for ten minutes only, and only the latest link works', async () => {
    const first = new URL(await askForLink()).pathname;
    const second = new URL(await askForLink()).pathname;
    const browser = new ConsoleSession(h.service.app);
    expect((await browser.get(first)).statusCode).toBe(404);
    clock.advance(11 * 60_000);
    expect((await browser.get(second)).statusCode).toBe(404);
    await browser.get('/console/login');
    expect((await browser.post(second)).statusCode).toBe(404);
  });

  it('is refused politely once the mentor’s console account is switched off', async () => {
    await h.database.db.updateTable('staff').set({ active: false }).where('mentor_id', '=', mentorId).execute();
    h.fake.textFromUser(anna, '/web');
    expect(textOf(await h.nextTo(anna.id))).toBe('Jūsu konsoles konts ir izslēgts. Lūdzu, vērsieties pie sava koordinatora.');
  });

  it('is not a command for clients', async () => {
    h.fake.textFromUser(olena, '/web');
    expect(textOf(await h.nextTo(olena.id))).not.toMatch(/console\/sign-in/);
  });
});
