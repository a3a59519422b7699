import type { FastifyInstance, FastifyRequest } from 'fastify';
import { NotFoundError } from '../../../../core/errors.js';
import { listClientRows } from '../../../../domain/caseload/client-directory.js';
import { mentorSummaries } from '../../../../domain/caseload/mentor-stats.js';
import { getMentor } from '../../../../domain/people/mentors.js';
import { actorOf } from '../../../../domain/staff/access.js';
import type { HttpDeps } from '../../../http-deps.js';
import { staffOf } from '../../session.js';
import { pageContextOf, sendPage } from '../../ui/render.js';
import { coordinatorsOnly } from '../coordinators-only.js';
import { makeInvite, showInvite } from '../invite-shown.js';
import { recordId } from '../record-id.js';
import { keepShown, shownAbout } from '../shown-once.js';
import { MentorView } from './mentor-view.js';
import { MentorsView } from './mentors-view.js';

type MentorRequest = FastifyRequest<{ Params: { id: string }; Querystring: { cursor?: string } }>;

/** The mentors at a glance, and each mentor's page with their clients; for coordinators. */
export async function mentorPages(app: FastifyInstance, deps: HttpDeps): Promise<void> {
  const { db, clock } = deps;
  app.addHook('preHandler', coordinatorsOnly(deps));

  app.get('/mentors', async (request, reply) => {
    const mentors = await mentorSummaries(db, { now: clock() });
    return sendPage(reply, pageContextOf(request, reply, deps), <MentorsView mentors={mentors} />);
  });

  app.get('/mentors/:id', async (request: MentorRequest, reply) => {
    const now = clock();
    const mentor = await getMentor(db, recordId(request.params.id, 'MENTOR_NOT_FOUND'));
    const [summary] = await mentorSummaries(db, { now, mentorIds: [mentor.id] });
    if (!summary) throw new NotFoundError('MENTOR_NOT_FOUND', `no mentor with id ${mentor.id}`);
    const clients = await listClientRows(db, { mentorId: mentor.id }, { cursor: request.query.cursor }, now);
    const kept = shownAbout(request, `mentor:${mentor.id}`)?.invite;
    const invite = kept ? await showInvite(deps, kept, 'mentor') : undefined;
    return sendPage(
      reply,
      pageContextOf(request, reply, deps),
      <MentorView mentor={mentor} summary={summary} clients={clients.items} nextCursor={clients.nextCursor} invite={invite} />,
    );
  });

  app.post('/mentors/:id/invite', async (request: MentorRequest, reply) => {
    const mentor = await getMentor(db, recordId(request.params.id, 'MENTOR_NOT_FOUND'));
    const invite = await makeInvite(deps, { mentorId: mentor.id }, actorOf(staffOf(request)));
    return keepShown(request, reply, deps, `mentor:${mentor.id}`, { invite }).redirect(`/console/mentors/${mentor.id}#invite-heading`, 303);
  });
}
