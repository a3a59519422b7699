import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { sha256Hex } from '../../src/core/sha256.js';
import { createS3BlobStore } from '../../src/media/s3-blob-store.js';
import { s3Credentials, startS3Server, type TestS3Server } from '../support/s3-server.js';
import { cleanJpeg } from '../support/test-media.js';

let s3: TestS3Server;
let dataDir: string;

beforeAll(async () => {
  for (const [name, value] of Object.entries(s3Credentials)) vi.stubEnv(name, value);
  s3 = await startS3Server();
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'mentorline-media-migrate-'));
});
afterAll(async () => {
  await s3.close();
  await rm(dataDir, { recursive: true, force: true });
  vi.unstubAllEnvs();
});

/** Writes a file where the file store keeps content with this digest. */
async function keep(sha256: string, bytes: Buffer, suffix = ''): Promise<string> {
  const file = path.join(dataDir, 'media', sha256.slice(0, 2), `${sha256}${suffix}`);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, bytes);
  return path.relative(path.join(dataDir, 'media'), file);
}

/** `npm run media:migrate` as an operator runs it, with this environment. */
async function migrate(env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/media-migrate.ts'], {
    env: { PATH: process.env.PATH ?? '', DATA_DIR: dataDir, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const [code] = (await once(child, 'exit')) as [number | null];
  return { code, stdout, stderr };
}

const keyOf = (sha256: string) => `media/${sha256.slice(0, 2)}/${sha256}`;

describe('npm run media:migrate', () => {
  it('copies DATA_DIR/media into the bucket, checks each file against its name, deletes nothing, and can run again', async () => {
    const photo = await cleanJpeg('a photo from before the bucket');
    const pdf = Buffer.from('%PDF-1.4 a worksheet from before the bucket');
    const already = Buffer.from('%PDF-1.4 copied by an earlier run that was cut short');
    const damaged = Buffer.from('bytes that are not what the name says');
    const photoSha = sha256Hex(photo);
    const pdfSha = sha256Hex(pdf);
    const alreadySha = sha256Hex(already);
    const damagedName = sha256Hex('what the file once was');
    await keep(photoSha, photo);
    await keep(pdfSha, pdf);
    await keep(alreadySha, already);
    const damagedFile = await keep(damagedName, damaged);
    const leftover = await keep(photoSha, photo.subarray(0, 10), '.5f0c.tmp');
    await writeFile(path.join(dataDir, 'media', '.probe-1'), '');
    const earlier = createS3BlobStore(s3.config('media/'));
    await earlier.write(alreadySha, already, 'application/pdf');
    earlier.close();
    const before = await readdir(path.join(dataDir, 'media'), { recursive: true });

    const first = await migrate(s3.env('media/'));
    expect(first.code).toBe(1);
    expect(first.stdout).toMatch(/: 2 copied, 1 already there, 2 skipped \(not stored media\), 1 not matching their name\n$/);
    expect(first.stderr).toContain(`${damagedFile}: its bytes do not match its name; not copied`);
    expect(first.stderr).not.toContain(leftover);
    expect(await s3.keys()).toEqual([keyOf(photoSha), keyOf(pdfSha), keyOf(alreadySha)].sort());
    expect((await s3.object(keyOf(photoSha)))?.equals(photo)).toBe(true);
    expect((await s3.object(keyOf(pdfSha)))?.equals(pdf)).toBe(true);
    expect(await readdir(path.join(dataDir, 'media'), { recursive: true })).toEqual(before);

    await rm(path.join(dataDir, 'media', damagedFile));
    const again = await migrate(s3.env('media/'));
    expect(again).toMatchObject({ code: 0, stderr: '' });
    expect(again.stdout).toMatch(/: 0 copied, 3 already there, 2 skipped \(not stored media\), 0 not matching their name\n$/);
  });

  it('refuses to run without a bucket to copy into', async () => {
    const run = await migrate({ MEDIA_STORE: 'file' });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('MEDIA_STORE must name the bucket to copy into');
  });

  it('stops at the first file the bucket refuses, naming it', async () => {
    await rm(path.join(dataDir, 'media'), { recursive: true, force: true });
    const photo = await cleanJpeg('a photo for a bucket that refuses');
    const files = [await keep(sha256Hex(photo), photo), await keep(sha256Hex('a second file'), Buffer.from('a second file'))].sort();
    const run = await migrate({ ...s3.env('media/'), AWS_ACCESS_KEY_ID: 'SOMEONE-ELSE' });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${files[0]}: access denied to media/${files[0]}; stopped here`);
    expect(run.stderr).not.toContain(files[1]);
    expect(run.stdout).toMatch(/: 0 copied, 0 already there, 0 skipped \(not stored media\), 0 not matching their name, stopped by a failure\n$/);
  });
});
