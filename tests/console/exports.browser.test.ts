import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Browser, CDPSession, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allowDownloads, collectPageProblems, desktop, downloaded, launchBrowser, newVisitor, screenshots, seriousViolations, signIn } from '../support/browser.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { formulaName, seedExportRecords } from '../http/export-records.js';
import { password, programme } from './programme-fixture.js';

let t: TestApp;
let browser: Browser;
let base: string;
let downloads: string;

beforeAll(async () => {
  t = await createTestApp();
  await seedExportRecords(t.database.db);
  await programme(t.database.db);
  base = await t.app.listen({ port: 0, host: '127.0.0.1' });
  browser = await launchBrowser();
  downloads = await mkdtemp(path.join(os.tmpdir(), 'mentorline-exports-'));
});
afterAll(async () => {
  await browser?.close();
  await t?.close();
  if (downloads) await rm(downloads, { recursive: true, force: true });
});

/** A coordinator's page at a desk whose downloads land in `downloads`, told of through the DevTools protocol. */
async function coordinator(): Promise<{ page: Page; problems: string[]; devtools: CDPSession }> {
  const page = await newVisitor(browser);
  await page.setViewport(desktop);
  const problems = collectPageProblems(page);
  const devtools = await allowDownloads(browser, page, downloads);
  await signIn(page, base, 'ilze@example.org', password);
  return { page, problems, devtools };
}

/** Does `start` and resolves with the rows of the CSV file the browser saved because of it. */
async function downloadedRows(devtools: CDPSession, start: () => Promise<unknown>): Promise<{ name: string; rows: string[][] }> {
  const file = await downloaded(devtools, downloads, start);
  return { name: file.name, rows: parse(file.bytes.toString('utf8')) };
}

const setDate = (page: Page, selector: string, value: string) =>
  page.$eval(selector, (input, date) => ((input as HTMLInputElement).value = date), value);

describe('the exports page in a browser', () => {
  it('lets a coordinator download the clients, and the check-ins and tasks of the days they choose', async () => {
    const { page, problems, devtools } = await coordinator();
    await page.goto(`${base}/console/exports`);
    expect(await page.$eval('h1', (h1) => h1.textContent)).toBe('Exports');
    expect(await page.$$eval('section.panel h2', (headings) => headings.map((h) => h.textContent))).toEqual(['Clients', 'Check-ins', 'Tasks']);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshots(page, 'exports');

    const clients = await downloadedRows(devtools, () => page.click('a[href="/console/exports/clients.csv"]'));
    expect(clients.name).toBe('clients.csv');
    expect(clients.rows[0]?.slice(0, 5)).toEqual(['id', 'name', 'status', 'mentorId', 'mentorName']);
    expect(clients.rows.map((row) => row[1])).toContain(`'${formulaName}`);

    await setDate(page, '#checkins-from', '2026-04-01');
    await setDate(page, '#checkins-to', '2026-04-30');
    const checkins = await downloadedRows(devtools, () => page.click('form[action^="/console/exports/checkins.csv"] button[type="submit"]'));
    expect(checkins.name).toBe('checkins-from-2026-04-01-to-2026-04-30.csv');
    expect(checkins.rows.slice(1).map((row) => [row[1], row[2], row[6]])).toEqual([
      ['Olena Petrenko', '2026-04-01', ''],
      ['Marta "Ma" Kalniņa, Rīga', '2026-04-01', '3'],
      ['Olena Petrenko', '2026-04-30', '2'],
    ]);

    await setDate(page, '#tasks-from', '2026-04-01');
    const tasks = await downloadedRows(devtools, () => page.click('form[action^="/console/exports/tasks.csv"] button[type="submit"]'));
    expect(tasks.name).toBe('tasks-from-2026-04-01.csv');
    expect(tasks.rows.slice(1).map((row) => row[5])).toEqual(['Write a CV', `'+371 call the job centre`, 'Visit the doctor']);

    // The downloads leave the page where it was.
    expect(new URL(page.url()).pathname).toBe('/console/exports');
    expect(problems).toEqual([]);
    await devtools.detach();
    await page.close();
  });

  it('shows dates it cannot take next to their field, keeping what was typed', async () => {
    const { page, problems, devtools } = await coordinator();
    await page.goto(`${base}/console/exports`);
    await setDate(page, '#tasks-from', '2026-05-01');
    await setDate(page, '#tasks-to', '2026-04-01');
    await Promise.all([page.waitForNavigation(), page.click('form[action^="/console/exports/tasks.csv"] button[type="submit"]')]);
    // Back at the tasks' form, not at the top of the page.
    expect(new URL(page.url()).hash).toBe('#tasks-heading');
    expect(await page.$eval('#tasks-from-error', (p) => p.textContent)).toBe('This date comes after the end of the period.');
    expect(await page.$eval('#tasks-from', (input) => (input as HTMLInputElement).value)).toBe('2026-05-01');
    expect(await page.$eval('#tasks-to', (input) => (input as HTMLInputElement).value)).toBe('2026-04-01');
    expect(await page.$eval('#tasks-from', (input) => input.getAttribute('aria-invalid'))).toBe('true');
    expect(await page.$('#checkins-from-error')).toBeNull();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshots(page, 'exports-refused');
    // The refused dates answered 400, as the browser reports (again for each reload of the screenshots); nothing else may be reported.
    expect(problems.filter((problem) => !/status of 400/.test(problem))).toEqual([]);
    await devtools.detach();
    await page.close();
  });

  it('tells a mentor the page is for coordinators', async () => {
    const page = await newVisitor(browser);
    await signIn(page, base, 'laura@example.org', password);
    const response = await page.goto(`${base}/console/exports`);
    expect(response?.status()).toBe(403);
    expect(await page.$eval('h1', (h1) => h1.textContent)).toBe('For coordinators');
    expect(await page.$('form[action^="/console/exports/checkins.csv"]')).toBeNull();
    await page.close();
  });
});
