import type { Locale } from '@atrium/sdk';
import type { Tenant } from '../tenancy/tenant.js';
import { escapeHtml } from '../html.js';
import { demoHotel, lesna5 } from './data.js';

const texts: Record<
  Locale,
  { title: string; heading: string; docs: string; demo: string; contact: string }
> = {
  ru: {
    title: 'личный кабинет',
    heading: 'Личный кабинет собственника',
    docs: 'Документация API',
    demo: 'Демо-доступ',
    contact: 'Связь с управляющей компанией',
  },
  pl: {
    title: 'portal mieszkańca',
    heading: 'Portal właściciela i mieszkańca',
    docs: 'Dokumentacja API',
    demo: 'Dostęp demo',
    contact: 'Kontakt z zarządcą',
  },
  en: {
    title: 'resident portal',
    heading: 'Owner and resident portal',
    docs: 'API documentation',
    demo: 'Demo access',
    contact: 'Contact the management company',
  },
};

// A square in the tenant's colour, inline so the page asks for no /favicon.ico.
const favicon = (color: string) =>
  `data:image/svg+xml,${encodeURIComponent(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="16" height="16" rx="3" fill="${color}"/></svg>`,
  )}`;

/**
 * A portal page as an integrator would write it on the tenant's own site: a script tag,
 * a provider and its widgets, inside the site's header and footer. Beside the sign-in, the
 * registration by phone for a visitor the portal does not know yet (DIR-5). Both portals
 * carry the residents' widgets (announcements first, then the account and paying it, meter
 * readings, fault tickets, and the profile last); the apart-hotel's adds the owner cabinet
 * (statistics and reports), the housing community's its owners' meetings. The page is also
 * where the payment provider sends the payer back, and where an e-mail confirmation link leads.
 */
export function portalPage(
  tenant: Tenant,
  other: { href: string; label: string },
  demoLogin: { email: string; password?: string } | undefined,
): string {
  const t = texts[tenant.defaultLocale];
  const locale = tenant.defaultLocale;
  // Always on the page: signed out, each widget asks to sign in with the form above it.
  const ownerCabinet =
    tenant.slug === demoHotel.slug
      ? `
        <atrium-apartment-stats></atrium-apartment-stats>
        <atrium-reports></atrium-reports>`
      : '';
  // The housing community's owners vote on its resolutions (VOTE-1).
  const community =
    tenant.slug === lesna5.slug
      ? `
        <atrium-voting></atrium-voting>`
      : '';
  // Each tenant's payment types decide how the widget offers to pay (FIN-2, FIN-5).
  const cabinet = `
        <atrium-announcements></atrium-announcements>${ownerCabinet}
        <atrium-payments></atrium-payments>
        <atrium-meter-readings></atrium-meter-readings>
        <atrium-fault-tickets></atrium-fault-tickets>${community}
        <atrium-profile></atrium-profile>`;
  return `<!doctype html>
<html lang="${locale}">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>${escapeHtml(tenant.name)} — ${t.title}</title>
    <link rel="icon" href="${favicon(tenant.colors.primary)}">
    <link rel="stylesheet" href="/assets/portal.css">
    <script type="module" src="/assets/atrium.js"></script>
  </head>
  <body>
    <header class="site-header">
      <strong class="tenant-name">${escapeHtml(tenant.name)}</strong>
      <nav>
        <a href="/docs">${t.docs}</a>
        <a href="${escapeHtml(other.href)}">${escapeHtml(other.label)}</a>
      </nav>
    </header>
    <main>
      <h1>${t.heading}</h1>
      <atrium-provider tenant="${escapeHtml(tenant.slug)}" locale="${locale}">
        <atrium-login></atrium-login>
        <atrium-registration></atrium-registration>${cabinet}
      </atrium-provider>
      ${demoLogin?.password ? `<p class="demo-hint">${t.demo}: ${escapeHtml(demoLogin.email)} / ${escapeHtml(demoLogin.password)}</p>` : ''}
    </main>
    <footer>${t.contact}: ${tenant.contactEmail ? escapeHtml(tenant.contactEmail) : ''}</footer>
  </body>
</html>
`;
}
