/** Message formatting as Telegram's server does it: HTML parse_mode into entities, and auto-detected entities. */
import type { MessageEntity } from 'grammy/types';
import { badRequest } from './wire-format.js';

type HtmlEntityType =
  | 'bold' | 'italic' | 'underline' | 'strikethrough' | 'spoiler' | 'text_link' | 'code' | 'pre' | 'blockquote'
  | 'custom_emoji';

const HTML_TAGS: Readonly<Record<string, HtmlEntityType>> = {
  b: 'bold', strong: 'bold', i: 'italic', em: 'italic', u: 'underline', ins: 'underline', s: 'strikethrough',
  strike: 'strikethrough', del: 'strikethrough', 'tg-spoiler': 'spoiler', span: 'spoiler', a: 'text_link',
  code: 'code', pre: 'pre', blockquote: 'blockquote', 'tg-emoji': 'custom_emoji',
};

// Telegram reports parse errors by UTF-8 byte offset, not by UTF-16 index.
function byteOffset(s: string, index: number): number {
  return Buffer.byteLength(s.slice(0, index), 'utf8');
}

/** Telegram strips HTML tags and turns them into entities; malformed markup is a 400. */
export function parseHtml(input: string): { text: string; entities: MessageEntity[] } {
  let out = '';
  const entities: MessageEntity[] = [];
  const stack: Array<{ tag: string; offset: number; attrs: Record<string, string> }> = [];
  let i = 0;
  while (i < input.length) {
    const ch = input[i];
    if (ch === '<') {
      const close = input.indexOf('>', i);
      if (close < 0) throw badRequest(`can't parse entities: Unexpected end of name token at byte offset ${byteOffset(input, i)}`);
      const inner = input.slice(i + 1, close);
      if (inner.startsWith('/')) {
        const name = inner.slice(1).trim().toLowerCase();
        const top = stack.pop();
        if (!top) throw badRequest(`can't parse entities: Unexpected end tag at byte offset ${byteOffset(input, i)}`);
        if (top.tag !== name) {
          throw badRequest(
            `can't parse entities: Unmatched end tag at byte offset ${byteOffset(input, i)}, expected "</${top.tag}>", found "</${name}>"`,
          );
        }
        const length = out.length - top.offset;
        const parent = stack.at(-1);
        const language = /^language-(.+)$/.exec(top.attrs['class'] ?? '')?.[1];
        if (top.tag === 'code' && parent?.tag === 'pre') {
          if (language !== undefined) parent.attrs['language'] = language;
        } else if (length > 0) {
          entities.push(htmlEntity(top.tag, top.offset, length, top.attrs));
        }
      } else {
        const m = /^([a-zA-Z][a-zA-Z0-9-]*)((?:\s[^]*)?)$/.exec(inner.replace(/\/$/, ''));
        const name = (m?.[1] ?? inner).toLowerCase();
        const attrs: Record<string, string> = {};
        for (const a of (m?.[2] ?? '').matchAll(/([a-zA-Z-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"']+))/g)) {
          attrs[(a[1] ?? '').toLowerCase()] = decodeHtmlEntities(a[2] ?? a[3] ?? a[4] ?? '');
        }
        if (!m || !(name in HTML_TAGS) || (name === 'span' && attrs['class'] !== 'tg-spoiler')) {
          throw badRequest(`can't parse entities: Unsupported start tag "${name}" at byte offset ${byteOffset(input, i)}`);
        }
        stack.push({ tag: name, offset: out.length, attrs });
      }
      i = close + 1;
      continue;
    }
    if (ch === '&') {
      const m = /^&(lt|gt|amp|quot|#\d+|#x[0-9a-fA-F]+);/.exec(input.slice(i, i + 12));
      if (m) {
        out += decodeHtmlEntities(m[0]);
        i += m[0].length;
        continue;
      }
    }
    out += ch;
    i++;
  }
  const open = stack.at(-1);
  if (open) throw badRequest(`can't parse entities: Can't find end tag corresponding to start tag "${open.tag}"`);
  entities.sort((a, b) => a.offset - b.offset || b.length - a.length);
  return { text: out, entities };
}

function htmlEntity(tag: string, offset: number, length: number, attrs: Record<string, string>): MessageEntity {
  const type = HTML_TAGS[tag] ?? 'bold';
  if (type === 'text_link') return { type, offset, length, url: attrs['href'] ?? '' };
  if (type === 'pre') return attrs['language'] ? { type, offset, length, language: attrs['language'] } : { type, offset, length };
  if (type === 'custom_emoji') return { type, offset, length, custom_emoji_id: attrs['emoji-id'] ?? '' };
  if (type === 'blockquote' && 'expandable' in attrs) return { type: 'expandable_blockquote', offset, length };
  return { type, offset, length };
}

function decodeHtmlEntities(s: string): string {
  return s.replace(/&(lt|gt|amp|quot|#\d+|#x[0-9a-fA-F]+);/g, (_m, e: string) => {
    if (e === 'lt') return '<';
    if (e === 'gt') return '>';
    if (e === 'amp') return '&';
    if (e === 'quot') return '"';
    const code = e.startsWith('#x') ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return String.fromCodePoint(code);
  });
}

/** The server detects commands, links and mentions in every message, whoever sent it. */
export function detectEntities(text: string, existing: readonly MessageEntity[] = []): MessageEntity[] {
  const found: MessageEntity[] = [];
  const patterns: Array<[RegExp, 'bot_command' | 'url' | 'mention']> = [
    [/(?<=^|\s)\/[a-zA-Z0-9_]{1,32}(?:@[a-zA-Z0-9_]{3,32})?(?=$|\s|[.,!?])/g, 'bot_command'],
    [/\bhttps?:\/\/[^\s<>"]+[^\s<>".,!?)]/g, 'url'],
    [/(?<=^|\s)@[a-zA-Z0-9_]{5,32}\b/g, 'mention'],
  ];
  for (const [re, type] of patterns) {
    for (const m of text.matchAll(re)) {
      const offset = m.index;
      const length = m[0].length;
      const overlaps = [...existing, ...found].some((e) => offset < e.offset + e.length && e.offset < offset + length);
      if (!overlaps) found.push({ type, offset, length });
    }
  }
  return [...existing, ...found].sort((a, b) => a.offset - b.offset || b.length - a.length);
}
