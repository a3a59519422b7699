import type { FastifyInstance } from 'fastify';
import { directoryChoices, listClientRows } from '../../../domain/caseload/client-directory.js';
import { interpretedClientIds } from '../../../domain/interpreting/interpreters.js';
import { loadClientContexts } from '../../../domain/people/contexts.js';
import { caseloadFilter } from '../../../domain/staff/access.js';
import type { HttpDeps } from '../../http-deps.js';
import { forInterpreters } from '../interpreter-reach.js';
import { isCoordinator, staffOf } from '../session.js';
import { pageContextOf, sendPage } from '../ui/render.js';
import { clientListQuery, directoryFilterOf } from './client-list-query.js';
import { ClientListView } from './client-list-view.js';
import { InterpretedClientsView } from './interpreted-clients-view.js';

/**
 * `/console/clients`: the clients a staff member may see, searched and
 * filtered, a page at a time; for an interpreter, the few they interpret for.
 */
export async function clientListPage(app: FastifyInstance, deps: HttpDeps): Promise<void> {
  app.get('/clients', { config: forInterpreters }, async (request, reply) => {
    const staff = staffOf(request);
    if (staff.role === 'interpreter') {
      const clients = await loadClientContexts(deps.db, await interpretedClientIds(deps.db, staff.id));
      const byName = [...clients.values()].sort((a, b) => a.name.localeCompare(b.name, staff.language));
      return sendPage(reply, pageContextOf(request, reply, deps), <InterpretedClientsView clients={byName} />);
    }
    const scope = caseloadFilter(staff);
    const coordinator = isCoordinator(request);
    const parsed = clientListQuery.parse(request.query ?? {});
    // A mentor's list is theirs alone: there is no other mentor to narrow it to.
    const query = coordinator ? parsed : { ...parsed, mentor: undefined };
    const [page, choices] = await Promise.all([listClientRows(deps.db, scope, directoryFilterOf(query), deps.clock()), directoryChoices(deps.db, scope)]);
    return sendPage(
      reply,
      pageContextOf(request, reply, deps),
      <ClientListView page={page} query={query} choices={{ programmes: choices.programmes, languages: choices.languages, mentors: coordinator ? choices.mentors : null }} />,
    );
  });
}
