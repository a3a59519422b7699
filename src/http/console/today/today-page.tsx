import type { FastifyInstance } from 'fastify';
import { todayOverview } from '../../../domain/caseload/today.js';
import { caseloadFilter } from '../../../domain/staff/access.js';
import type { HttpDeps } from '../../http-deps.js';
import { staffOf } from '../session.js';
import { pageContextOf, sendPage } from '../ui/render.js';
import { TodayView } from './today-view.js';

/** The day at a glance: the whole programme for a coordinator, their own caseload for a mentor. */
export async function todayPage(app: FastifyInstance, deps: HttpDeps): Promise<void> {
  app.get('/', async (request, reply) => {
    const overview = await todayOverview(deps.db, caseloadFilter(staffOf(request)), deps.clock());
    return sendPage(reply, pageContextOf(request, reply, deps), <TodayView overview={overview} />);
  });
}
