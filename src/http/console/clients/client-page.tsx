import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { NotFoundError, ValidationError } from '../../../core/errors.js';
import { recordRead } from '../../../domain/staff/access.js';
import { clientTimeline, isClientMedia, isThreadMedia, timelineWatermark } from '../../../domain/threads/timeline.js';
import type { HttpDeps } from '../../http-deps.js';
import { sendStoredMedia } from '../../served-media-type.js';
import { forInterpreters } from '../interpreter-reach.js';
import { staffOf } from '../session.js';
import { pageContextOf } from '../ui/render.js';
import { clientOfRequest, idParam } from './client-request.js';
import { sendFragment } from './fragment.js';
import { showClientPage } from './show-client-page.js';
import { TimelineEntries } from './timeline-view.js';

const liveQuery = z.object({ since: z.iso.datetime({ offset: true }) });

/**
 * A client's page, its timeline's updates, and the photos and files of their
 * case; for their interpreter, the thread's messages and their files alone.
 */
export async function clientPage(app: FastifyInstance, deps: HttpDeps): Promise<void> {
  const { db } = deps;

  app.get<{ Querystring: { done?: string } }>('/clients/:id', { config: forInterpreters }, async (request, reply) => {
    const context = await clientOfRequest(db, request);
    return showClientPage(request, reply, deps, context, { done: request.query.done });
  });

  // What happened since the page was drawn, as the timeline's own entries; the page polls for it.
  app.get('/clients/:id/timeline', { config: forInterpreters }, async (request, reply) => {
    const staff = staffOf(request);
    const context = await clientOfRequest(db, request);
    const parsed = liveQuery.safeParse(request.query);
    if (!parsed.success) throw new ValidationError('INVALID_SINCE', 'since', 'since must be a date and time such as 2026-12-01T10:00:00.000Z');
    const since = new Date(parsed.data.since);
    const interpreter = staff.role === 'interpreter';
    const items = await clientTimeline(db, context.id, { since, withNotes: !interpreter, messagesOnly: interpreter });
    // Only an answer with something in it shows the thread; an empty one is no reading of it.
    if (items.length > 0) await recordRead(db, staff, { clientId: context.id, what: 'thread' }, deps.clock());
    void reply.header('x-live-since', timelineWatermark(items, since).toISOString());
    return sendFragment(reply, pageContextOf(request, reply, deps), <TimelineEntries items={items} clientId={context.id} clientName={context.name} />);
  });

  app.get('/clients/:id/media/:mediaId', { config: forInterpreters }, async (request, reply) => {
    const staff = staffOf(request);
    const context = await clientOfRequest(db, request);
    const mediaId = idParam(request, 'mediaId');
    // An interpreter sees what was sent in the thread, not a task's worksheet or evidence.
    const ofTheCase = staff.role === 'interpreter' ? isThreadMedia : isClientMedia;
    if (!(await ofTheCase(db, context.id, mediaId))) throw new NotFoundError('MEDIA_NOT_FOUND', `no media ${mediaId} in this case`);
    const media = await deps.mediaStore.open(db, mediaId);
    await recordRead(db, staff, { clientId: context.id, what: 'media', mediaId }, deps.clock());
    // A client's photo is not left in a shared computer's cache, as their pages are not.
    return sendStoredMedia(reply, media, 'no-store');
  });
}
