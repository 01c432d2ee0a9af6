import type { Tenant } from '../../tenancy/tenant.js';

/**
 * Whether the provider may send the person back to this address (FIN-2): only to the tenant's
 * own portal, so a payment link can never carry someone off to a stranger's page with our
 * payment id. The portal's origin (a relative portal_url is on this server), the tenant's
 * allowed origins and the operator's CORS origins are the portal's.
 */
export function returnUrlAllowed(
  returnUrl: string,
  q: { tenant: Tenant; publicUrl: string | undefined; corsOrigins: readonly string[] },
): boolean {
  if (!URL.canParse(returnUrl)) return false;
  const url = new URL(returnUrl);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return false;
  const portal = URL.canParse(q.tenant.portalUrl, q.publicUrl)
    ? [new URL(q.tenant.portalUrl, q.publicUrl).origin]
    : [];
  return [...portal, ...q.tenant.allowedOrigins, ...q.corsOrigins].includes(url.origin);
}
