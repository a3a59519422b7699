import type { FastifyInstance } from 'fastify';
import { todayOverview } from '../../../domain/caseload/today.js';
import { openErasureRequests } from '../../../domain/privacy/erasure-requests.js';
import { caseloadFilter } from '../../../domain/staff/access.js';
import type { HttpDeps } from '../../http-deps.js';
import { isCoordinator, staffOf } from '../session.js';
import { pageContextOf, sendPage } from '../ui/render.js';
import { TodayView } from './today-view.js';

/** The day at a glance: the whole programme for a coordinator, their own caseload for a mentor. */
export async function todayPage(app: FastifyInstance, deps: HttpDeps): Promise<void> {
  app.get('/', async (request, reply) => {
    const overview = await todayOverview(deps.db, caseloadFilter(staffOf(request)), deps.clock());
    // Only coordinators carry erasures out, so only they are shown who is waiting for one.
    const erasureRequests = isCoordinator(request) ? await openErasureRequests(deps.db) : [];
    return sendPage(reply, pageContextOf(request, reply, deps), <TodayView overview={overview} erasureRequests={erasureRequests} />);
  });
}
