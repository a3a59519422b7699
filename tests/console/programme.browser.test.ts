import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaff } from '../../src/domain/staff/staff.js';
import { collectPageProblems, desktop, launchBrowser, newVisitor, phone, screenshots, seriousViolations, signIn } from '../support/browser.js';
import { messageOf, startTelegramHarness, textOf, type TelegramHarness } from '../support/telegram-harness.js';

const password = 'correct horse battery';
const lauraUser = { id: 5101, first_name: 'Laura' };
const pavelUser = { id: 5102, first_name: 'Pavel' };
const amirUser = { id: 5201, first_name: 'Amir' };
const martaUser = { id: 5202, first_name: 'Marta' };

let h: TelegramHarness;
let browser: Browser;
let base: string;
const ids = { laura: '', pavel: '', amir: '', marta: '', amirAlert: '', martaAlert: '' };

beforeAll(async () => {
  h = await startTelegramHarness();
  browser = await launchBrowser();
  base = h.service.url;
  ids.laura = await h.bindMentor(lauraUser, { languages: ['en'], timezone: 'Europe/Riga' });
  ids.pavel = await h.bindMentor(pavelUser, { languages: ['en'], timezone: 'Europe/Riga' });
  ids.amir = await h.bindClient(amirUser, { mentorId: ids.laura });
  ids.marta = await h.bindClient(martaUser, { mentorId: ids.pavel });
  const { db } = h.database;
  const context = { now: new Date(), publicUrl: base, actor: 'admin' };
  await createStaff(db, { email: 'ilze@example.org', name: 'Ilze Bērziņa', role: 'coordinator', password, timezone: 'Europe/Riga' }, context);
  await createStaff(db, { email: 'laura@example.org', name: 'Laura', role: 'mentor', mentorId: ids.laura, password }, context);
  const raised = new Date(Date.now() - 40 * 60_000);
  const alerts = await db
    .insertInto('alerts')
    .values([
      { client_id: ids.amir, mentor_id: ids.laura, kind: 'crisis_words', created_at: raised },
      { client_id: ids.marta, mentor_id: ids.pavel, kind: 'low_mood', created_at: raised },
    ])
    .returning('id')
    .execute();
  ids.amirAlert = alerts[0]?.id ?? '';
  ids.martaAlert = alerts[1]?.id ?? '';
});
afterAll(async () => {
  await browser?.close();
  await h?.close();
});

/** A coordinator's page at a desk, signed in, with what the page reports about itself collected. */
async function coordinator(): Promise<{ page: Page; problems: string[] }> {
  const page = await newVisitor(browser);
  await page.setViewport(desktop);
  const problems = collectPageProblems(page);
  await signIn(page, base, 'ilze@example.org', password);
  return { page, problems };
}

const submit = (page: Page, selector: string) => Promise.all([page.waitForNavigation(), page.click(selector)]);
const heading = (page: Page) => page.$eval('h1', (h1) => h1.textContent);
const text = (page: Page, selector: string) => page.$eval(selector, (element) => element.textContent?.replace(/\s+/g, ' ').trim() ?? '');

