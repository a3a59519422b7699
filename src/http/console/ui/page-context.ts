import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Staff } from '../../../domain/staff/staff-record.js';
import type { ConsoleText } from '../console-text.js';
import type { Formats } from './format.js';

/** What every view of a page may read: the words, the formats, who is looking, the form token. */
export interface PageContext {
  t: ConsoleText;
  f: Formats;
  language: string;
  /** Absent on the pages before signing in. */
  staff: Staff | undefined;
  /** The CSRF token every form of the page carries as `_csrf`. */
  csrfToken: string;
  /** The path of the page, for the navigation to mark where one is. */
  path: string;
}

export const Page = createContext<PageContext | null>(null);

export function usePage(): PageContext {
  const page = useContext(Page);
  if (!page) throw new Error('a console view was rendered outside a page');
  return page;
}
