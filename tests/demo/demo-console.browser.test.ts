import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { createMediaSanitizer } from '../../src/media/media-sanitizer.js';
import { createMediaStore } from '../../src/media/media-store.js';
import { startService, type RunningService } from '../../src/service.js';
import { collectPageProblems, launchBrowser, newVisitor, screenshots, seriousViolations, signIn } from '../support/browser.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { pinnedClock } from '../telegram/pinned-clock.js';
import { seed, seededAt } from './demo-database.js';

let database: TestDatabase;
let dataDir: string;
let service: RunningService;
let browser: Browser;
let coordinator: string;

beforeAll(async () => {
  database = await createTestDatabase();
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'mentorline-demo-console-'));
  const sanitizer = createMediaSanitizer();
  const seeded = await seed(database.db, createMediaStore({ dir: path.join(dataDir, 'media'), sanitizer }));
  await sanitizer.close();
  if (!seeded.seeded) throw new Error('the demo agency was not seeded');
  coordinator = seeded.accounts.find((account) => account.role === 'coordinator')?.email ?? '';
  // The console's clock stands a minute after the seeding, so its "today" is the agency's.
  const clock = pinnedClock(new Date(seededAt.getTime() + 60_000));
  service = await startService(parseConfig({ PORT: '0', DATA_DIR: dataDir, DATABASE_URL: database.url, ADMIN_TOKEN: 'demo-console-token-0123456', LOG_LEVEL: 'silent' }), createLogger('silent'), { clock: clock.now });
  browser = await launchBrowser();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await service?.stop();
  await database?.drop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

describe('the demo agency in the console', () => {
  it('fills Today, the clients list and a client page with believable data, each accessible and refused nothing by the CSP', async () => {
    const page = await newVisitor(browser);
    const problems = collectPageProblems(page);
    await page.setViewport({ width: 1440, height: 900 });
    await signIn(page, service.url, coordinator, 'mentorline-demo');

    const counts = await page.$$eval('.count .value', (values) => values.map((value) => Number(value.textContent?.replace(/\D/g, ''))));
    expect(counts[0]).toBeGreaterThan(20);
    expect(await page.$$eval('#alerts-heading ~ ul li', (items) => items.length)).toBeGreaterThan(0);
    expect(await page.$$eval('#waiting-heading ~ ul li', (items) => items.length)).toBeGreaterThan(0);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshots(page, 'demo-today');

    await page.goto(`${service.url}/console/clients`);
    expect(await page.$$eval('svg.sparkline polyline', (lines) => lines.length)).toBeGreaterThan(10);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshots(page, 'demo-clients');

    // A client whose thread has photos in it.
    const withPhoto = await database.db
      .selectFrom('messages')
      .innerJoin('threads', 'threads.id', 'messages.thread_id')
      .select('threads.client_id')
      .where('messages.media_id', 'is not', null)
      .where('messages.direction', '=', 'inbound')
      .orderBy('messages.created_at', 'desc')
      .executeTakeFirstOrThrow();
    await page.goto(`${service.url}/console/clients/${withPhoto.client_id}`);
    await page.waitForSelector('canvas[data-mood-chart]');
    // Photos load as they scroll into view; each one shown must load as an image.
    const photos = await page.$$('.timeline img');
    expect(photos.length).toBeGreaterThan(0);
    for (const photo of photos) {
      await photo.scrollIntoView();
      await page.waitForFunction((image) => (image as HTMLImageElement).complete, {}, photo);
      expect(await photo.evaluate((image) => (image as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
    }
    expect(await seriousViolations(page)).toEqual([]);
    await screenshots(page, 'demo-client', { fullPage: false });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('reports the demo agency to its funder: figures, charts and tables that agree with each other', async () => {
    const page = await newVisitor(browser);
    const problems = collectPageProblems(page);
    await page.setViewport({ width: 1440, height: 900 });
    await signIn(page, service.url, coordinator, 'mentorline-demo');
    await page.goto(`${service.url}/console/reports`);
    const totals = await page.$$eval('.report-totals dd', (values) => values.map((value) => value.textContent ?? ''));
    const served = Number(totals[0]?.replace(/\D/g, ''));
    expect(served).toBeGreaterThan(40);
    // Every month of the default period is a bar, and the months' table says the same as the chart.
    const bars = await page.$$eval('#months-chart-heading ~ .report-charts figure:first-child text.value', (values) => values.map((value) => value.textContent ?? ''));
    const column = await page.$$eval('#months-heading ~ .table-wrap tbody tr td:first-of-type', (cells) => cells.map((cell) => cell.textContent ?? ''));
    expect(bars).toHaveLength(6);
    expect(bars).toEqual(column);
    expect(Math.max(...bars.map((bar) => Number(bar.replace(/\D/g, ''))))).toBeLessThanOrEqual(served);
    expect(await page.$$eval('figure.share svg g', (groups) => groups.length)).toBeGreaterThan(4);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshots(page, 'demo-report');
    expect(problems).toEqual([]);
    await page.close();
  });
});
