import { unsafeCSS, type CSSResult } from 'lit';
import type { Branding } from '@atrium/sdk';

/**
 * The default theme: every `--atrium-*` design token and its value. Widgets read tokens
 * through {@link token}, so a page themes them by setting the custom properties on any
 * ancestor (`:root`, a provider, the widget itself).
 */
export const defaultTheme = {
  'color-primary': '#1d4ed8',
  'color-on-primary': '#ffffff',
  'color-background': '#ffffff',
  'color-login-background': '#f8fafc',
  'color-text': '#111827',
  'color-muted': '#4b5563',
  'color-border': '#9ca3af',
  'color-danger': '#b91c1c',
  'color-success': '#15803d',
  /** Charts: the second and third series (the first is the primary colour). */
  'color-chart-2': '#0f766e',
  'color-chart-3': '#b45309',
  'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  'font-size': '1rem',
  'line-height': '1.5',
  radius: '0.375rem',
  'space-1': '0.25rem',
  'space-2': '0.5rem',
  'space-3': '0.75rem',
  'space-4': '1rem',
  'space-6': '1.5rem',
  'focus-ring':
    '0 0 0 3px color-mix(in srgb, var(--atrium-color-primary, #1d4ed8) 45%, transparent)',
  'max-width': '24rem',
  logo: 'none',
} as const;

export type TokenName = keyof typeof defaultTheme;

/** `var(--atrium-<name>, <default>)` for use inside a widget's `css` template. */
export function token(name: TokenName): CSSResult {
  return unsafeCSS(`var(--atrium-${name}, ${defaultTheme[name]})`);
}

/** A token's value as it applies to `element` now (for canvases, which CSS cannot reach). */
export function tokenValue(element: Element, name: TokenName): string {
  const value = getComputedStyle(element).getPropertyValue(`--atrium-${name}`).trim();
  return value || defaultTheme[name];
}

/** The tokens a tenant's branding (ORG-2) sets: its colours and its logo. */
const brandingTokenNames = [
  'color-primary',
  'color-on-primary',
  'color-login-background',
  'color-background',
  'color-text',
  'logo',
] as const satisfies readonly TokenName[];

export function brandingTokens(
  branding: Branding,
): Record<(typeof brandingTokenNames)[number], string> {
  const { colors, logoUrl } = branding;
  return {
    'color-primary': colors.primary,
    'color-on-primary': colors.onPrimary,
    'color-login-background': colors.loginBackground,
    'color-background': colors.pageBackground,
    'color-text': colors.text,
    logo: logoUrl ? `url(${JSON.stringify(logoUrl)})` : 'none',
  };
}

/**
 * Sets the tenant's tokens as inline custom properties on `element`, or removes them
 * with `null`. Tokens branding does not own (radius, font, ...) stay the page's.
 */
export function applyBranding(element: HTMLElement, branding: Branding | null): void {
  const tokens = branding ? brandingTokens(branding) : null;
  for (const name of brandingTokenNames) {
    if (tokens) element.style.setProperty(`--atrium-${name}`, tokens[name]);
    else element.style.removeProperty(`--atrium-${name}`);
  }
}
