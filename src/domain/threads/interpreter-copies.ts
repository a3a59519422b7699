import { recordAudit } from '../../core/audit.js';
import type { Channel } from '../../db/database.js';
import { interpreterAccounts } from '../people/accounts.js';
import type { ClientContext } from '../people/contexts.js';
import type { Scope } from '../turn/scope.js';
import { deliveriesTo, problemLine, type RelayedContent } from './relay.js';

/** Who wrote what an interpreter receives a copy of, as they are told it. */
export type CopiedWriter =
  | { kind: 'client'; channel: Channel; edited?: boolean }
  | { kind: 'mentor' | 'staff'; name: string }
  /** A mentor's words sent to the interpreter to translate before they go to the client. */
  | { kind: 'request'; name: string };

function labelOf(scope: Scope, language: string, client: ClientContext, writer: CopiedWriter): string {
  const t = (id: string, args: Record<string, string>) => scope.translator.t(language, id, args);
  switch (writer.kind) {
    case 'client':
      return t(writer.edited ? 'interpreter-client-edited' : 'interpreter-client-said', { client: client.name, channel: t(`channel-${writer.channel}`, {}) });
    case 'request':
      return t('interpreter-translate-request', { writer: writer.name, client: client.name });
    default:
      return t('interpreter-writer-said', { writer: writer.name, client: client.name });
  }
}

/**
 * A copy of a thread message for the client's interpreter, in their chat
 * about the client (its topic when the bot has topics), labelled with who
 * wrote it in the interpreter's language. Each copy is recorded in the audit
 * log as a read of that message by the interpreter. Returns whether anyone
 * received it.
 */
export async function copyToInterpreter(scope: Scope, client: ClientContext, content: RelayedContent, options: { writer: CopiedWriter; messageId: string }): Promise<boolean> {
  const interpreter = client.interpreter;
  if (!interpreter) return false;
  const accounts = await interpreterAccounts(scope.db, interpreter.id);
  if (accounts.length === 0) return false;
  const label = labelOf(scope, interpreter.language, client, options.writer);
  const channel = options.writer.kind === 'client' ? options.writer.channel : undefined;
  const shown =
    content.problem && channel
      ? { ...content, text: [content.text, problemLine(scope.translator, interpreter.language, content.problem, channel)].filter((line) => line).join('\n') }
      : content;
  scope.send(...deliveriesTo(accounts, shown, label, { messageId: options.messageId, aboutClientId: client.id }));
  await recordAudit(scope.db, {
    actor: `staff:${interpreter.id}`,
    action: 'read.message',
    entityType: 'client',
    entityId: client.id,
    clientId: client.id,
    details: { messageId: options.messageId, channel: accounts[0]?.channel ?? 'telegram' },
    at: scope.now,
  });
  return true;
}
