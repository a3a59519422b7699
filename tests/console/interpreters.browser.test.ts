import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectPageProblems, desktop, launchBrowser, newVisitor, screenshots, seriousViolations, signIn } from '../support/browser.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { outboxTo } from './client-page-support.js';
import { minutesAgo, now, password, programme } from './clients-fixture.js';
import { interpreter } from './interpreter-fixture.js';

let t: TestApp;
let browser: Browser;
let base: string;
/** The service's time, moved on when one change must come after another. */
let clock = now;
const ids = { anna: '', question: '', lauraChat: '' };

beforeAll(async () => {
  t = await createTestApp({ clock: () => clock, telegramInviteLink: (code) => `https://t.me/mentorline_bot?start=${code}` });
  const { db } = t.database;
  const p = programme(db);
  const laura = await p.mentor('Laura', 'laura@example.org');
  ids.lauraChat = laura.chat;
  await p.coordinator();
  ids.anna = await p.client('Anna', laura.id, { language: 'ar' });
  await p.client('Omar', laura.id, { language: 'ar' });
  await interpreter(db, 'Amir', 'amir@example.org', ['ar', 'fa']);
  await interpreter(db, 'Farid', 'farid@example.org', ['fa']);
  ids.question = await p.message(ids.anna, 'client', 'مرحبا، هل يمكننا أن نلتقي غدا في الصباح؟', minutesAgo(60));
  await p.message(ids.anna, { mentorId: laura.id }, 'Hello Anna, how did the appointment go?', minutesAgo(70));
  base = await t.app.listen({ port: 0, host: '127.0.0.1' });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await t?.close();
});

async function signedInAs(email: string): Promise<{ page: Page; problems: string[] }> {
  const page = await newVisitor(browser);
  await page.setViewport(desktop);
  const problems = collectPageProblems(page);
  await signIn(page, base, email, password);
  return { page, problems };
}

const text = (page: Page, selector: string) => page.$eval(selector, (element) => element.textContent?.replace(/\s+/g, ' ').trim() ?? '');

