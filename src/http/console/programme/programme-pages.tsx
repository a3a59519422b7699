import type { FastifyInstance } from 'fastify';
import type { HttpDeps } from '../../http-deps.js';
import { alertPages } from './alerts/alert-pages.js';
import { auditPages } from './audit/audit-pages.js';
import { deliveryPages } from './deliveries/delivery-pages.js';
import { enrolPages } from './enrol/enrol-pages.js';
import { exportPages } from './exports/export-pages.js';
import { mentorPages } from './mentors/mentor-pages.js';
import { reportPages } from './reports/report-pages.js';
import { staffPages } from './staff/staff-pages.js';

/** Enrolment, mentors, alerts, deliveries, staff, exports, reports and the audit trail; all but alerts for coordinators only. */
export async function programmePages(app: FastifyInstance, deps: HttpDeps): Promise<void> {
  await app.register(enrolPages, deps);
  await app.register(mentorPages, deps);
  await app.register(alertPages, deps);
  await app.register(deliveryPages, deps);
  await app.register(staffPages, deps);
  await app.register(exportPages, deps);
  await app.register(reportPages, deps);
  await app.register(auditPages, deps);
}
