import { returnedPaymentParam } from '@atrium/sdk';
import type { Tenant } from '../../tenancy/tenant.js';

/** The return address with our payment's id, for the portal to show its outcome. */
export function returnTo(returnUrl: string, paymentId: string) {
  const url = new URL(returnUrl);
  url.searchParams.set(returnedPaymentParam, paymentId);
  return url.href;
}

/** As long as any payment's id, to measure a return address before the payment has one. */
const anyPaymentId = '00000000-0000-0000-0000-000000000000';

/**
 * Whether the provider may send the person back to this address (FIN-2): only to the tenant's
 * own portal, so a payment link can never carry someone off to a stranger's page with our
 * payment id. The portal's origin (a relative portal_url is on this server), the tenant's
 * allowed origins and the operator's CORS origins are the portal's. With our payment's id
 * added it must still be one the provider takes, or it would refuse the payment.
 */
export function returnUrlAllowed(
  returnUrl: string,
  q: {
    tenant: Tenant;
    publicUrl: string | undefined;
    corsOrigins: readonly string[];
    maxLength: number;
  },
): boolean {
  if (!URL.canParse(returnUrl)) return false;
  const url = new URL(returnUrl);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return false;
  if (returnTo(returnUrl, anyPaymentId).length > q.maxLength) return false;
  const portal = URL.canParse(q.tenant.portalUrl, q.publicUrl)
    ? [new URL(q.tenant.portalUrl, q.publicUrl).origin]
    : [];
  return [...portal, ...q.tenant.allowedOrigins, ...q.corsOrigins].includes(url.origin);
}
