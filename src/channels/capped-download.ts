import { MediaTooLargeError } from '../domain/turn/inbound-event.js';

/**
 * The body of a platform's file URL, at most `maxBytes` of it: a larger file
 * is refused by its Content-Length before anything is read, and a server that
 * sends more than it declared is cut off once the limit is passed, so a huge
 * download never fills the memory.
 */
export async function downloadCapped(url: string, maxBytes: number, init: RequestInit = {}): Promise<Buffer> {
  const response = await fetch(url, init);
  if (!response.ok) throw new Error(`file download answered ${response.status}`);
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (declared > maxBytes) {
    await response.body?.cancel();
    throw new MediaTooLargeError(`the file has ${declared} bytes, more than ${maxBytes}`);
  }
  const chunks: Buffer[] = [];
  let received = 0;
  for await (const chunk of response.body ?? []) {
    received += chunk.byteLength;
    if (received > maxBytes) {
      await response.body?.cancel().catch(() => undefined);
      throw new MediaTooLargeError(`the file is larger than ${maxBytes} bytes`);
    }
    chunks.push(Buffer.from(chunk));
  }
  return Buffer.concat(chunks);
}
