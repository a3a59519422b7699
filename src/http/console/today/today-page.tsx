import type { FastifyInstance } from 'fastify';
import { todayOverview } from '../../../domain/caseload/today.js';
import { openErasureRequests } from '../../../domain/privacy/erasure-requests.js';
import { caseloadFilter } from '../../../domain/staff/access.js';
import type { HttpDeps } from '../../http-deps.js';
import { forInterpreters } from '../interpreter-reach.js';
import { isCoordinator, staffOf } from '../session.js';
import { pageContextOf, sendPage } from '../ui/render.js';
import { TodayView } from './today-view.js';

/** The day at a glance: the whole programme for a coordinator, their own caseload for a mentor. */
export async function todayPage(app: FastifyInstance, deps: HttpDeps): Promise<void> {
  app.get('/', { config: forInterpreters }, async (request, reply) => {
    // An interpreter has no caseload to look over: where they start is the list of clients they interpret for.
    if (staffOf(request).role === 'interpreter') return reply.redirect('/console/clients', 303);
    const overview = await todayOverview(deps.db, caseloadFilter(staffOf(request)), deps.clock());
    // Only coordinators carry erasures out, so only they are shown who is waiting for one.
    const erasureRequests = isCoordinator(request) ? await openErasureRequests(deps.db) : [];
    return sendPage(reply, pageContextOf(request, reply, deps), <TodayView overview={overview} erasureRequests={erasureRequests} />);
  });
}
