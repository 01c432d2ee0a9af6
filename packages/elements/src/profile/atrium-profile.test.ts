import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { format } from 'date-fns';
import { enGB } from 'date-fns/locale/en-GB';
import { pl } from 'date-fns/locale/pl';
import { ru } from 'date-fns/locale/ru';
import {
  AtriumError,
  type AtriumClient,
  type CompanyNotification,
  type Locale,
  type NotificationSetting,
  type Profile,
} from '@atrium/sdk';
import { fieldErrorText, type FieldProblem } from '../core/error-text.js';
import { translator } from '../core/i18n.js';
import type { AtriumProfileUpdatedEvent } from '../events/atrium-profile-updated.js';
import type { AtriumProfile } from './atrium-profile.js';
import {
  baseUrl,
  demo,
  failingFetch,
  linkTokenMailedTo,
  locales,
  mailTo,
  shadowPart,
  signedInClient,
  stallingFetch,
  testClient,
} from '../testing/atrium-server.js';
import {
  choiceOf,
  field,
  newcomer,
  notificationRow,
  openedWithEmailToken,
  profileOf,
  restoreProfile,
  unitForm,
} from '../testing/profile.js';
import { all, focused, networkError, retryLoads, root, textOf } from '../testing/widget-queries.js';

const text = {
  signedOut: {
    ru: 'Войдите, чтобы увидеть и изменить свои контактные данные и уведомления.',
    pl: 'Zaloguj się, aby zobaczyć i zmienić swoje dane kontaktowe i powiadomienia.',
    en: 'Sign in to see and change your contact details and notifications.',
  },
  loading: {
    ru: 'Загрузка профиля…',
    pl: 'Wczytywanie profilu…',
    en: 'Loading your profile…',
  },
  saved: { ru: 'Сохранено.', pl: 'Zapisano.', en: 'Saved.' },
  badPhone: {
    ru: 'Введите номер с плюсом и кодом страны, например +7 912 345-67-89.',
    pl: 'Wpisz numer z plusem i numerem kierunkowym kraju, np. +48 601 234 567.',
    en: 'Write the number with a plus and the country code, such as +44 7700 900123.',
  },
  emailTaken: {
    ru: 'Этот адрес уже указан у другого человека.',
    pl: 'Ten adres ma już inna osoba.',
    en: 'Another person already has this e-mail address.',
  },
  pending: {
    ru: (pending: string, current: string) =>
      `Мы отправили ссылку на ${pending}. Смена адреса ждёт подтверждения, пока вы её не откроете; до тех пор вход — по адресу ${current}.`,
    pl: (pending: string, current: string) =>
      `Wysłaliśmy link na adres ${pending}. Zmiana czeka na potwierdzenie, aż go otworzysz; do tego czasu logujesz się adresem ${current}.`,
    en: (pending: string, current: string) =>
      `We sent a link to ${pending}. The change stays pending until you open it; until then you sign in with ${current}.`,
  },
  confirmed: {
    ru: 'Новый адрес электронной почты подтверждён.',
    pl: 'Nowy adres e-mail został potwierdzony.',
    en: 'Your new e-mail address is confirmed.',
  },
  invalidLink: {
    ru: 'Ссылка устарела, заменена новой или уже использована. Запросите новую в профиле.',
    pl: 'Ten link wygasł, został zastąpiony lub już go użyto. Poproś o nowy w profilu.',
    en: 'This link has expired, was replaced or has already been used. Ask for a new one from your profile.',
  },
  notDeclared: { ru: 'Ещё не указано.', pl: 'Jeszcze nie zgłoszono.', en: 'Not declared yet.' },
  declared: {
    ru: (date: string, count: number) =>
      `Указано ${date}: ${count} ${count % 10 >= 2 && count % 10 <= 4 && (count < 12 || count > 14) ? 'человека' : 'человек'}.`,
    pl: (date: string, count: number) =>
      `Zgłoszono ${date}: ${count} ${count === 1 ? 'osoba' : count >= 2 && count <= 4 ? 'osoby' : 'osób'}.`,
    en: (date: string, count: number) =>
      `Declared on ${date}: ${count} ${count === 1 ? 'person' : 'people'}.`,
  },
  atMost: { ru: 'Не больше 99.', pl: 'Najwyżej 99.', en: 'At most 99.' },
  setting: {
    send: { ru: 'Отправлять', pl: 'Wysyłaj', en: 'Send' },
    dont_send: { ru: 'Не отправлять', pl: 'Nie wysyłaj', en: 'Don’t send' },
    unset: { ru: 'Не задано', pl: 'Nie ustawiono', en: 'Not set' },
  },
  sends: {
    true: { ru: 'Отправляются', pl: 'Wysyłane', en: 'Sent' },
    false: { ru: 'Не отправляются', pl: 'Niewysyłane', en: 'Not sent' },
  },
  decidedBy: {
    mine: { ru: 'по вашему выбору', pl: 'zgodnie z Twoim wyborem', en: 'by your choice' },
    company: {
      ru: 'по настройке компании',
      pl: 'zgodnie z ustawieniem zarządcy',
      en: 'by the company’s setting',
    },
    none: { ru: 'так как ничего не задано', pl: 'bo nic nie ustawiono', en: 'as nothing is set' },
  },
  ticketUpdates: {
    ru: 'Изменения по заявкам',
    pl: 'Zmiany w zgłoszeniach usterek',
    en: 'Fault ticket updates',
  },
} as const;

