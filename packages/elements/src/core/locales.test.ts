import { expect, fixture, html } from '@open-wc/testing';
import type { FieldErrorCode, Locale } from '@atrium/sdk';
import '../define/atrium-login.js';
import { loginMessages } from '../login/locales/index.js';
import { apartmentStatsMessages } from '../apartment-stats/locales/index.js';
import { reportsMessages } from '../reports/locales/index.js';
import { meterReadingsMessages } from '../meter-readings/locales/index.js';
import { faultTicketsMessages } from '../fault-tickets/locales/index.js';
import { votingMessages } from '../voting/locales/index.js';
import { paymentsMessages } from '../payments/locales/index.js';
import { announcementsMessages } from '../announcements/locales/index.js';
import { providerMessages } from '../provider/locales/index.js';
import { profileMessages } from '../profile/locales/index.js';
import { registrationMessages } from '../registration/locales/index.js';
import { fieldErrorText } from './error-text.js';
import { addMessages, commonNamespace, translator, type Messages } from './i18n.js';
import { commonMessages } from './locales/index.js';
import { locales, testClient } from '../testing/atrium-server.js';

/**
 * Every field code of the contract has a shared text in each language, which any widget
 * falls back to: a code the contract adds fails to compile here until it has its texts.
 */
const fieldTexts: Record<Locale, { fields: Record<FieldErrorCode, string> }> = commonMessages;

const pluralSuffix = /_(zero|one|two|few|many|other)$/;

// A code may end like a plural form (`fraction_over_one`) without being one.
const fieldCodes = new Set(Object.keys(fieldTexts.en.fields));
const isPluralForm = (key: string) =>
  pluralSuffix.test(key) && !fieldCodes.has(key.split('.').at(-1) ?? '');
const pluralBase = (key: string) => (isPluralForm(key) ? key.replace(pluralSuffix, '') : key);

function flatKeys(messages: Messages, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'string' ? [prefix + key] : flatKeys(value, `${prefix}${key}.`),
  );
}

/** Each plural key with the forms it has, e.g. `wait.seconds` → [one, few, many, other]. */
function pluralForms(keys: string[]): Map<string, string[]> {
  const forms = new Map<string, string[]>();
  for (const key of keys.filter(isPluralForm)) {
    const base = pluralBase(key);
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
  payments: paymentsMessages,
  announcements: announcementsMessages,
  profile: profileMessages,
  registration: registrationMessages,
  provider: providerMessages,
};

describe('translations', () => {
  it('every field code of the contract reads in ru, pl and en, in every widget', () => {
    const codes = Object.entries(fieldTexts.en.fields)
      .filter(([, text]) => typeof text === 'string')
      .map(([code]) => code);
    addMessages(commonNamespace, commonMessages);
    for (const [namespace, bundle] of Object.entries(bundles)) {
      addMessages(namespace, bundle);
      for (const locale of locales) {
        const t = translator(locale, namespace);
        for (const code of codes) {
          const text = fieldErrorText(t, { field: 'any', code });
          expect(text, `${namespace} ${locale} ${code}`).to.not.equal(t('errors.unknown'));
          expect(text, `${namespace} ${locale} ${code}`).to.not.contain(code);
        }
      }
    }
  });

  for (const [namespace, bundle] of Object.entries(bundles)) {
    it(`${namespace}: every text exists in ru, pl and en, with each language's plural forms`, async () => {
      const base = (locale: Locale) =>
        [...new Set(flatKeys(bundle[locale]).map(pluralBase))].sort();
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
