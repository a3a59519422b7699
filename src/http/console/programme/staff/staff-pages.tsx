import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ConflictError, NotFoundError } from '../../../../core/errors.js';
import { listAccounts } from '../../../../domain/people/account-access.js';
import { listMentors } from '../../../../domain/people/mentors.js';
import { actorOf } from '../../../../domain/staff/access.js';
import type { Staff } from '../../../../domain/staff/staff-record.js';
import { createStaff, getStaff, listStaff, newSetupLink, updateStaff } from '../../../../domain/staff/staff.js';
import type { HttpDeps } from '../../../http-deps.js';
import { zodProblems } from '../../form-body.js';
import { staffOf } from '../../session.js';
import type { FormState } from '../../ui/form.js';
import { pageContextOf, sendPage } from '../../ui/render.js';
import { coordinatorsOnly } from '../coordinators-only.js';
import { everyPage } from '../every-page.js';
import { makeInvite, showInvite } from '../invite-shown.js';
import { recordId } from '../record-id.js';
import { refusalOf } from '../refusal.js';
import { keptSetupLink, showSetupLink } from '../setup-link-card.js';
import { keepShown, shownAbout } from '../shown-once.js';
import type { StaffChoices } from './staff-fields.js';
import { newStaffBody, newStaffFields, newStaffForm, postedNewStaff, postedStaffChanges, staffChangeFields, staffChangesBody, staffChangesForm } from './staff-form.js';
import { StaffListView } from './staff-list-view.js';
import { StaffMemberView } from './staff-member-view.js';

type MemberRequest = FastifyRequest<{ Params: { id: string }; Querystring: { done?: string } }>;

const statusOf = (error: unknown) => (error instanceof ConflictError ? 409 : 400);

/** What saving a staff member's changes did, for the page to say. */
const doneOf = (before: Staff, after: Staff) =>
  before.active && !after.active ? 'staff-deactivated' : !before.active && after.active ? 'staff-reactivated' : 'staff-saved';

