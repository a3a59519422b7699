import type { BotCommand } from 'grammy/types';
import type { Translator } from '../../i18n/translator.js';

const mentorCommands = ['clients', 'client', 'history', 'task', 'tasks', 'checkin', 'note', 'praise', 'web', 'help'] as const;
const clientCommands = ['mood', 'tasks', 'help', 'language', 'stop', 'start', 'forget'] as const;

/** A role's command menu, described in one language. */
export function commandMenu(translator: Translator, role: 'mentor' | 'client', language: string): BotCommand[] {
  const commands = role === 'mentor' ? mentorCommands : clientCommands;
  return commands.map((command) => ({ command, description: translator.t(language, `command-${command}`) }));
}
