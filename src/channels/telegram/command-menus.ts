import type { BotCommand } from 'grammy/types';
import type { Translator } from '../../i18n/translator.js';

const mentorCommands = ['clients', 'client', 'history', 'task', 'tasks', 'checkin', 'note', 'praise', 'via', 'web', 'help'] as const;
const clientCommands = ['mood', 'tasks', 'help', 'language', 'stop', 'start', 'forget'] as const;
const interpreterCommands = ['clients', 'web', 'help'] as const;
const commandsOf = { mentor: mentorCommands, client: clientCommands, interpreter: interpreterCommands } as const;

/** A role's command menu, described in one language. */
export function commandMenu(translator: Translator, role: keyof typeof commandsOf, language: string): BotCommand[] {
  const commands: readonly string[] = commandsOf[role];
  return commands.map((command) => ({ command, description: translator.t(language, `command-${command}`) }));
}
