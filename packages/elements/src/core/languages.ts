import { locales, type Locale } from '@atrium/sdk';
import type { Choice } from './fields.js';

/** Each language as it names itself (`Polski`, `Русский`), whatever the reader's: they look for their own. */
export function languageChoices(): Choice[] {
  return locales.map((locale: Locale) => {
    const name = new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale;
    const label = name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
    return { value: locale, label, lang: locale };
  });
}
