import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { Kysely } from 'kysely';
import { expect } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { ConsoleSession } from '../support/console-session.js';
import { password } from './clients-fixture.js';

export async function signedIn(app: FastifyInstance, email: string): Promise<ConsoleSession> {
  const session = new ConsoleSession(app);
  expect((await session.signIn(email, password)).statusCode).toBe(303);
  return session;
}

/**
 * Posts a form with a file as a browser does (multipart/form-data), with the
 * session's cookies and the CSRF token of the last page it read.
 */
export async function postWithFile(
  app: FastifyInstance,
  session: ConsoleSession,
  url: string,
  fields: Record<string, string>,
  file: { field: string; name: string; type: string; bytes: Buffer } | null,
): Promise<LightMyRequestResponse> {
  const boundary = '----mentorline-test-boundary';
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries({ _csrf: session.csrfToken, ...fields })) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  }
  if (file) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${file.field}"; filename="${file.name}"\r\nContent-Type: ${file.type}\r\n\r\n`), file.bytes, Buffer.from('\r\n'));
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  const cookie = ['mentorline_session', 'mentorline_csrf'].map((name) => `${name}=${session.cookie(name) ?? ''}`).join('; ');
  return app.inject({ method: 'POST', url, headers: { cookie, 'content-type': `multipart/form-data; boundary=${boundary}` }, payload: Buffer.concat(parts) });
}

/** What the outbox holds for a chat, oldest first: each delivery's payload. */
export async function outboxTo(db: Kysely<Database>, chatId: string): Promise<Array<{ kind: string; text?: string; caption?: string; mediaId?: string; fileName?: string }>> {
  const rows = await db.selectFrom('deliveries').select('payload').where('recipient_chat_id', '=', chatId).orderBy('seq').execute();
  return rows.map((row) => (row.payload as { payload: { kind: string; text?: string; caption?: string; mediaId?: string; fileName?: string } }).payload);
}

/** The text a form field was shown again with. */
export function valueOf(html: string, name: string): string | undefined {
  const textarea = new RegExp(`<textarea[^>]*name="${name}"[^>]*>([^<]*)</textarea>`).exec(html)?.[1];
  if (textarea !== undefined) return textarea;
  return new RegExp(`<input[^>]*name="${name}"[^>]*value="([^"]*)"`).exec(html)?.[1] ?? new RegExp(`<input[^>]*value="([^"]*)"[^>]*name="${name}"`).exec(html)?.[1];
}