describe('enrolling in a browser', () => {
  it('a coordinator enrols a client, told of a mistake on the form without losing anything, and gets the invite at once', async () => {
    const { page, problems } = await coordinator();
    await page.goto(`${base}/console/enrol`);
    expect(await seriousViolations(page)).toEqual([]);
    await submit(page, 'a.button[href="/console/enrol/client"]');
    expect(await heading(page)).toBe('Enrol a client');

    await page.type('#field-name', 'Olena Petrenko');
    await page.select('#field-mentorId', ids.laura);
    await page.select('#field-language', 'uk');
    await page.$eval('#field-checkinTime', (input) => ((input as HTMLInputElement).value = '19:30'));
    await page.$eval('#field-timezone', (input) => ((input as HTMLInputElement).value = ''));
    await page.type('#field-timezone', 'Mars/Olympus');
    await page.click('input[name="checkinDays"][value="sat"]');
    await page.click('input[name="checkinDays"][value="sun"]');
    await page.type('#field-phone', '+371 2000 0009');
    await page.click('#field-consentGiven');
    await submit(page, 'form[action="/console/enrol/client"] button[type="submit"]');

    expect(await text(page, '#field-timezone-error')).toBe('must be an IANA time zone name such as Europe/Riga');
    expect(await page.$eval('#field-name', (input) => (input as HTMLInputElement).value)).toBe('Olena Petrenko');
    expect(await page.$eval('#field-phone', (input) => (input as HTMLInputElement).value)).toBe('+371 2000 0009');
    expect(await page.$eval('#field-consentGiven', (input) => (input as HTMLInputElement).checked)).toBe(true);
    expect(await page.$eval('input[name="checkinDays"][value="sat"]', (input) => (input as HTMLInputElement).checked)).toBe(false);
    expect(await page.$eval('#field-mentorId', (select) => (select as HTMLSelectElement).value)).toBe(ids.laura);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshots(page, 'enrol-client');

    await page.$eval('#field-timezone', (input) => ((input as HTMLInputElement).value = 'Europe/Riga'));
    await submit(page, 'form[action="/console/enrol/client"] button[type="submit"]');
    expect(await heading(page)).toBe('Olena Petrenko is enrolled');
    const code = await text(page, '.invite strong.code');
    expect(code).toMatch(/^[A-Z0-9]{10}$/);
    expect(await page.$eval('.invite-telegram a', (a) => a.getAttribute('href'))).toBe(`https://t.me/${h.fake.me.username}?start=${code}`);
    expect(await page.$eval('.invite img.qr', (img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
    expect(await text(page, '.invite-whatsapp')).toContain(`START ${code}`);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshots(page, 'enrol-client-invite');

    const client = await h.database.db.selectFrom('clients').select(['id', 'checkin_days', 'phone']).where('name', '=', 'Olena Petrenko').executeTakeFirstOrThrow();
    expect(client).toMatchObject({ checkin_days: [1, 2, 3, 4, 5], phone: '+37120000009' });
    expect(await page.$eval(`a[href="/console/clients/${client.id}"]`, (a) => a.textContent)).toContain('Olena Petrenko');

    // The invite works: the client joins with it in Telegram.
    h.fake.textFromUser({ id: 5203, first_name: 'Olena' }, `/start ${code}`);
    expect(textOf(await h.nextTo(5203))).not.toBe('');
    // The refused form answered 400, as the browser reports (again for each reload of the screenshots); nothing else may be reported.
    expect(problems.filter((problem) => !/status of 400/.test(problem))).toEqual([]);
    await page.close();
  });

  it('a coordinator enrols a mentor with a console account, and gets the Telegram invite and the link to choose a password', async () => {
    const { page, problems } = await coordinator();
    await page.goto(`${base}/console/enrol/mentor`);
    expect(await seriousViolations(page)).toEqual([]);
    // Taking the screenshots reloads the page, so they come before typing.
    await screenshots(page, 'enrol-mentor');
    await page.type('#field-name', 'Anna Liepa');
    await page.select('#field-role', 'psychologist');
    await page.$eval('#field-languages', (input) => ((input as HTMLInputElement).value = ''));
    await page.type('#field-languages', 'lv, ru');
    await page.type('#field-email', 'anna@example.org');
    await submit(page, 'form[action="/console/enrol/mentor"] button[type="submit"]');

    expect(await heading(page)).toBe('Anna Liepa is enrolled');
    const code = await text(page, '.invite strong.code');
    expect(code).toMatch(/^[A-Z0-9]{10}$/);
    expect(await page.$('.invite-whatsapp')).toBeNull();
    const setupUrl = await text(page, '.setup-link code.link-text');
    expect(setupUrl).toMatch(/^https?:\/\/[^/]+\/console\/setup\/[A-Za-z0-9_-]{40,}$/);
    expect(await page.$eval('.setup-link img.qr', (img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshots(page, 'enrol-mentor-invite');

    // The new mentor chooses a password with the link and signs in.
    const anna = await newVisitor(browser);
    await anna.goto(`${base}${new URL(setupUrl).pathname}`);
    await anna.type('input[name="password"]', 'a password for anna');
    await anna.type('input[name="confirm"]', 'a password for anna');
    await Promise.all([anna.waitForNavigation(), anna.click('button[type="submit"]')]);
    expect(new URL(anna.url()).pathname).toBe('/console');
    await anna.close();
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('the mentors pages in a browser', () => {
  it('show every mentor’s figures and one mentor’s clients', async () => {
    const { page, problems } = await coordinator();
    await page.goto(`${base}/console/mentors`);
    expect(await heading(page)).toBe('Mentors');
    expect(await page.$$eval('table.mentors tbody tr', (rows) => rows.length)).toBeGreaterThanOrEqual(2);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshots(page, 'mentors');

    await submit(page, `a[href="/console/mentors/${ids.laura}"]`);
    expect(await heading(page)).toBe('Laura');
    expect(await text(page, 'main')).toContain('Amir');
    expect(await text(page, 'main')).not.toContain('Marta');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshots(page, 'mentor');
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('alerts in a browser', () => {
  it('a coordinator acknowledges an alert, then resolves it with a note', async () => {
    const { page, problems } = await coordinator();
    await page.goto(`${base}/console/alerts`);
    expect(await text(page, '#unseen-heading')).toBe('2 new alerts nobody has looked at');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshots(page, 'alerts');

    await submit(page, `form[action="/console/alerts/${ids.amirAlert}/acknowledge"] button`);
    expect(await text(page, '.done')).toBe('The alert is acknowledged: you follow up.');
    expect(await text(page, '#following-heading')).toBe('One being followed up');

    await submit(page, `a[href="/console/alerts/${ids.amirAlert}"]`);
    expect(await heading(page)).toBe('Alert about Amir');
    expect(await text(page, '.facts')).toContain('Ilze Bērziņa');
    // The browser itself asks for the note before sending the form.
    expect(await page.$eval('#field-note', (note) => (note as HTMLTextAreaElement).validity.valueMissing)).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshots(page, 'alert');
    await page.type('#field-note', 'Called Amir: he is safe and sees his doctor on Monday.');
    await submit(page, 'form.resolve button[type="submit"]');
    expect(await text(page, '.done')).toBe('The alert is resolved, with your note of what was done.');
    expect(await text(page, 'main')).toContain('Called Amir: he is safe and sees his doctor on Monday.');
    const row = await h.database.db.selectFrom('alerts').selectAll().where('id', '=', ids.amirAlert).executeTakeFirstOrThrow();
    expect(row.resolution_note).toBe('Called Amir: he is safe and sees his doctor on Monday.');
    expect(row.resolved_by).toMatch(/^staff:/);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('deliveries in a browser', () => {
  it('a coordinator sees a message the platform refused, with the reason, and sends it again once the reason is gone', async () => {
    // Amir blocks the bot, and Laura's answer cannot reach him.
    h.fake.textFromUser(amirUser, 'are you there?');
    const atLaura = await h.nextTo(lauraUser.id);
    h.fake.blockChat(amirUser.id);
    h.fake.textFromUser(lauraUser, 'Yes, I am here for you.', { reply_to_message: messageOf(atLaura) as never });
    expect(textOf(await h.nextTo(lauraUser.id))).toMatch(/could not receive your message/);

    const { page, problems } = await coordinator();
    await page.goto(`${base}/console/deliveries`);
    expect(await heading(page)).toBe('Deliveries');
    const row = await text(page, 'table.deliveries tbody tr');
    expect(row).toContain('Amir');
    expect(row).toContain('Refused by the platform');
    expect(row).toMatch(/blocked by the user/);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshots(page, 'deliveries');

    h.fake.unblockChat(amirUser.id);
    const before = h.fake.sentTo(amirUser.id).length;
    await submit(page, 'table.deliveries tbody tr form button');
    expect(await text(page, '.done')).toContain('The message is back in the outbox');
    await h.fake.waitFor((call) => call.params.chat_id === amirUser.id && String(call.params.text ?? '').includes('Yes, I am here for you.'), 5000);
    expect(h.fake.sentTo(amirUser.id).length).toBeGreaterThan(before);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('staff in a browser', () => {
  it('a coordinator adds a staff member and gets the link to hand over', async () => {
    const { page, problems } = await coordinator();
    await page.goto(`${base}/console/staff`);
    expect(await seriousViolations(page)).toEqual([]);
    await page.type('#field-name', 'Daina Zariņa');
    await page.type('#field-email', 'daina@example.org');
    await page.select('#field-language', 'lv');
    await submit(page, 'form[action="/console/staff"] button[type="submit"]');
    expect(await heading(page)).toBe('Daina Zariņa');
    expect(await text(page, '.done')).toContain('The staff member is added. Hand over the link below');
    const link = await text(page, '.setup-link code.link-text');
    expect(link).toMatch(/\/console\/setup\//);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshots(page, 'staff-member');
    // The screenshots reloaded the page: the same link is shown, and nobody was added twice.
    expect(await text(page, '.setup-link code.link-text')).toBe(link);
    expect(await h.database.db.selectFrom('staff').select('id').where('email', '=', 'daina@example.org').execute()).toHaveLength(1);

    await submit(page, 'a[href="/console/staff"]');
    expect(await text(page, 'table.staff')).toContain('daina@example.org');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshots(page, 'staff');
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('a mentor in a browser', () => {
  it('is answered 403 on the coordinators’ pages and 404 on another mentor’s client’s alert, and sees their own alerts on a phone', async () => {
    const page = await newVisitor(browser);
    await page.setViewport(phone);
    const problems = collectPageProblems(page);
    await signIn(page, base, 'laura@example.org', password);
    for (const path of ['/console/mentors', '/console/enrol', '/console/enrol/client', '/console/deliveries', '/console/staff', `/console/mentors/${ids.laura}`]) {
      const answer = await page.goto(`${base}${path}`);
      expect(answer?.status(), path).toBe(403);
      expect(await heading(page)).toBe('For coordinators');
    }
    expect(await seriousViolations(page)).toEqual([]);

    const other = await page.goto(`${base}/console/alerts/${ids.martaAlert}`);
    expect(other?.status()).toBe(404);
    expect(await heading(page)).toBe('Not found');

    await page.goto(`${base}/console/alerts`);
    const main = await text(page, 'main');
    expect(main).toContain('Amir');
    expect(main).not.toContain('Marta');
    expect(await page.$$eval('nav a', (links) => links.map((a) => a.getAttribute('href')))).not.toContain('/console/deliveries');
    expect(await seriousViolations(page)).toEqual([]);
    // The 403 and 404 answers are reported by the browser as failed loads; nothing else may be.
    expect(problems.filter((problem) => !/status of 40[34]/.test(problem))).toEqual([]);
    await page.close();
  });
});
