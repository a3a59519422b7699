import { spawn } from 'node:child_process';
import { access, constants, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** Prints a self-contained HTML page (no scripts, nothing fetched) to PDF. */
export type PdfPrinter = (html: string) => Promise<Buffer>;

const commonPaths = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** The Chromium binary to print with: the one configured, else the first installed in a usual place. */
export async function findChromium(configured: string | undefined): Promise<string | undefined> {
  for (const candidate of configured ? [configured] : commonPaths) {
    try {
      await access(candidate, constants.X_OK);
      return candidate;
    } catch {
      // Not there or not runnable: try the next.
    }
  }
  return undefined;
}

/**
 * Prints with headless Chromium from the command line, one page at a time (each run costs a
 * browser's memory). The page is ours and script-free, so it runs without Chromium's sandbox,
 * which containers rarely allow; a run that takes too long is killed with its child processes.
 */
export function chromiumPdfPrinter(chromiumPath: string, options: { timeoutMs?: number } = {}): PdfPrinter {
  const timeoutMs = options.timeoutMs ?? 60_000;
  let queue: Promise<unknown> = Promise.resolve();
  return (html) => {
    const run = queue.then(() => printOnce(chromiumPath, html, timeoutMs));
    queue = run.catch(() => undefined);
    return run;
  };
}

async function printOnce(chromiumPath: string, html: string, timeoutMs: number): Promise<Buffer> {
  const dir = await mkdtemp(path.join(tmpdir(), 'mentorline-pdf-'));
  try {
    const page = path.join(dir, 'page.html');
    const pdf = path.join(dir, 'page.pdf');
    await writeFile(page, html, { mode: 0o600 });
    await runChromium(
      chromiumPath,
      [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-extensions',
        '--disable-background-networking',
        `--user-data-dir=${path.join(dir, 'profile')}`,
        '--no-pdf-header-footer',
        `--print-to-pdf=${pdf}`,
        pathToFileURL(page).href,
      ],
      timeoutMs,
    );
    return await readFile(pdf);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function runChromium(binary: string, args: string[], timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    // Its own process group, so a timeout takes Chromium's helpers down with it.
    const child = spawn(binary, args, { detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      if (stderr.length < 4000) stderr += chunk.toString('utf8');
    });
    const timer = setTimeout(() => {
      try {
        if (child.pid) process.kill(-child.pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
      reject(new Error(`Chromium did not print within ${timeoutMs} ms`));
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else reject(new Error(`Chromium exited with ${code}: ${stderr.trim().slice(-500)}`));
    });
  });
}
