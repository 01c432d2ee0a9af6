import { createInstance } from 'i18next';
import { isLocale, locales, type Locale } from '@atrium/sdk';

export const fallbackLocale: Locale = 'en';

/** A widget's messages: nested keys, plural forms as i18next `_one/_few/_many/_other` leaves. */
export interface Messages {
  [key: string]: string | Messages;
}

/** Looks a key up in the widget's namespace in one language. */
export type Translate = (key: string | string[], options?: Record<string, unknown>) => string;

// Our own instance: the page may run its own i18next with other settings and languages.
const i18n = createInstance();
void i18n.init({
  initAsync: false,
  lng: fallbackLocale,
  fallbackLng: fallbackLocale,
  supportedLngs: [...locales],
  resources: {},
  // Lit escapes interpolated text itself.
  interpolation: { escapeValue: false },
  returnNull: false,
});

/** Adds one widget's messages (its namespace) in every language. Safe to call twice. */
export function addMessages(namespace: string, messages: Record<Locale, Messages>): void {
  for (const locale of locales) {
    if (!i18n.hasResourceBundle(locale, namespace)) {
      i18n.addResourceBundle(locale, namespace, messages[locale]);
    }
  }
}

/** Texts every widget shares; see `core/locales`. */
export const commonNamespace = 'atrium';

/** A translate function fixed to one language: the widget's namespace, then the shared one. */
export function translator(locale: Locale, namespace: string): Translate {
  const ns = [namespace, commonNamespace];
  return (key, options) => i18n.t(key, { ...options, lng: locale, ns }) as string;
}

/**
 * The first supported language among the candidates (attribute, tenant default, page
 * `lang`); `pl-PL` counts as `pl`.
 */
export function pickLocale(...candidates: (string | null | undefined)[]): Locale {
  const primary = candidates.map((c) => c?.split('-')[0]?.toLowerCase());
  return primary.find(isLocale) ?? fallbackLocale;
}
