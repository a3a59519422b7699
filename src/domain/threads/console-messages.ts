import type { Channel } from '../../db/database.js';
import { mentorAccounts } from '../people/accounts.js';
import type { ClientContext } from '../people/contexts.js';
import type { Scope } from '../turn/scope.js';
import { deliveriesTo, relayToClient, type RelayedContent } from './relay.js';
import { appendThreadMessage, markThreadSeen } from './thread-store.js';
import { copyToInterpreter } from './interpreter-copies.js';

/** Who writes to a client (from the console, or through the interpreter from the bot): the client's own mentor, or another staff member (a coordinator). */
export type ConsoleWriter = { kind: 'mentor'; mentorId: string; name: string } | { kind: 'staff'; staffId: string; name: string };

/**
 * How a staff member writes to a client: as their mentor when they work as
 * the client's mentor (under the mentor's own name, as in Telegram), as a
 * member of the programme's staff otherwise.
 */
export function consoleWriterFor(writer: { staffId: string; name: string; mentorId: string | null }, client: ClientContext): ConsoleWriter {
  const mentor = client.mentor ?? client.inactiveMentor;
  if (writer.mentorId !== null && mentor?.id === writer.mentorId) return { kind: 'mentor', mentorId: mentor.id, name: mentor.name };
  return { kind: 'staff', staffId: writer.staffId, name: writer.name };
}

/** Images every chat shows as a photo; any other file goes as a document, with its name. */
const photoTypes = new Set(['image/jpeg', 'image/png', 'image/webp']);

/** The message a file written from the console makes, by the type the media store found in it. */
export function uploadContent(text: string | null, upload: { mediaId: string; contentType: string; fileName: string } | null): Pick<RelayedContent, 'kind' | 'text' | 'mediaId' | 'fileName'> {
  if (!upload) return { kind: 'text', text };
  if (photoTypes.has(upload.contentType)) return { kind: 'photo', text, mediaId: upload.mediaId };
  // The name is the sender's: only its last part, without what could break a header, and not overlong.
  const lastPart = upload.fileName.split(/[\\/]/).pop() ?? '';
  const fileName = [...lastPart].filter((character) => character >= ' ' && character !== '"').join('').slice(-120) || 'file';
  return { kind: 'document', text, mediaId: upload.mediaId, fileName };
}

/**
 * Stores what a mentor or staff member wrote to a client in the client's
 * thread; the client's own mentor has then seen the thread. Undefined for a
 * platform message stored before.
 */
export async function storeWrittenMessage(
  scope: Scope,
  writer: ConsoleWriter,
  clientId: string,
  content: Pick<RelayedContent, 'kind' | 'text' | 'mediaId'>,
  platform?: { channel: Channel; externalId: string },
): Promise<{ id: string } | undefined> {
  const stored = await appendThreadMessage(scope.db, {
    clientId,
    direction: 'outbound',
    author: writer.kind,
    authorMentorId: writer.kind === 'mentor' ? writer.mentorId : null,
    authorStaffId: writer.kind === 'staff' ? writer.staffId : null,
    kind: content.kind,
    text: content.text,
    mediaId: content.mediaId ?? null,
    channel: platform?.channel ?? null,
    externalId: platform?.externalId ?? null,
  });
  if (stored && writer.kind === 'mentor') await markThreadSeen(scope.db, clientId);
  return stored;
}

/**
 * A message written to a client in the console. It is stored in the thread
 * and goes out through the outbox exactly as a mentor's Telegram reply would,
 * and a copy goes to the mentor's own Telegram chat about the client, so the
 * conversation there stays whole wherever it was written.
 */
export async function writeFromConsole(
  scope: Scope,
  writer: ConsoleWriter,
  client: ClientContext,
  content: Pick<RelayedContent, 'kind' | 'text' | 'mediaId' | 'fileName'>,
): Promise<string | undefined> {
  const stored = await storeWrittenMessage(scope, writer, client.id, content);
  if (!stored) return undefined;
  await relayToClient(scope, client, writer.name, content, stored.id, writer.kind === 'mentor' ? 'from-mentor' : 'from-staff');
  await copyToInterpreter(scope, client, content, { writer: { kind: writer.kind, name: writer.name }, messageId: stored.id });
  await copyToMentor(scope, writer, client, content, stored.id);
  return stored.id;
}

/** The copy of a message written in the console for the client's mentor's Telegram chat about them. */
export async function copyToMentor(scope: Scope, writer: ConsoleWriter, client: ClientContext, content: Pick<RelayedContent, 'kind' | 'text' | 'mediaId' | 'fileName'>, messageId: string): Promise<void> {
  if (client.mentor) {
    const { translator } = scope;
    const language = client.mentor.language;
    const label =
      writer.kind === 'mentor' && writer.mentorId === client.mentor.id
        ? translator.t(language, 'console-copy-own', { client: client.name })
        : translator.t(language, 'console-copy-other', { writer: writer.name, client: client.name });
    const accounts = await mentorAccounts(scope.db, client.mentor.id);
    scope.send(...deliveriesTo(accounts, content, label, { messageId, aboutClientId: client.id }));
  }
}
