import { mkdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import puppeteer, { type Browser, type CDPSession, type Page } from 'puppeteer-core';

/** Debian's Chromium, unless CHROMIUM_PATH names another. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Where the tests leave screenshots of each page; git-ignored. */
export const screenshotDir = path.resolve(import.meta.dirname, '../../screenshots');

export const phone = { width: 390, height: 844, deviceScaleFactor: 1, isMobile: true, hasTouch: true };
export const desktop = { width: 1440, height: 1000, deviceScaleFactor: 1 };

/** A headless Chromium; root needs --no-sandbox. */
export async function launchBrowser(): Promise<Browser> {
  const runsAsRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  return puppeteer.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [...(runsAsRoot ? ['--no-sandbox'] : []), '--disable-dev-shm-usage', '--lang=en-GB'],
  });
}

const axeSource = readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/**
 * The page's serious and critical accessibility violations, by axe-core.
 * axe is put in the page through the DevTools protocol, since the
 * console's policy allows no script it did not serve itself.
 */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(await axeSource);
  const result = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[] }> }> }> } }).axe;
    const run = await axe.run(document, { resultTypes: ['violations'] });
    return run.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => JSON.stringify(n.target)) }));
  });
  return result.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
}

/**
 * Screenshots of the page as it is, at phone and at desktop width, into
 * `screenshots/<name>-phone.png` and `-desktop.png`: the whole page, or
 * (`fullPage: false`) the window only, for a page whose long thread
 * scrolls inside it and would be stretched out by a whole-page capture.
 */
export async function screenshots(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  await mkdir(screenshotDir, { recursive: true });
  const viewport = page.viewport();
  for (const [width, size] of [['phone', phone], ['desktop', desktop]] as const) {
    await page.setViewport(size);
    await page.screenshot({ path: path.join(screenshotDir, `${name}-${width}.png`), fullPage: options.fullPage ?? true });
  }
  if (viewport) await page.setViewport(viewport);
}

/** A page in a browser context of its own: no cookies shared with another visitor's pages. */
export async function newVisitor(browser: Browser): Promise<Page> {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  page.once('close', () => void context.close().catch(() => undefined));
  return page;
}

/** Signs in through the form, as a person types it, and waits for the page it leads to. */
export async function signIn(page: Page, baseUrl: string, email: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/console/login`);
  await page.type('input[name="email"]', email);
  await page.type('input[name="password"]', password);
  await Promise.all([page.waitForNavigation(), page.click('button[type="submit"].primary')]);
}

/** Problems the page itself reported: uncaught errors and refused loads (a CSP violation shows here). */
export function collectPageProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error instanceof Error ? error.message : String(error)}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  return problems;
}

/** Lets a page's downloads land in `dir`, told of through the DevTools protocol; the session reports them. */
export async function allowDownloads(browser: Browser, page: Page, dir: string): Promise<CDPSession> {
  const devtools = await browser.target().createCDPSession();
  await devtools.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: dir, browserContextId: page.browserContext().id, eventsEnabled: true });
  return devtools;
}

/** Does `start` and resolves with the name and bytes of the file the browser saved into `dir` because of it. */
export async function downloaded(devtools: CDPSession, dir: string, start: () => Promise<unknown>): Promise<{ name: string; bytes: Buffer }> {
  const begun = new Promise<{ suggestedFilename: string }>((resolve) => devtools.once('Browser.downloadWillBegin', resolve));
  const done = new Promise<void>((resolve, reject) => {
    const progress = (event: { state: string }) => {
      if (event.state === 'inProgress') return;
      devtools.off('Browser.downloadProgress', progress);
      if (event.state === 'completed') resolve();
      else reject(new Error(`the download ended ${event.state}`));
    };
    devtools.on('Browser.downloadProgress', progress);
  });
  await start();
  const { suggestedFilename } = await begun;
  await done;
  return { name: suggestedFilename, bytes: await readFile(path.join(dir, suggestedFilename)) };
}
