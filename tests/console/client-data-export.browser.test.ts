import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { buffer } from 'node:stream/consumers';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allowDownloads, collectPageProblems, desktop, downloaded, launchBrowser, newVisitor, phone, screenshotDir, seriousViolations, signIn } from '../support/browser.js';
import { readZip } from '../support/read-zip.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { cleanJpeg, stored } from '../support/test-media.js';
import { password, programme } from './programme-fixture.js';

const now = new Date('2026-11-20T10:00:00.000Z');
let t: TestApp;
let p: Awaited<ReturnType<typeof programme>>;
let browser: Browser;
let base: string;
let downloads: string;
let photoSha = '';

beforeAll(async () => {
  t = await createTestApp({ clock: () => now });
  const { db } = t.database;
  p = await programme(db);
  const photo = stored(await t.deps.mediaStore.put(db, await cleanJpeg('a photo for the browser'), 'image/jpeg'));
  photoSha = photo.sha256;
  const thread = await db.selectFrom('threads').select('id').where('client_id', '=', p.olena.id).executeTakeFirstOrThrow();
  await db
    .insertInto('messages')
    .values({ thread_id: thread.id, direction: 'inbound', author: 'client', kind: 'photo', text: 'My new room', media_id: photo.id, channel: 'telegram', created_at: new Date('2026-11-19T15:00:00.000Z') })
    .execute();
  base = await t.app.listen({ port: 0, host: '127.0.0.1' });
  browser = await launchBrowser();
  downloads = await mkdtemp(path.join(os.tmpdir(), 'mentorline-data-export-'));
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await t?.close();
  if (downloads) await rm(downloads, { recursive: true, force: true });
});


describe('a client’s data in a browser', () => {
  it('lets a coordinator download all of it from the client’s page, photos included', async () => {
    const page: Page = await newVisitor(browser);
    await page.setViewport(desktop);
    const problems = collectPageProblems(page);
    const devtools = await allowDownloads(browser, page, downloads);
    await signIn(page, base, 'ilze@example.org', password);
    await page.goto(`${base}/console/clients/${p.olena.id}`);
    expect(await page.$eval('#privacy-heading', (heading) => heading.textContent)).toBe('Their data');
    expect(await seriousViolations(page)).toEqual([]);
    // The panel itself, at phone and desk width: the page around it is the client page's own screenshots.
    await mkdir(screenshotDir, { recursive: true });
    for (const [width, size] of [['phone', phone], ['desktop', desktop]] as const) {
      await page.setViewport(size);
      await (await page.$('#privacy'))?.screenshot({ path: path.join(screenshotDir, `client-privacy-${width}.png`) });
    }

    const file = await downloaded(devtools, downloads, () => page.click('#privacy a.button'));
    expect(file.name).toBe(`client-${p.olena.id}-2026-11-20.zip`);
    const entries = await readZip(file.bytes);
    expect(entries.get(`media/${photoSha}.jpg`)?.bytes.equals(await buffer(t.deps.mediaStore.read(photoSha)))).toBe(true);
    const thread = JSON.parse(entries.get('thread.json')?.bytes.toString('utf8') ?? '[]') as Array<{ text: string }>;
    expect(thread.map((message) => message.text)).toEqual(['My new room']);
    // The download leaves the page where it was.
    expect(new URL(page.url()).pathname).toBe(`/console/clients/${p.olena.id}`);
    expect(problems).toEqual([]);
    await devtools.detach();
    await page.close();
  });

  it('shows a mentor no download of it', async () => {
    const page = await newVisitor(browser);
    await signIn(page, base, 'laura@example.org', password);
    await page.goto(`${base}/console/clients/${p.olena.id}`);
    expect(await page.$eval('h1', (h1) => h1.textContent)).toBe('Olena Petrenko');
    expect(await page.$('#privacy')).toBeNull();
    expect(await page.$('a[href$="/export.zip"]')).toBeNull();
    await page.close();
  });
});
