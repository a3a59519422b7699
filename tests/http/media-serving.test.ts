import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { auth, createTestApp, type TestApp } from '../support/test-app.js';

const bytes = Buffer.from('<html><script>alert(document.cookie)</script></html>');
/** What each media id was declared as by its sender. */
const declared = new Map<string, string>();

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  // What the store keeps on disk is beside the point here: only what the sender declared matters.
  vi.spyOn(t.deps.mediaStore, 'open').mockImplementation(async (_db, id) => ({
    id,
    sha256: '0'.repeat(64),
    contentType: declared.get(id) ?? 'application/octet-stream',
    sizeBytes: bytes.length,
    stream: Readable.from([bytes]),
  }));
});
afterAll(async () => {
  await t.close();
});

async function serve(contentType: string) {
  const id = randomUUID();
  declared.set(id, contentType);
  const response = await t.app.inject({ method: 'GET', url: `/api/media/${id}`, headers: auth });
  expect(response.statusCode).toBe(200);
  expect(response.rawPayload.equals(bytes)).toBe(true);
  expect(response.headers['x-content-type-options']).toBe('nosniff');
  return { id, headers: response.headers };
}

describe('serving media', () => {
  it.each([
    ['image/jpeg', 'jpg'],
    ['image/png', 'png'],
    ['image/webp', 'webp'],
    ['image/heic', 'heic'],
    ['image/heif', 'heif'],
    ['image/avif', 'avif'],
  ])('shows %s, an image stripped of its metadata, inline', async (type, extension) => {
    const { id, headers } = await serve(type);
    expect(headers['content-type']).toBe(type);
    expect(headers['content-disposition']).toBe(`inline; filename="${id}.${extension}"`);
  });

  it.each([
    ['application/pdf', 'pdf'],
    ['audio/ogg', 'ogg'],
    ['video/mp4', 'mp4'],
    ['image/gif', 'gif'],
  ])('keeps %s, which is not stripped, but only as a download', async (type, extension) => {
    const { id, headers } = await serve(type);
    expect(headers['content-type']).toBe(type);
    expect(headers['content-disposition']).toBe(`attachment; filename="${id}.${extension}"`);
  });

  it.each([
    'text/html',
    'text/html; charset=utf-8',
    'image/svg+xml',
    'application/xhtml+xml',
    'text/javascript',
    'application/xml',
    'multipart/x-mixed-replace; boundary=x',
    '',
    'image/jpeg\r\nSet-Cookie: a=b',
    'image/jpeg2',
  ])('serves %j as an opaque download', async (type) => {
    const { id, headers } = await serve(type);
    expect(headers['content-type']).toBe('application/octet-stream');
    expect(headers['content-disposition']).toBe(`attachment; filename="${id}.bin"`);
    expect(headers['set-cookie']).toBeUndefined();
  });

  it('reads a declared type regardless of letter case and parameters', async () => {
    const { id, headers } = await serve('Image/PNG; name="holiday.png"');
    expect(headers['content-type']).toBe('image/png');
    expect(headers['content-disposition']).toBe(`inline; filename="${id}.png"`);
  });

  it('lets nothing run even where a browser would render it', async () => {
    const { headers } = await serve('image/png');
    expect(headers['content-security-policy']).toBe("default-src 'none';frame-ancestors 'none'");
  });
});