describe('interpreters in a browser', () => {
  it('lets a coordinator add an interpreter without an email, with their languages, and make their Telegram invite', async () => {
    const { page, problems } = await signedInAs('ilze@example.org');
    await page.goto(`${base}/console/staff`);
    await page.type('#field-name', 'Dana');
    await page.select('#field-role', 'interpreter');
    await page.type('#field-languages', 'ti, fa');
    await Promise.all([page.waitForNavigation(), page.click('form[action="/console/staff"] button[type="submit"]')]);
    expect(await page.$eval('h1', (h1) => h1.textContent)).toBe('Dana');
    expect(await text(page, '.done')).toContain('The interpreter is added.');
    await Promise.all([page.waitForNavigation(), page.click('form[action$="/invite"] button[type="submit"]')]);
    expect(await text(page, '#invite-heading')).toBe('Invite for Dana');
    expect(await page.$eval('.invite img.qr', (img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshots(page, 'staff-interpreter');
    await page.goto(`${base}/console/staff`);
    expect(await page.$$eval('table.staff tr', (rows) => rows.filter((row) => row.textContent?.includes('Dana')).map((row) => row.querySelector('.translates')?.textContent))).toEqual(['Tigrinya, Persian']);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('lets a coordinator give Anna an interpreter among those who translate Arabic', async () => {
    const { page, problems } = await signedInAs('ilze@example.org');
    await page.goto(`${base}/console/clients/${ids.anna}`);
    const offered = await page.$$eval('#field-interpreterId option', (options) => options.map((option) => option.textContent));
    expect(offered).toEqual(['No interpreter', 'Amir']);
    await page.select('#field-interpreterId', await page.$eval('#field-interpreterId option:nth-child(2)', (option) => (option as HTMLOptionElement).value));
    await Promise.all([page.waitForNavigation(), page.click('#interpreter button[type="submit"]')]);
    expect(new URL(page.url()).hash).toBe('#interpreter');
    expect(await text(page, '#interpreter .done')).toContain('The interpreter is saved.');
    expect(await page.$$eval('#interpreter ol.assignments li', (items) => items.map((item) => [...item.children].map((part) => part.textContent)))).toEqual([
      ['Amir', 'since Nov 20, 2026, 12:00 PM', 'now'],
    ]);
    expect(await text(page, '.client-head')).toContain('Interpreter Amir');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshots(page, 'client-interpreter');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('lets the interpreter sign in, find Anna and translate her message, which reaches the mentor and the coordinator’s open page', async () => {
    const coordinator = await signedInAs('ilze@example.org');
    await coordinator.page.goto(`${base}/console/clients/${ids.anna}`);
    clock = new Date(now.getTime() + 60_000);

    const { page, problems } = await signedInAs('amir@example.org');
    // Signed in, an interpreter starts at the clients they interpret for, with nothing else of the programme.
    expect(new URL(page.url()).pathname).toBe('/console/clients');
    expect(await page.$$eval('.nav ul a', (links) => links.map((link) => link.textContent))).toEqual(['Clients']);
    expect(await page.$$eval('td.client-name a', (links) => links.map((link) => link.textContent))).toEqual(['Anna']);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshots(page, 'interpreter-clients');

    await Promise.all([page.waitForNavigation(), page.click('td.client-name a')]);
    expect(await page.$eval('h1', (h1) => h1.textContent)).toBe('Anna');
    expect(await text(page, '.client-head')).toBe('Language Arabic');
    expect(await page.$('#tasks, #notes, #profile, #access, form.reply')).toBeNull();
    await screenshots(page, 'interpreter-client');
    const field = `#translation-${ids.question}`;
    await page.type(field, 'Hello, can we meet tomorrow morning?');
    await Promise.all([page.waitForNavigation(), page.click(`form[action$="/messages/${ids.question}/translation"] button[type="submit"]`)]);
    expect(await text(page, '#thread .done')).toBe('Your translation went to the mentor.');
    const translated = `li[data-key="message:${ids.question}"] .translations li`;
    expect(await page.$$eval(`${translated} .meta > *, ${translated} p`, (parts) => parts.map((part) => part.textContent))).toEqual([
      'Translation into English by Amir',
      '12:01 PM',
      'Hello, can we meet tomorrow morning?',
    ]);
    // Translated once, it is translated again only on asking.
    expect(await page.$eval(`li[data-key="message:${ids.question}"] details.translate-again`, (details) => (details as HTMLDetailsElement).open)).toBe(false);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshots(page, 'interpreter-client-translated');
    expect(problems).toEqual([]);

    const toLaura = (await outboxTo(t.database.db, ids.lauraChat)).map((payload) => payload.text ?? '');
    expect(toLaura).toContainEqual(expect.stringContaining('Hello, can we meet tomorrow morning?'));
    // The coordinator's page, open all along, shows the translation under its message without a reload.
    await coordinator.page.waitForFunction(
      (key) => document.querySelector(`li[data-key="${key}"] .translations`)?.textContent?.includes('Hello, can we meet tomorrow morning?'),
      { timeout: 15_000 },
      `message:${ids.question}`,
    );
    expect(coordinator.problems).toEqual([]);
    await coordinator.page.close();
    await page.close();
  });

  it('lets the mentor send words through the interpreter, see them wait for the translation, and send them as written', async () => {
    const { page, problems } = await signedInAs('laura@example.org');
    await page.goto(`${base}/console/clients/${ids.anna}`);
    expect(await text(page, 'label[for="field-viaInterpreter"]')).toBe('Send through the interpreter Amir');
    await page.type('textarea[name="text"]', 'Yes, tomorrow at ten works for me.');
    await page.click('#field-viaInterpreter');
    await Promise.all([page.waitForNavigation(), page.click('form.reply button[type="submit"]')]);
    expect(await text(page, '#thread .done')).toBe('Your message went to the interpreter to translate. It goes to the client with the translation.');
    const held = await page.$$eval('ol.timeline li', (items) => items.filter((item) => item.textContent?.includes('Yes, tomorrow at ten works for me.')).map((item) => item.querySelector('.waiting .tag')?.textContent));
    expect(held).toEqual([expect.stringMatching(/^Waiting for the translation by Amir since /)]);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshots(page, 'client-waiting-translation');

    // Sending the original asks first, as everything that cannot be undone does.
    page.once('dialog', (dialog) => void dialog.accept());
    await Promise.all([page.waitForNavigation(), page.click('.waiting button[type="submit"]')]);
    expect(await text(page, '#thread .done')).toBe('The message went to the client as it was written.');
    expect(await page.$('.waiting')).toBeNull();
    const toAnna = (await outboxTo(t.database.db, `telegram-${ids.anna}`)).map((payload) => payload.text ?? '');
    expect(toAnna).toContainEqual(expect.stringContaining('Yes, tomorrow at ten works for me.'));
    expect(problems).toEqual([]);
    await page.close();
  });
});
