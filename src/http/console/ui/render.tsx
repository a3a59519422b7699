import type { FastifyReply, FastifyRequest } from 'fastify';
import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';
import type { HttpDeps } from '../../http-deps.js';
import { consoleText, languageOfBrowser } from '../console-text.js';
import { formatsFor } from './format.js';
import { Page, type PageContext } from './page-context.js';

/** The context of a page for this request: the signed-in staff member's language and zone, or the browser's language. */
export function pageContextOf(request: FastifyRequest, reply: FastifyReply, deps: Pick<HttpDeps, 'translator' | 'clock'>): PageContext {
  const staff = request.staff;
  const language = staff?.language ?? languageOfBrowser(request.headers['accept-language']);
  return {
    t: consoleText(deps.translator, language),
    f: formatsFor(language, staff?.timezone ?? 'UTC', deps.clock()),
    language,
    staff,
    csrfToken: reply.generateCsrf(),
    path: request.url.split('?')[0] ?? request.url,
  };
}

/**
 * Sends a view as a whole HTML page. Pages are never cached: they show a
 * client's private thread, and a shared computer's back button must not.
 */
export function sendPage(reply: FastifyReply, context: PageContext, view: VNode, status = 200): FastifyReply {
  const html = `<!doctype html>${renderToString(<Page.Provider value={context}>{view}</Page.Provider>)}`;
  return reply.status(status).type('text/html; charset=utf-8').header('cache-control', 'no-store').send(html);
}
