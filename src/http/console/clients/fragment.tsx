import type { FastifyReply } from 'fastify';
import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { Page, type PageContext } from '../ui/page-context.js';

/** Sends part of a page, for a page that fetches it to keep itself up to date; never cached, like the pages. */
export function sendFragment(reply: FastifyReply, context: PageContext, view: VNode): FastifyReply {
  const html = renderToString(<Page.Provider value={context}>{view}</Page.Provider>);
  return reply.type('text/html; charset=utf-8').header('cache-control', 'no-store').send(html);
}
