import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { getMentor } from '../../../../domain/people/mentors.js';
import { acknowledgeAlertBy, getAlert, listAlerts, resolveAlert, type AlertScope } from '../../../../domain/safety/alert-list.js';
import { actorOf, caseloadFilter } from '../../../../domain/staff/access.js';
import type { Staff } from '../../../../domain/staff/staff-record.js';
import type { HttpDeps } from '../../../http-deps.js';
import { fieldsOf } from '../../form-body.js';
import { staffOf } from '../../session.js';
import { emptyForm, type FormState } from '../../ui/form.js';
import { pageContextOf, sendPage } from '../../ui/render.js';
import { recordId } from '../record-id.js';
import { refusalOf } from '../refusal.js';
import { AlertView } from './alert-view.js';
import { AlertsView } from './alerts-view.js';

/** Resolved alerts stay on the list this long, so the next shift sees what was done. */
const recentDays = 7;

/** Whose alerts a staff member sees: a mentor their own current clients', a coordinator everyone's, or one mentor's when they ask. */
function scopeOf(staff: Staff, mentorId: string | undefined): AlertScope {
  if (staff.role !== 'coordinator') return caseloadFilter(staff);
  return mentorId ? { mentorId: recordId(mentorId, 'MENTOR_NOT_FOUND') } : null;
}

type AlertRequest = FastifyRequest<{ Params: { id: string }; Querystring: { done?: string } }>;

/**
 * The alerts page, for mentors and coordinators alike: a mentor sees and acts
 * on their own clients' alerts only, and another's answer as if none existed.
 */
export async function alertPages(app: FastifyInstance, deps: HttpDeps): Promise<void> {
  const { db, clock } = deps;

  app.get<{ Querystring: { mentorId?: string; done?: string } }>('/alerts', async (request, reply) => {
    const staff = staffOf(request);
    const scope = scopeOf(staff, request.query.mentorId);
    const mentor = staff.role === 'coordinator' && scope ? await getMentor(db, scope.mentorId) : null;
    const alerts = await listAlerts(db, scope, { now: clock(), recentDays });
    return sendPage(
      reply,
      pageContextOf(request, reply, deps),
      <AlertsView alerts={alerts} recentDays={recentDays} mentorFilter={mentor && { id: mentor.id, name: mentor.name }} done={request.query.done} />,
    );
  });

  const showAlert = async (request: AlertRequest, reply: FastifyReply, resolve: FormState, status = 200) => {
    const alert = await getAlert(db, caseloadFilter(staffOf(request)), recordId(request.params.id, 'ALERT_NOT_FOUND'));
    return sendPage(reply, pageContextOf(request, reply, deps), <AlertView alert={alert} resolve={resolve} done={request.query.done} />, status);
  };

  app.get('/alerts/:id', async (request: AlertRequest, reply) => showAlert(request, reply, emptyForm));

  app.post('/alerts/:id/acknowledge', async (request: AlertRequest, reply) => {
    const staff = staffOf(request);
    const id = recordId(request.params.id, 'ALERT_NOT_FOUND');
    const acknowledged = await acknowledgeAlertBy(db, caseloadFilter(staff), id, { actor: actorOf(staff), now: clock() });
    const done = acknowledged ? 'alert-acknowledged' : 'alert-already-acknowledged';
    return reply.redirect(fieldsOf(request).back === 'alert' ? `/console/alerts/${id}?done=${done}` : `/console/alerts?done=${done}`, 303);
  });

  app.post('/alerts/:id/resolve', async (request: AlertRequest, reply) => {
    const staff = staffOf(request);
    const id = recordId(request.params.id, 'ALERT_NOT_FOUND');
    const fields = fieldsOf(request);
    let resolved: boolean;
    try {
      resolved = await resolveAlert(db, caseloadFilter(staff), id, { actor: actorOf(staff), now: clock(), note: fields.note ?? '' });
    } catch (error) {
      const refused = refusalOf({ note: fields.note }, error, ['note']);
      if (refused) return showAlert(request, reply, refused, 400);
      throw error;
    }
    return reply.redirect(resolved ? '/console/alerts?done=alert-resolved' : `/console/alerts/${id}?done=alert-already-resolved`, 303);
  });
}
