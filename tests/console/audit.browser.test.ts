import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { updateClient } from '../../src/domain/assignments/update-client.js';
import { recordClientRead } from '../../src/domain/audit/record-read.js';
import { collectPageProblems, desktop, launchBrowser, newVisitor, screenshots, seriousViolations, signIn } from '../support/browser.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { password, programme } from './programme-fixture.js';

let t: TestApp;
let browser: Browser;
let base: string;
let people: Awaited<ReturnType<typeof programme>>;
const now = new Date('2026-12-01T08:00:00Z');

beforeAll(async () => {
  t = await createTestApp({ clock: () => now });
  people = await programme(t.database.db);
  const { db } = t.database;
  const read = (actor: string, clientId: string, at: string) => recordClientRead(db, { actor, clientId, what: 'thread', at: new Date(at) });
  await read(`staff:${people.ilze.id}`, people.olena.id, '2026-11-24T07:15:00Z');
  await read(`staff:${people.lauraStaff.id}`, people.olena.id, '2026-11-25T12:40:00Z');
  await read('admin', people.olena.id, '2026-11-26T09:00:00Z');
  await read(`staff:${people.ilze.id}`, people.marta.id, '2026-11-27T14:20:00Z');
  await updateClient(db, { translator: t.deps.translator, clock: () => new Date('2026-11-25T12:45:00Z') }, people.olena.id, { checkinTime: '10:30' }, `staff:${people.lauraStaff.id}`);
  base = await t.app.listen({ port: 0, host: '127.0.0.1' });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await t?.close();
});

const sentences = (page: Page) => page.$$eval('ol.notes > li > p:first-of-type', (items) => items.map((p) => p.textContent ?? ''));

describe('the audit trail in a browser', () => {
  it('answers who read Olena’s thread last week, from her page, with the filter a coordinator sets', async () => {
    const page = await newVisitor(browser);
    await page.setViewport(desktop);
    const problems = collectPageProblems(page);
    await signIn(page, base, 'ilze@example.org', password);
    await page.goto(`${base}/console/clients/${people.olena.id}`);
    await Promise.all([page.waitForNavigation(), page.click(`a[href="/console/audit?clientId=${people.olena.id}"]`)]);
    expect(await page.$eval('h1', (h1) => h1.textContent)).toBe('Audit trail');
    expect(await sentences(page)).toEqual(expect.arrayContaining(["Laura Ozola changed Olena Petrenko's check-in time from 09:00 to 10:30", "Ilze Bērziņa read Olena Petrenko's thread"]));

    await page.select('#audit-action', 'read.thread');
    await page.$eval('#audit-from', (input) => ((input as HTMLInputElement).value = '2026-11-23'));
    await page.$eval('#audit-to', (input) => ((input as HTMLInputElement).value = '2026-11-29'));
    await Promise.all([page.waitForNavigation(), page.click('form[role="search"] button[type="submit"]')]);
    const url = new URL(page.url());
    expect(Object.fromEntries(url.searchParams)).toMatchObject({ clientId: people.olena.id, action: 'read.thread', from: '2026-11-23', to: '2026-11-29' });
    expect(await sentences(page)).toEqual([
      "The admin API read Olena Petrenko's thread",
      "Laura Ozola read Olena Petrenko's thread",
      "Ilze Bērziņa read Olena Petrenko's thread",
    ]);
    expect(await page.$$eval('ol.notes time', (times) => times.map((time) => time.getAttribute('datetime')))).toEqual(['2026-11-26T09:00:00.000Z', '2026-11-25T12:40:00.000Z', '2026-11-24T07:15:00.000Z']);
    expect(await page.$eval('.active-filters', (div) => div.textContent)).toContain('Client: Olena Petrenko');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshots(page, 'audit');

    // Taking the client off shows everyone's reads of those days, Marta's too.
    await Promise.all([page.waitForNavigation(), page.click('.active-filters li:first-child a')]);
    expect(await sentences(page)).toContain("Ilze Bērziņa read Marta Kalniņa's thread");
    expect(problems).toEqual([]);
    await page.close();
  });

  it('tells a mentor the page is for coordinators', async () => {
    const page = await newVisitor(browser);
    await signIn(page, base, 'laura@example.org', password);
    const response = await page.goto(`${base}/console/audit?clientId=${people.olena.id}`);
    expect(response?.status()).toBe(403);
    expect(await page.$eval('h1', (h1) => h1.textContent)).toBe('For coordinators');
    await page.close();
  });
});
