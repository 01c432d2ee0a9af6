import type { Branding, Locale } from '@atrium/sdk';
import type { Sql } from '../db/scope.js';

/** A management company (ORG-1) as the server works with it. */
export interface Tenant extends Branding {
  id: string;
  allowedOrigins: string[];
  portalUrl: string;
}

interface TenantRow {
  id: string;
  slug: string;
  name: string;
  default_locale: Locale;
  currency: string;
  color_primary: string;
  color_on_primary: string;
  color_login_background: string;
  color_page_background: string;
  color_text: string;
  logo_url: string | null;
  website_url: string | null;
  contact_email: string | null;
  password_min_length: number;
  password_require_digit: boolean;
  password_require_symbol: boolean;
  password_require_upper: boolean;
  password_require_lower: boolean;
  allowed_origins: string[];
  portal_url: string;
}

const fromRow = (r: TenantRow): Tenant => ({
  id: r.id,
  slug: r.slug,
  name: r.name,
  defaultLocale: r.default_locale,
  currency: r.currency,
  colors: {
    primary: r.color_primary,
    onPrimary: r.color_on_primary,
    loginBackground: r.color_login_background,
    pageBackground: r.color_page_background,
    text: r.color_text,
  },
  logoUrl: r.logo_url,
  websiteUrl: r.website_url,
  contactEmail: r.contact_email,
  passwordPolicy: {
    minLength: r.password_min_length,
    requireDigit: r.password_require_digit,
    requireSymbol: r.password_require_symbol,
    requireUpper: r.password_require_upper,
    requireLower: r.password_require_lower,
  },
  allowedOrigins: r.allowed_origins,
  portalUrl: r.portal_url,
});

export async function findTenantBySlug(sql: Sql, slug: string): Promise<Tenant | null> {
  const { rows } = await sql.query<TenantRow>('SELECT * FROM tenants WHERE slug = $1', [slug]);
  return rows[0] ? fromRow(rows[0]) : null;
}

/** The public part of a tenant (ORG-2, ORG-3). */
export function brandingOf({ id: _id, allowedOrigins: _o, portalUrl: _p, ...branding }: Tenant) {
  return branding satisfies Branding;
}
