import type { ComponentChildren } from 'preact';
import { usePage } from '../ui/page-context.js';

/**
 * A form of one button or a few fields that does one thing; with `confirm`,
 * the page asks first (for what cannot be undone).
 */
export function ActionForm(props: { action: string; confirm?: string; label?: string; class?: string; children: ComponentChildren }) {
  const { csrfToken } = usePage();
  return (
    <form method="post" action={props.action} class={props.class ?? 'inline'} data-confirm={props.confirm} aria-label={props.label}>
      <input type="hidden" name="_csrf" value={csrfToken} />
      {props.children}
    </form>
  );
}
