import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaff } from '../../src/domain/staff/staff.js';
import { collectPageProblems, launchBrowser, newVisitor, screenshots, seriousViolations, signIn } from '../support/browser.js';
import { quietScheduleEnv } from '../support/quiet-schedule.js';
import { startTelegramHarness, textOf, type TelegramHarness } from '../support/telegram-harness.js';
import { cleanJpeg } from '../support/test-media.js';
import { pinnedClock } from '../telegram/pinned-clock.js';
import { daysAgo, minutesAgo, now, password, programme } from './clients-fixture.js';

const laura = { id: 9101, first_name: 'Laura' };
const peteris = { id: 9102, first_name: 'Pēteris' };
const anna = { id: 9201, first_name: 'Anna' };
const omar = { id: 9202, first_name: 'Omar' };

// The service's day is the fixture's; check-ins come late in the evening, so none is asked while the tests run.
const clock = pinnedClock(now);

let h: TelegramHarness;
let browser: Browser;
let annaId: string;
let omarId: string;

beforeAll(async () => {
  h = await startTelegramHarness({ env: quietScheduleEnv(now), overrides: { clock: clock.now } });
  browser = await launchBrowser();
  const db = h.database.db;
  const p = programme(db);
  const lauraId = await h.bindMentor(laura, { timezone: 'Europe/Riga' });
  const peterisId = await h.bindMentor(peteris, { timezone: 'Europe/Riga' });
  annaId = await h.bindClient(anna, { mentorId: lauraId, checkinTime: '23:00', programme: 'Housing' });
  omarId = await h.bindClient(omar, { mentorId: peterisId, checkinTime: '23:00' });
  const context = { now, publicUrl: h.service.url, actor: 'admin' };
  await createStaff(db, { email: 'laura@example.org', name: 'Laura Ozola', role: 'mentor', mentorId: lauraId, password, timezone: 'Europe/Riga' }, context);
  await createStaff(db, { email: 'peteris@example.org', name: 'Pēteris Kalns', role: 'mentor', mentorId: peterisId, password, timezone: 'Europe/Riga' }, context);

  // Anna's last weeks: most days answered, a few words both ways, a private note.
  const moods = [3, 3, 4, null, 2, 2, 3, 4, 4, null, 5, 4, 3, 4, 4, 3, null, 2, 3, 4, 4, 5, 4, 4, 3, 4];
  for (const [index, mood] of moods.entries()) if (mood !== null) await p.checkin(annaId, daysAgo(moods.length - 1 - index), mood);
  await p.message(annaId, 'client', 'Good morning! The interview is at 11.', minutesAgo(60 * 26));
  await p.message(annaId, { mentorId: lauraId }, 'Good luck! Tell me how it went.', minutesAgo(60 * 25));
  await p.message(annaId, 'client', 'It went well, they will call on Monday.', minutesAgo(90));
  await p.task(annaId, 'Write a CV', { status: 'submitted', mentorId: lauraId });
  await db.insertInto('case_notes').values({ client_id: annaId, mentor_id: lauraId, text: 'Prefers calls after 17:00.', created_at: minutesAgo(60 * 24 * 2) }).execute();
  // More of Laura's clients, for a list with something in every column.
  const ups = [0, 1, 1, 0, -1, 0, 1, 0, 0, -1, 0, 1, 0, 0];
  for (const [name, mood, waiting] of [['Jānis', 2, true], ['Mila', 4, false], ['Taisiia', null, false]] as const) {
    const id = await p.client(name, lauraId, { programme: 'Work' });
    for (const [day, up] of ups.entries()) if (mood !== null && day !== 9) await p.checkin(id, daysAgo(day), mood + up);
    await p.message(id, 'client', 'Hello', minutesAgo(waiting ? 45 : 60 * 30));
    if (!waiting) await p.message(id, { mentorId: lauraId }, 'Hello!', minutesAgo(60 * 29));
  }
});
afterAll(async () => {
  await browser?.close();
  await h?.close();
});

async function lauraAt(path: string): Promise<{ page: Page; problems: string[] }> {
  const page = await newVisitor(browser);
  const problems = collectPageProblems(page);
  await signIn(page, h.service.url, 'laura@example.org', password);
  await page.goto(`${h.service.url}${path}`);
  return { page, problems };
}

const timelineText = (page: Page) => page.$eval('ol.timeline', (list) => list.textContent ?? '');

