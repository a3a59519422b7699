import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaff } from '../../src/domain/staff/staff.js';
import { collectPageProblems, launchBrowser, newVisitor, screenshots, seriousViolations, signIn } from '../support/browser.js';
import { startTelegramHarness, type TelegramHarness } from '../support/telegram-harness.js';

let h: TelegramHarness;
let browser: Browser;

beforeAll(async () => {
  h = await startTelegramHarness();
  browser = await launchBrowser();
  await createStaff(h.database.db, { email: 'ilze@example.org', name: 'Ilze Bērziņa', role: 'coordinator', password: 'correct horse battery' }, { now: new Date(), publicUrl: h.service.url, actor: 'admin' });
});
afterAll(async () => {
  await browser?.close();
  await h?.close();
});

describe('the sign-in page in a browser', () => {
  it('signs a coordinator in to Today, passing axe with nothing refused by the CSP', async () => {
    const page = await newVisitor(browser);
    const problems = collectPageProblems(page);
    await page.goto(`${h.service.url}/console`);
    expect(new URL(page.url()).pathname).toBe('/console/login');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshots(page, 'login');

    await signIn(page, h.service.url, 'ilze@example.org', 'correct horse battery');
    expect(new URL(page.url()).pathname).toBe('/console');
    expect(await page.$eval('h1', (h1) => h1.textContent)).toBe('Today in the programme');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshots(page, 'today');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('tells a wrong password in words, next to the form', async () => {
    const page = await newVisitor(browser);
    await signIn(page, h.service.url, 'ilze@example.org', 'wrong password here');
    expect(await page.$eval('[role="alert"]', (el) => el.textContent)).toBe('The email or password is not right.');
    expect(await page.$eval('input[name="email"]', (el) => (el as HTMLInputElement).value)).toBe('ilze@example.org');
    await page.close();
  });
});