/** Who signs in to the console, adding people, and changing them; for coordinators. */
export async function staffPages(app: FastifyInstance, deps: HttpDeps): Promise<void> {
  const { db, clock, publicUrl } = deps;
  app.addHook('preHandler', coordinatorsOnly(deps));

  const choices = async (): Promise<StaffChoices> => ({
    mentors: await everyPage((page) => listMentors(db, page)),
    staff: await everyPage((page) => listStaff(db, page)),
  });

  const showList = async (request: FastifyRequest, reply: FastifyReply, form: FormState, status = 200) =>
    sendPage(reply, pageContextOf(request, reply, deps), <StaffListView choices={await choices()} form={form} />, status);

  /** An interpreter's Telegram: whether they are on it, and the invite made for them a moment ago. */
  const telegramOf = async (request: FastifyRequest, member: Staff) => {
    if (member.role !== 'interpreter') return undefined;
    const accounts = await listAccounts(db, { interpreterId: member.id });
    const kept = shownAbout(request, `staff:${member.id}`)?.invite;
    return { joined: accounts.some((account) => account.status !== 'revoked'), invite: kept ? await showInvite(deps, kept, 'interpreter') : undefined };
  };

  const showMember = async (request: MemberRequest, reply: FastifyReply, options: { form?: FormState; status?: number } = {}) => {
    const member = await getStaff(db, recordId(request.params.id, 'STAFF_NOT_FOUND'));
    const kept = shownAbout(request, `staff:${member.id}`)?.setupLink;
    return sendPage(
      reply,
      pageContextOf(request, reply, deps),
      <StaffMemberView
        member={member}
        choices={await choices()}
        form={options.form ?? staffChangesForm(member)}
        setupLink={kept ? await showSetupLink(kept) : undefined}
        telegram={await telegramOf(request, member)}
        done={request.query.done}
      />,
      options.status ?? 200,
    );
  };

  /** Shows a link just issued on the person's page, which a reload shows again rather than issuing another. */
  const toMember = (request: FastifyRequest, reply: FastifyReply, staffId: string, done: string, link: { url: string | null; issuedAt: Date }) => {
    const kept = link.url ? keepShown(request, reply, deps, `staff:${staffId}`, { setupLink: keptSetupLink(link.url, link.issuedAt) }) : reply;
    return kept.redirect(`/console/staff/${staffId}?done=${done}`, 303);
  };

  app.get<{ Querystring: { mentorId?: string } }>('/staff', async (request, reply) => showList(request, reply, newStaffForm(staffOf(request), request.query.mentorId)));

  app.post('/staff', async (request, reply) => {
    const adder = staffOf(request);
    const now = clock();
    const { values, body } = postedNewStaff(request);
    const parsed = newStaffBody.safeParse(body);
    if (!parsed.success) return showList(request, reply, zodProblems(values, parsed.error), 400);
    let added: Awaited<ReturnType<typeof createStaff>>;
    try {
      added = await createStaff(db, parsed.data, { now, publicUrl, actor: actorOf(adder) });
    } catch (error) {
      const refused = refusalOf(values, error, newStaffFields);
      if (refused) return showList(request, reply, refused, statusOf(error));
      throw error;
    }
    // An interpreter without an email has no password to sign in with: their page says how they connect instead.
    const done = added.setupUrl ? 'staff-added-link' : added.staff.email === null ? 'staff-added-interpreter' : 'staff-added';
    return toMember(request, reply, added.staff.id, done, { url: added.setupUrl, issuedAt: now });
  });

  app.get('/staff/:id', async (request: MemberRequest, reply) => showMember(request, reply));

  app.post('/staff/:id', async (request: MemberRequest, reply) => {
    const before = await getStaff(db, recordId(request.params.id, 'STAFF_NOT_FOUND'));
    const { values, body } = postedStaffChanges(request, before);
    const parsed = staffChangesBody.safeParse(body);
    if (!parsed.success) return showMember(request, reply, { form: zodProblems(values, parsed.error), status: 400 });
    try {
      // Deactivating someone ends their sessions in the same change: they are signed out at once.
      const after = await updateStaff(db, before.id, parsed.data, { now: clock(), actor: actorOf(staffOf(request)) });
      return reply.redirect(`/console/staff/${before.id}?done=${doneOf(before, after)}`, 303);
    } catch (error) {
      const refused = refusalOf(values, error, staffChangeFields);
      if (refused) return showMember(request, reply, { form: refused, status: statusOf(error) });
      throw error;
    }
  });

  app.post('/staff/:id/setup-link', async (request: MemberRequest, reply) => {
    const member = await getStaff(db, recordId(request.params.id, 'STAFF_NOT_FOUND'));
    // A link for someone who may not sign in would not work; their page says to reactivate them first.
    if (!member.active) return showMember(request, reply, { status: 409 });
    const now = clock();
    const url = await newSetupLink(db, member.id, { now, publicUrl, actor: actorOf(staffOf(request)) });
    return toMember(request, reply, member.id, 'staff-link-made', { url, issuedAt: now });
  });

  // An interpreter works in Telegram, bound by an invite as a mentor is; it is shown once, beside a link to choose a password made a moment ago.
  app.post('/staff/:id/invite', async (request: MemberRequest, reply) => {
    const member = await getStaff(db, recordId(request.params.id, 'STAFF_NOT_FOUND'));
    if (member.role !== 'interpreter') throw new NotFoundError('STAFF_NOT_FOUND', 'only interpreters are invited here; mentors are invited on their own page');
    if (!member.active) return showMember(request, reply, { status: 409 });
    const about = `staff:${member.id}`;
    const invite = await makeInvite(deps, { interpreterId: member.id }, actorOf(staffOf(request)));
    return keepShown(request, reply, deps, about, { ...shownAbout(request, about), invite }).redirect(`/console/staff/${member.id}?done=staff-invite-made#invite-heading`, 303);
  });
}
