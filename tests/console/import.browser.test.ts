import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientRow, csvFile, header, importNow } from '../support/client-import-fixture.js';
import { collectPageProblems, desktop, launchBrowser, newVisitor, phone, screenshots, seriousViolations, signIn } from '../support/browser.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { password, programme } from './programme-fixture.js';

let t: TestApp;
let browser: Browser;
let base: string;
let files: string;

beforeAll(async () => {
  t = await createTestApp({ clock: () => importNow });
  await programme(t.database.db);
  base = await t.app.listen({ port: 0, host: '127.0.0.1' });
  browser = await launchBrowser();
  files = await mkdtemp(path.join(tmpdir(), 'mentorline-import-'));
});
afterAll(async () => {
  await browser?.close();
  await t?.close();
  if (files) await rm(files, { recursive: true, force: true });
});

const submit = (page: Page, selector: string) => Promise.all([page.waitForNavigation(), page.click(selector)]);
const text = (page: Page, selector: string) => page.$eval(selector, (element) => element.textContent?.replace(/\s+/g, ' ').trim() ?? '');

/** Chooses a file in the page's upload form, as a person picks it from their computer, and sends it to be checked. */
async function checkFile(page: Page, name: string, bytes: Buffer): Promise<void> {
  const file = path.join(files, name);
  await writeFile(file, bytes);
  const input = (await page.$('form[action="/console/enrol/import"] input[type="file"]')) as ElementHandle<HTMLInputElement> | null;
  if (!input) throw new Error('the page has no file to choose');
  await input.uploadFile(file);
  await submit(page, 'form[action="/console/enrol/import"] button[type="submit"]');
}

describe('enrolling clients from a file in a browser', () => {
  it('a coordinator uploads a file, sees its bad row, sends the corrected one, enrols everyone and opens a new client', async () => {
    const page = await newVisitor(browser);
    await page.setViewport(desktop);
    const problems = collectPageProblems(page);
    await signIn(page, base, 'ilze@example.org', password);
    await page.goto(`${base}/console/enrol`);
    await screenshots(page, 'import-enrol-choice');
    await submit(page, 'a.button[href="/console/enrol/import"]');
    expect(await text(page, 'h1')).toBe('Enrol clients from a file');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshots(page, 'import-upload');

    const rows = [
      clientRow('Andrii Koval', { phone: '+371 2000 0001' }),
      clientRow('Amina Yusuf', { language: 'en', checkinDays: 'mon tue' }),
      clientRow('Jonas Berg', { timezone: 'Mars/Olympus' }),
    ];
    await checkFile(page, 'clients.csv', csvFile([header, ...rows]));
    expect(await text(page, 'h1')).toBe('Check of clients.csv');
    expect(await text(page, '#import-problems-heading + p')).toBe('One row needs correcting before anyone is enrolled. Correct the file and check it again.');
    expect(await text(page, '#row-3 .problem')).toBe('must be an IANA time zone name such as Europe/Riga');
    expect(await page.$('form[action="/console/enrol/import/confirm"]')).toBeNull();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshots(page, 'import-preview-problems');

    rows[2] = clientRow('Jonas Berg', { timezone: 'Europe/Vilnius' });
    await checkFile(page, 'clients-corrected.csv', csvFile([header, ...rows]));
    expect(await text(page, 'h1')).toBe('Check of clients-corrected.csv');
    expect(await text(page, '#import-confirm-heading')).toBe('Every row is ready');
    await page.setViewport(phone);
    await screenshots(page, 'import-preview-ready');
    await page.setViewport(desktop);
    await submit(page, 'form[action="/console/enrol/import/confirm"] button[type="submit"]');

    expect(await text(page, 'h1')).toBe('3 clients enrolled');
    expect(new URL(page.url()).pathname).toMatch(/^\/console\/enrol\/import\/[0-9a-f-]{36}$/);
    const names = await page.$$eval('table a[href^="/console/clients/"]', (links) => links.map((link) => link.textContent));
    expect(names).toEqual(['Andrii Koval', 'Amina Yusuf', 'Jonas Berg']);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshots(page, 'import-done');

    await submit(page, 'table a[href^="/console/clients/"]');
    expect(await text(page, 'h1')).toContain('Andrii Koval');
    expect(problems).toEqual([]);
    await page.close();
  });
});
