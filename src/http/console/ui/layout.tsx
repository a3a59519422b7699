import type { ComponentChildren } from 'preact';
import { usePage } from './page-context.js';

/** Who a page of the navigation is for: everyone who works a caseload, coordinators only, or interpreters too. */
interface NavItem {
  href: string;
  label: string;
  coordinatorOnly?: boolean;
  forInterpreters?: boolean;
}

function Navigation() {
  const { t, staff, path, csrfToken } = usePage();
  if (!staff) return null;
  const items: NavItem[] = [
    { href: '/console', label: t('nav-today') },
    { href: '/console/clients', label: t('nav-clients'), forInterpreters: true },
    { href: '/console/alerts', label: t('nav-alerts') },
    { href: '/console/mentors', label: t('nav-mentors'), coordinatorOnly: true },
    { href: '/console/enrol', label: t('nav-enrol'), coordinatorOnly: true },
    { href: '/console/reports', label: t('nav-reports'), coordinatorOnly: true },
    { href: '/console/exports', label: t('nav-exports'), coordinatorOnly: true },
    { href: '/console/deliveries', label: t('nav-deliveries'), coordinatorOnly: true },
    { href: '/console/staff', label: t('nav-staff'), coordinatorOnly: true },
    { href: '/console/audit', label: t('nav-audit'), coordinatorOnly: true },
  ];
  const shown = (item: NavItem) => (staff.role === 'interpreter' ? item.forInterpreters === true : !item.coordinatorOnly || staff.role === 'coordinator');
  const current = (href: string) => (href === '/console' ? path === '/console' : path === href || path.startsWith(`${href}/`));
  return (
    <nav class="nav" aria-label={t('nav-label')}>
      <a class="brand" href="/console">Mentorline</a>
      <ul>
        {items
          .filter(shown)
          .map((item) => (
            <li key={item.href}>
              <a href={item.href} aria-current={current(item.href) ? 'page' : undefined}>{item.label}</a>
            </li>
          ))}
      </ul>
      <div class="account">
        <a href="/console/settings" aria-current={current('/console/settings') ? 'page' : undefined}>{staff.name}</a>
        <form method="post" action="/console/logout">
          <input type="hidden" name="_csrf" value={csrfToken} />
          <button type="submit" class="link">{t('sign-out')}</button>
        </form>
      </div>
    </nav>
  );
}

/** Every console page: the one stylesheet, the one script, the navigation, and the page's own content. */
export function Layout(props: { title: string; children: ComponentChildren; narrow?: boolean }) {
  const { t, language } = usePage();
  return (
    <html lang={language}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${props.title} · Mentorline`}</title>
        <link rel="stylesheet" href="/console/assets/console.css" />
        <link rel="icon" href="/console/assets/icon.svg" type="image/svg+xml" />
        <script src="/console/assets/console.js" defer />
      </head>
      <body>
        <a class="skip" href="#main">{t('skip-to-content')}</a>
        <header>
          <Navigation />
        </header>
        <main id="main" class={props.narrow ? 'narrow' : undefined}>
          <h1>{props.title}</h1>
          {props.children}
        </main>
      </body>
    </html>
  );
}