describe('the clients list in a browser', () => {
  it('lists a mentor’s clients with their moods at a glance, and passes axe', async () => {
    const { page, problems } = await lauraAt('/console/clients');
    const names = await page.$$eval('td.client-name a', (links) => links.map((link) => link.textContent));
    expect(names).toEqual(['Anna', 'Jānis', 'Mila', 'Taisiia']);
    expect(await page.$$eval('svg.sparkline polyline', (lines) => lines.length)).toBeGreaterThan(0);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshots(page, 'clients');

    await page.goto(`${h.service.url}/console/clients?waiting=yes`);
    const waiting = await page.$$eval('td.client-name a', (links) => links.map((link) => link.textContent));
    expect(waiting).toContain('Jānis');
    expect(waiting).not.toContain('Mila');
    expect(await page.$eval('.active-filters', (on) => on.textContent)).toContain('waiting for a reply');
    await Promise.all([page.waitForNavigation(), page.click('.active-filters .clear')]);
    expect(new URL(page.url()).search).toBe('');
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('a client’s page in a browser', () => {
  it('lets a mentor reply from the page, and the message reaches the client on Telegram and the mentor’s own chat', async () => {
    const { page, problems } = await lauraAt(`/console/clients/${annaId}`);
    expect(await page.$eval('h1', (h1) => h1.textContent)).toBe('Anna');
    expect(await timelineText(page)).toContain('It went well, they will call on Monday.');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshots(page, 'client');

    // Sent empty, the form comes back saying what is missing.
    await Promise.all([page.waitForNavigation(), page.click('form.reply button[type="submit"]')]);
    expect(await page.$eval('#field-text-error', (error) => error.textContent)).toBe('Write a message or choose a file to send.');
    expect(await seriousViolations(page)).toEqual([]);

    await page.type('textarea[name="text"]', 'Wonderful news. Shall we meet on Tuesday?');
    await Promise.all([page.waitForNavigation(), page.click('form.reply button[type="submit"]')]);
    expect(await page.$eval('.done', (done) => done.textContent)).toBe('Your message is on its way.');
    expect(textOf(await h.nextTo(anna.id))).toBe('Your mentor Laura:\nWonderful news. Shall we meet on Tuesday?');
    expect(textOf(await h.nextTo(laura.id))).toBe('You wrote to Anna from the console:\nWonderful news. Shall we meet on Tuesday?');
    expect(await timelineText(page)).toContain('Wonderful news. Shall we meet on Tuesday?');
    // The form that came back was answered 400, which the browser notes; nothing else went wrong.
    expect(problems).toEqual(['console: Failed to load resource: the server responded with a status of 400 (Bad Request)']);
    await page.close();
  });

  it('shows a client’s new Telegram message in the timeline without a reload', async () => {
    const { page, problems } = await lauraAt(`/console/clients/${annaId}`);
    await page.evaluate(() => {
      (window as unknown as { stillHere: boolean }).stillHere = true;
    });
    expect(await timelineText(page)).not.toContain('Tuesday works for me!');
    h.fake.textFromUser(anna, 'Tuesday works for me!');
    await h.nextTo(laura.id);
    await page.waitForFunction(() => document.querySelector('ol.timeline')?.textContent?.includes('Tuesday works for me!'), { timeout: 15_000 });
    expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);
    // The message comes in once, as the client's, at the end of the thread.
    const last = await page.$eval('ol.timeline li:last-child', (item) => ({ text: item.textContent, inbound: item.classList.contains('inbound') }));
    expect(last).toEqual({ text: expect.stringContaining('Tuesday works for me!'), inbound: true });
    expect(await page.$$eval('ol.timeline li', (items) => items.filter((item) => item.textContent?.includes('Tuesday works for me!')).length)).toBe(1);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('approves a task the client showed done, and the client is sent praise', async () => {
    expect((await h.api('POST', `/api/clients/${annaId}/tasks`, { title: 'Visit the housing office' })).status).toBe(201);
    await h.nextTo(anna.id);
    h.fake.photoFromUser(anna, await cleanJpeg('the housing office'), 'Done, here is the form');
    await h.nextTo(anna.id);
    await h.nextTo(laura.id);

    const { page, problems } = await lauraAt(`/console/clients/${annaId}`);
    const taskId = (await h.database.db.selectFrom('tasks').select('id').where('title', '=', 'Visit the housing office').executeTakeFirstOrThrow()).id;
    const task = await page.$eval(`#task-${taskId}`, (item) => ({ text: item.textContent, submitted: item.classList.contains('submitted'), photo: item.querySelector('img')?.getAttribute('src') }));
    expect(task).toMatchObject({ submitted: true, text: expect.stringContaining('Done, here is the form'), photo: expect.stringMatching(new RegExp(`^/console/clients/${annaId}/media/`)) });
    // The photo is served to the page as a picture, and the CSP lets it show.
    expect(await page.$eval(`#task-${taskId} img`, (img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
    // Every form of the page, opened, passes too.
    await page.$$eval('details', (all) => all.forEach((details) => ((details as HTMLDetailsElement).open = true)));
    expect(await seriousViolations(page)).toEqual([]);
    await Promise.all([page.waitForNavigation(), page.click(`#task-${taskId} .task-actions button.primary`)]);
    expect(await page.$eval('.done', (done) => done.textContent)).toBe('Approved. The client has been sent praise.');
    expect(textOf(await h.nextTo(anna.id))).toMatch(/^Your mentor Laura:\n.*“Visit the housing office”/);
    expect(await page.$(`#task-${taskId}.submitted`)).toBeNull();
    expect(problems).toEqual([]);
    await page.close();
  });

  it('answers a mentor who opens another mentor’s client with the not-found page', async () => {
    const { page } = await lauraAt(`/console/clients/${omarId}`);
    expect(await page.$eval('h1', (h1) => h1.textContent)).toBe('Not found');
    expect(await page.content()).not.toContain('Omar');
    await page.close();
  });
});
