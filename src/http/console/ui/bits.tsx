import type { ComponentChildren } from 'preact';
import { usePage } from './page-context.js';

/**
 * The word a page shows after an action redirected to it (`?done=<id>`).
 * Only ids the page names are shown, so a link cannot put words on the page.
 */
export function Done(props: { done: string | undefined; known: readonly string[] }) {
  const { t } = usePage();
  if (!props.done || !props.known.includes(props.done)) return null;
  return <p class="done" role="status">{t(`done-${props.done}`)}</p>;
}

/** A link to the next page of a list, keeping the filters. */
export function NextPage(props: { nextCursor: string | null; query: Record<string, string | undefined> }) {
  const { t, path } = usePage();
  if (!props.nextCursor) return null;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(props.query)) if (value && key !== 'cursor') params.set(key, value);
  params.set('cursor', props.nextCursor);
  return (
    <p class="pager">
      <a href={`${path}?${params.toString()}`} rel="next">{t('next-page')}</a>
    </p>
  );
}

export function Empty(props: { children: ComponentChildren }) {
  return <p class="empty">{props.children}</p>;
}

/** A number that links to the list it counts. */
export function CountLink(props: { href: string; count: number; label: string; tone?: 'good' | 'warn' | 'bad' }) {
  const { f } = usePage();
  return (
    <a class={`count ${props.tone ?? ''}`} href={props.href}>
      <span class="value">{f.number(props.count)}</span>
      <span class="label">{props.label}</span>
    </a>
  );
}