const dateLocales = { ru, pl, en: enGB };
const dateOf = (timestamp: string, locale: Locale) =>
  format(new Date(timestamp), 'd MMMM yyyy', { locale: dateLocales[locale] });

/** What the row says of whether the kind is sent now, and whose setting decides. */
const sendsText = (sends: boolean, by: keyof typeof text.decidedBy, locale: Locale) =>
  `${text.sends[`${sends}`][locale]} ${text.decidedBy[by][locale]}`;

/** The widget's polite live region. */
const liveText = (el: Element) => textOf(root(el).querySelector('.visually-hidden[role="status"]'));

/** Empties a focused text field and types `typed` with real key presses. */
async function retype(input: HTMLInputElement, typed: string): Promise<void> {
  input.focus();
  input.select();
  await sendKeys({ press: 'Backspace' });
  await sendKeys({ type: typed });
}

let anna: AtriumClient;
let katarzyna: AtriumClient;
let annaBefore: Profile;
let companyBefore: CompanyNotification[];
const newcomers = new Map<Locale, Promise<AtriumClient>>();

/** The test's own newcomer for a language, invited once: its e-mail changes stay within the limit. */
const newcomerIn = (locale: Locale) => {
  let person = newcomers.get(locale);
  if (!person) newcomers.set(locale, (person = newcomer(katarzyna, locale)));
  return person;
};

before(async () => {
  [anna, katarzyna] = await Promise.all([
    signedInClient(demo.anna),
    signedInClient(demo.katarzyna),
  ]);
  annaBefore = await anna.profile.get();
  companyBefore = (await katarzyna.notifications.listCompany()).items;
});

// Other test files read Anna's profile and the company's settings: they are left as found.
after(async () => {
  await restoreProfile(anna, annaBefore);
  for (const { kind, setting } of companyBefore) {
    await katarzyna.notifications.setCompany(kind, { setting });
  }
});

