import type { Tenant } from '../tenancy/tenant.js';

/**
 * The tenant's portal on the server's public URL, with `hash` as its fragment if given (a
 * token there reaches no server). Never from the request's Host header: a forged one would
 * send the link elsewhere.
 */
export function portalLink(
  tenant: Pick<Tenant, 'portalUrl'>,
  publicUrl: string | undefined,
  hash = '',
): string {
  const portal = new URL(tenant.portalUrl, publicUrl);
  portal.hash = hash;
  return portal.href;
}
