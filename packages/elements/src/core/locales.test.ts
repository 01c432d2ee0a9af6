import { expect, fixture, html } from '@open-wc/testing';
import type { Locale } from '@atrium/sdk';
import '../define/atrium-login.js';
import { loginMessages } from '../login/locales/index.js';
import { apartmentStatsMessages } from '../apartment-stats/locales/index.js';
import { reportsMessages } from '../reports/locales/index.js';
import { meterReadingsMessages } from '../meter-readings/locales/index.js';
import { faultTicketsMessages } from '../fault-tickets/locales/index.js';
import { votingMessages } from '../voting/locales/index.js';
import type { Messages } from './i18n.js';
import { commonMessages } from './locales/index.js';
import { locales, testClient } from '../testing/atrium-server.js';

const pluralSuffix = /_(zero|one|two|few|many|other)$/;

function flatKeys(messages: Messages, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'string' ? [prefix + key] : flatKeys(value, `${prefix}${key}.`),
  );
}

/** Each plural key with the forms it has, e.g. `wait.seconds` → [one, few, many, other]. */
function pluralForms(keys: string[]): Map<string, string[]> {
  const forms = new Map<string, string[]>();
  for (const key of keys.filter((k) => pluralSuffix.test(k))) {
    const base = key.replace(pluralSuffix, '');
    forms.set(base, [...(forms.get(base) ?? []), key.slice(base.length + 1)]);
  }
  return forms;
}

const bundles = {
  atrium: commonMessages,
  login: loginMessages,
  'apartment-stats': apartmentStatsMessages,
  reports: reportsMessages,
  'meter-readings': meterReadingsMessages,
  'fault-tickets': faultTicketsMessages,
  voting: votingMessages,
};

describe('translations', () => {
  for (const [namespace, bundle] of Object.entries(bundles)) {
    it(`${namespace}: every text exists in ru, pl and en, with each language's plural forms`, async () => {
      const base = (locale: Locale) =>
        [...new Set(flatKeys(bundle[locale]).map((key) => key.replace(pluralSuffix, '')))].sort();
      for (const locale of locales) {
        expect(base(locale), locale).to.deep.equal(base('en'));
        const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
        for (const [key, forms] of pluralForms(flatKeys(bundle[locale]))) {
          expect([...forms].sort(), `${locale} ${key}`).to.deep.equal([...categories].sort());
        }
      }
      // No key ever reaches the reader untranslated.
      const { client } = testClient('lesna-5');
      for (const locale of locales) {
        const el = await fixture(
          html`<atrium-login .client=${client} locale=${locale}></atrium-login>`,
        );
        expect(el.textContent).to.not.match(/\b(signIn|errors|fields|rules)\.\w+/);
        await expect(el).to.be.accessible();
      }
    });
  }
});