describe('atrium-profile', () => {
  for (const locale of locales) {
    it(`FIN-4, NOTE-1: what Anna sees is the API's profile — contact data, e-mail, occupants per unit, notification settings — in ${locale}`, async () => {
      const profile = await anna.profile.get();
      const el = await profileOf(anna, locale);
      expect(field(el, 'name').value).to.equal(profile.name);
      expect(field(el, 'phone').value).to.equal(profile.phone ?? '');
      expect(field<HTMLSelectElement>(el, 'locale').value).to.equal(profile.locale);
      expect(textOf(shadowPart(el, '[part="email"]'))).to.contain(profile.email);

      expect(profile.units.length, 'Anna owns and lives in lokal 12').to.be.greaterThan(0);
      expect(all(el, '[part="unit"]').map((unit) => unit.dataset['unit'])).to.deep.equal(
        profile.units.map((unit) => unit.unitId),
      );
      for (const unit of profile.units) {
        const form = unitForm(el, unit.unitId);
        expect(textOf(form.querySelector('h4'))).to.equal(
          `${{ ru: 'Помещение', pl: 'Lokal', en: 'Unit' }[locale]} ${unit.unitNumber}, ${unit.propertyName}`,
        );
        expect(textOf(form.querySelector('[part="declared"]'))).to.equal(
          unit.occupants === null || unit.occupantsDeclaredAt === null
            ? text.notDeclared[locale]
            : text.declared[locale](dateOf(unit.occupantsDeclaredAt, locale), unit.occupants),
        );
        expect(form.querySelector<HTMLInputElement>('[name="count"]')?.value).to.equal(
          unit.occupants === null ? '' : String(unit.occupants),
        );
      }

      expect(profile.notifications.length).to.be.greaterThan(0);
      expect(all(el, '[part="notification"]').map((row) => row.dataset['kind'])).to.deep.equal(
        profile.notifications.map(({ kind }) => kind),
      );
      for (const { kind, company, mine, sends } of profile.notifications) {
        const row = notificationRow(el, kind);
        expect(textOf(row?.querySelector('[part="company"]'))).to.equal(
          text.setting[company][locale],
        );
        expect(row?.querySelector<HTMLInputElement>('input:checked')?.value).to.equal(mine);
        expect(row?.dataset['sends']).to.equal(String(sends));
        expect(textOf(row?.querySelector('[part="sends"] strong'))).to.equal(
          text.sends[`${sends}`][locale],
        );
      }
      await expect(el).to.be.accessible();
    });

    it(`FIN-4: a phone not in international form is refused beside its field, in the words the server's refusal gets; a new phone and language are saved, by keyboard alone, in ${locale}`, async () => {
      const el = await profileOf(anna, locale);
      const phone = field(el, 'phone');
      await retype(phone, '601 234 567');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => phone.getAttribute('aria-invalid') === 'true', 'the phone passed');
      const shown = textOf(shadowPart(el, `#${phone.id}-error`));
      expect(shown).to.equal(text.badPhone[locale]);
      expect(focused(el)).to.equal(phone);
      expect(phone.getAttribute('aria-describedby')).to.contain(`${phone.id}-error`);
      // The server refuses it with the same field and code, which reads the same.
      const refused = await anna.profile.update({ phone: '601234567' }).catch((error) => error);
      expect(refused).to.be.instanceOf(AtriumError);
      const problems = (refused as AtriumError).fieldErrors.map(({ field, code }) => ({
        field,
        code,
      }));
      expect(problems).to.deep.equal([{ field: 'phone', code: 'invalid_format' }]);
      expect(fieldErrorText(translator(locale, 'profile'), problems[0] as FieldProblem)).to.equal(
        shown,
      );
      await expect(el).to.be.accessible();

      // Spaces and dashes as people write a number; the language the test's, by arrow keys.
      const number = { ru: '+7 912 345-67-89', pl: '+48 601 234 567', en: '+44 7700 900123' }[
        locale
      ];
      const updated = oneEvent(el, 'atrium-profile-updated') as Promise<AtriumProfileUpdatedEvent>;
      await retype(phone, number);
      await sendKeys({ press: 'Tab' });
      const language = field<HTMLSelectElement>(el, 'locale');
      expect(focused(el)).to.equal(language);
      await sendKeys({ press: 'Home' });
      for (let i = 0; i < locales.indexOf(locale); i++) await sendKeys({ press: 'ArrowDown' });
      expect(language.value).to.equal(locale);
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal(shadowPart(el, '[part="save"]'));
      await sendKeys({ press: 'Enter' });
      const { detail } = await updated;
      const digits = number.replace(/[\s-]/g, '');
      expect(detail.profile).to.include({ phone: digits, locale });
      await waitUntil(() => focused(el)?.matches('[part="saved"]'), '"Saved." is not focused');
      expect(textOf(focused(el))).to.equal(text.saved[locale]);
      expect(phone.getAttribute('aria-invalid')).to.equal('false');
      expect(await anna.profile.get()).to.include({ phone: digits, locale });
      await expect(el).to.be.accessible();
    });

    it(`FIN-4: an e-mail another person has is refused beside the field in the reader's words (the server's email_taken), and nothing is pending, in ${locale}`, async () => {
      const person = await newcomerIn(locale);
      const el = await profileOf(person, locale);
      const email = field(el, 'email');
      await retype(email, demo.jan.email);
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => email.getAttribute('aria-invalid') === 'true', 'the address passed', {
        timeout: 8000,
      });
      expect(textOf(shadowPart(el, `#${email.id}-error`))).to.equal(text.emailTaken[locale]);
      expect(focused(el)).to.equal(email);
      expect((await person.profile.get()).pendingEmail).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it(`FIN-4: a new e-mail stays pending until the mailed link is opened on the page, which confirms it, says so and takes the token out of the address, in ${locale}`, async () => {
      const person = await newcomerIn(locale);
      const el = await profileOf(person, locale);
      const current = (await person.profile.get()).email as string;
      const address = `moved.${locale}.${Date.now()}@lesna5.example`;
      const known = (await mailTo(address)).length;
      await retype(field(el, 'email'), address);
      await sendKeys({ press: 'Enter' });
      await waitUntil(
        () => focused(el)?.matches('[part="pending-email"]'),
        'the pending address is not focused',
        { timeout: 8000 },
      );
      expect(textOf(focused(el))).to.equal(text.pending[locale](address, current));
      expect(field(el, 'email').value).to.equal('');
      expect(await person.profile.get()).to.include({ email: current, pendingEmail: address });
      await expect(el).to.be.accessible();

      // The link opened in this page: the fragment changes, as when the mail's link is followed.
      const token = await linkTokenMailedTo(address, known, 'atrium-email-token');
      const page = location.href;
      try {
        location.hash = `atrium-email-token=${token}`;
        await waitUntil(
          () => root(el).querySelector('[part="email-result"][data-outcome="confirmed"]'),
          'the link was not confirmed',
          { timeout: 8000 },
        );
        expect(textOf(shadowPart(el, '[part="email-result"]'))).to.equal(text.confirmed[locale]);
        expect(liveText(el)).to.equal(text.confirmed[locale]);
        expect(location.hash).to.not.contain('atrium-email-token');
        await waitUntil(
          () => textOf(root(el).querySelector('[part="email"]'))?.includes(address),
          'the new address is not shown',
        );
        expect(root(el).querySelector('[part="pending-email"]')).to.equal(null);
        expect(await person.profile.get()).to.include({ email: address, pendingEmail: null });
        await expect(el).to.be.accessible();
      } finally {
        history.replaceState(history.state, '', page);
      }
    });

    it(`FIN-4: a link opened signed out confirms the e-mail too; opened again, it is refused in the reader's words; either way it leaves the address, in ${locale}`, async () => {
      const person = await newcomerIn(locale);
      const address = `away.${locale}.${Date.now()}@lesna5.example`;
      const known = (await mailTo(address)).length;
      await person.profile.requestEmailChange({ email: address });
      const token = await linkTokenMailedTo(address, known, 'atrium-email-token');
      const open = async () => {
        const putBack = openedWithEmailToken(token);
        try {
          const el = await fixture<AtriumProfile>(
            html`<atrium-profile
              base-url=${baseUrl}
              tenant="lesna-5"
              locale=${locale}
            ></atrium-profile>`,
          );
          await waitUntil(
            () => root(el).querySelector('[part="email-result"]:not([data-outcome="confirming"])'),
            'no outcome',
            { timeout: 8000 },
          );
          expect(location.hash).to.equal('');
          return el;
        } finally {
          putBack();
        }
      };

      const signedOut = await open();
      expect(textOf(shadowPart(signedOut, '[part="email-result"]'))).to.equal(
        text.confirmed[locale],
      );
      expect(textOf(shadowPart(signedOut, '[part="status"]'))).to.equal(text.signedOut[locale]);
      expect((await person.profile.get()).email).to.equal(address);
      await expect(signedOut).to.be.accessible();

      const again = await open();
      const result = shadowPart(again, '[part="email-result"]');
      expect(result.dataset['outcome']).to.equal('failed');
      expect(textOf(result.querySelector('[role="alert"]'))).to.equal(text.invalidLink[locale]);
      expect(result.querySelector('[part="retry"]')).to.equal(null);
      await expect(again).to.be.accessible();
    });

    it(`FIN-4: the occupants of a unit are declared with the date; over the contract's limit is refused beside the field, in ${locale}`, async () => {
      const el = await profileOf(anna, locale);
      const [unit] = (await anna.profile.get()).units;
      if (!unit) throw new Error('Anna has no unit');
      const form = unitForm(el, unit.unitId);
      const count = form.querySelector<HTMLInputElement>('[name="count"]') as HTMLInputElement;
      await retype(count, '100');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => count.getAttribute('aria-invalid') === 'true', '100 passed');
      expect(textOf(shadowPart(el, `#${count.id}-error`))).to.equal(text.atMost[locale]);
      expect(focused(el)).to.equal(count);

      const people = { ru: 2, pl: 3, en: 4 }[locale];
      await retype(count, String(people));
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal(form.querySelector('[part="declare"]'));
      await sendKeys({ press: 'Enter' });
      await waitUntil(
        () => focused(el)?.matches('[part="declared"]'),
        'the declaration is not focused',
        {
          timeout: 8000,
        },
      );
      const declared = (await anna.profile.get()).units.find(
        ({ unitId }) => unitId === unit.unitId,
      );
      expect(declared?.occupants).to.equal(people);
      const at = declared?.occupantsDeclaredAt as string;
      expect(dateOf(at, locale)).to.equal(dateOf(new Date().toISOString(), locale));
      expect(textOf(focused(el))).to.equal(text.declared[locale](dateOf(at, locale), people));
      expect(count.getAttribute('aria-invalid')).to.equal('false');
      await expect(el).to.be.accessible();
    });

    it(`NOTE-1: Anna's own choice of ticket updates is saved as soon as it is made by arrow keys; what is sent follows the most specific setting, in ${locale}`, async () => {
      const kind = 'ticket_updates';
      await katarzyna.notifications.setCompany(kind, { setting: 'dont_send' });
      await anna.profile.setNotification(kind, { setting: 'unset' });
      const el = await profileOf(anna, locale);
      const row = () => notificationRow(el, kind) as HTMLTableRowElement;
      const sendsShown = () => textOf(row().querySelector('[part="sends"]'));
      expect(textOf(row().querySelector('th'))).to.contain(text.ticketUpdates[locale]);
      expect(textOf(row().querySelector('[part="company"]'))).to.equal(
        text.setting.dont_send[locale],
      );
      expect(row().dataset['sends']).to.equal('false');
      expect(sendsShown()).to.equal(sendsText(false, 'company', locale));

      // From "as the company decides", down wraps to "send": sent, by her choice.
      choiceOf(el, kind, 'unset').focus();
      await sendKeys({ press: 'ArrowDown' });
      expect(focused(el)).to.equal(choiceOf(el, kind, 'send'));
      const settled = (sends: boolean) =>
        waitUntil(
          () =>
            row().dataset['sends'] === String(sends) && row().getAttribute('aria-busy') === 'false',
          `sends never became ${sends}`,
          { timeout: 8000 },
        );
      await settled(true);
      expect(sendsShown()).to.equal(sendsText(true, 'mine', locale));
      expect(liveText(el)).to.equal(
        `${text.ticketUpdates[locale]}: ${text.sends.true[locale]}, ${text.decidedBy.mine[locale]}.`,
      );
      const mine = async () =>
        (await anna.profile.get()).notifications.find((preference) => preference.kind === kind);
      expect(await mine()).to.include({ mine: 'send', company: 'dont_send', sends: true });
      await expect(el).to.be.accessible();

      // Two presses at once: each is sent in turn, the last one made is the one kept.
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowDown' });
      expect(focused(el)).to.equal(choiceOf(el, kind, 'unset'));
      await settled(false);
      expect(choiceOf(el, kind, 'unset').checked).to.equal(true);
      expect(sendsShown()).to.equal(sendsText(false, 'company', locale));
      expect(await mine()).to.include({ mine: 'unset' as NotificationSetting, sends: false });

      // With nothing set anywhere, it is sent.
      await katarzyna.notifications.setCompany(kind, { setting: 'unset' });
      const fresh = await profileOf(anna, locale);
      expect(notificationRow(fresh, kind)?.dataset['sends']).to.equal('true');
      expect(textOf(notificationRow(fresh, kind)?.querySelector('[part="sends"]'))).to.equal(
        sendsText(true, 'none', locale),
      );
    });

    it(`the states: signed out, loading, offline with "Try again"; each passes axe, in ${locale}`, async () => {
      const signedOut = await fixture<AtriumProfile>(
        html`<atrium-profile
          base-url=${baseUrl}
          tenant="lesna-5"
          locale=${locale}
        ></atrium-profile>`,
      );
      await waitUntil(() => root(signedOut).querySelector('[part="status"]'), 'no prompt');
      expect(textOf(shadowPart(signedOut, '[part="status"]'))).to.equal(text.signedOut[locale]);
      expect(root(signedOut).querySelector('[part="email-result"]')).to.equal(null);
      await expect(signedOut).to.be.accessible();

      const stalling = stallingFetch(/\/me\/profile$/);
      const slow = await signedInClient(demo.anna, { fetch: stalling.fetch });
      const loading = await fixture<AtriumProfile>(
        html`<atrium-profile .client=${slow} locale=${locale}></atrium-profile>`,
      );
      await waitUntil(
        () => root(loading).querySelector('[part="base"][aria-busy="true"] [part="skeleton"]'),
        'no skeleton while the profile loads',
      );
      expect(textOf(shadowPart(loading, '[part="status"]'))).to.equal(text.loading[locale]);
      await expect(loading).to.be.accessible();
      stalling.release();
      await waitUntil(() => root(loading).querySelector('[part="contacts-form"]'), 'never loaded');

      const offline = await signedInClient(demo.anna, {
        retry: { limit: 0 },
        fetch: failingFetch(/\/me\/profile$/, 1),
      });
      const el = await profileOf(offline, locale);
      await retryLoads(el, locale, '[part="contacts-form"]');
    });
  }

  it('FIN-4: a link whose confirmation gets no answer stays in the address, and "Try again" confirms it', async () => {
    const person = await newcomerIn('en');
    const address = `retried.${Date.now()}@lesna5.example`;
    const known = (await mailTo(address)).length;
    await person.profile.requestEmailChange({ email: address });
    const token = await linkTokenMailedTo(address, known, 'atrium-email-token');
    const { client } = testClient('lesna-5', {
      retry: { limit: 0 },
      fetch: failingFetch(/\/email-confirmations$/, 1),
    });
    const putBack = openedWithEmailToken(token);
    try {
      const el = await fixture<AtriumProfile>(
        html`<atrium-profile .client=${client} locale="en"></atrium-profile>`,
      );
      await waitUntil(
        () => root(el).querySelector('[part="email-result"][data-outcome="failed"]'),
        'no failure',
        { timeout: 8000 },
      );
      expect(textOf(shadowPart(el, '[part="email-result"] [role="alert"]'))).to.equal(
        networkError.en,
      );
      expect(location.hash).to.equal(`#atrium-email-token=${token}`);
      await expect(el).to.be.accessible();

      shadowPart(el, '[part="email-result"] [part="retry"]').click();
      await waitUntil(
        () => root(el).querySelector('[part="email-result"][data-outcome="confirmed"]'),
        'not confirmed on "Try again"',
        { timeout: 8000 },
      );
      expect(location.hash).to.equal('');
      expect((await person.profile.get()).email).to.equal(address);
    } finally {
      putBack();
    }
  });

  it('FIN-4: a manager has no unit to declare occupants of; her notifications are the kinds that reach staff', async () => {
    const profile = await katarzyna.profile.get();
    const el = await profileOf(katarzyna, 'pl');
    expect(profile.units).to.deep.equal([]);
    expect(root(el).querySelector('[part="occupants"]')).to.equal(null);
    expect(all(el, '[part="notification"]').map((row) => row.dataset['kind'])).to.deep.equal(
      profile.notifications.map(({ kind }) => kind),
    );
    await expect(el).to.be.accessible();
  });

  it('keyboard only: Tab walks the contact data, the e-mail, the unit and the notification choices in order', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <button id="before">Before</button>
        <atrium-profile .client=${anna} locale="en"></atrium-profile>
      </div>`,
    );
    const el = wrapper.querySelector('atrium-profile') as AtriumProfile;
    await waitUntil(() => root(el).querySelector('[part="contacts-form"]'), 'no profile', {
      timeout: 10000,
    });
    const profile = await anna.profile.get();
    wrapper.querySelector<HTMLButtonElement>('#before')?.focus();
    const expected = [
      'name',
      'phone',
      'locale',
      'save',
      'email',
      'request',
      ...profile.units.flatMap(() => ['count', 'declare']),
      // One stop per radio group, its checked choice: arrow keys move within it.
      ...profile.notifications.map(({ kind, mine }) => `${kind}: ${mine}`),
    ];
    const walked: string[] = [];
    for (const _ of expected) {
      await sendKeys({ press: 'Tab' });
      const at = focused(el) as HTMLInputElement | null;
      walked.push(
        at?.type === 'radio'
          ? `${at.dataset['kind']}: ${at.value}`
          : (at?.getAttribute('name') ?? at?.getAttribute('part') ?? ''),
      );
    }
    expect(walked).to.deep.equal(expected);
  });
});
