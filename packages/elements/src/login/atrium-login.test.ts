import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Locale } from '@atrium/sdk';
import '../define/atrium-login.js';
import '../define/atrium-provider.js';
import { connectTo } from '../core/connection.js';
import type { AtriumLogin } from './atrium-login.js';
import {
  baseUrl,
  demo,
  locales,
  mailTo,
  part,
  refusingBaseUrl,
  linkTokenMailedTo,
  testClient,
  typeInto,
} from '../testing/atrium-server.js';
import { networkError } from '../testing/widget-queries.js';

const text = {
  emailLabel: { ru: 'Электронная почта', pl: 'E-mail', en: 'E-mail' },
  submit: { ru: 'Войти', pl: 'Zaloguj się', en: 'Sign in' },
  invalidCredentials: {
    ru: 'Неверная электронная почта или пароль.',
    pl: 'Nieprawidłowy e-mail lub hasło.',
    en: 'The e-mail or the password is wrong.',
  },
  badEmail: {
    ru: 'Введите правильный адрес электронной почты.',
    pl: 'Podaj poprawny adres e-mail.',
    en: 'Enter a valid e-mail address.',
  },
  required: { ru: 'Заполните это поле.', pl: 'Wypełnij to pole.', en: 'Fill in this field.' },
  tooMany: {
    ru: 'Слишком много попыток. Повторите через 15 минут.',
    pl: 'Zbyt wiele prób. Spróbuj ponownie za 15 minut.',
    en: 'Too many attempts. Try again in 15 minutes.',
  },
  greeting: {
    ru: (name: string) => `Здравствуйте, ${name}!`,
    pl: (name: string) => `Dzień dobry, ${name}!`,
    en: (name: string) => `Hello, ${name}!`,
  },
  resetSent: {
    ru: 'Если эта почта принадлежит учётной записи',
    pl: 'Jeśli ten e-mail należy do konta',
    en: 'If an account uses this e-mail',
  },
  rules: {
    ru: [
      'не менее 10 символов',
      'цифра',
      'специальный символ, например ! или #',
      'заглавная буква',
      'строчная буква',
    ],
    pl: [
      'co najmniej 10 znaków',
      'cyfrę',
      'znak specjalny, np. ! lub #',
      'wielką literę',
      'małą literę',
    ],
    en: [
      'at least 10 characters',
      'a digit',
      'a symbol, such as ! or #',
      'an upper-case letter',
      'a lower-case letter',
    ],
  },
  passwordChanged: {
    ru: 'Пароль изменён. Войдите с новым паролем.',
    pl: 'Hasło zostało zmienione. Zaloguj się nowym hasłem.',
    en: 'Your password has been changed. Sign in with the new one.',
  },
  retry: { ru: 'Повторить', pl: 'Spróbuj ponownie', en: 'Try again' },
  signOut: { ru: 'Выйти', pl: 'Wyloguj się', en: 'Sign out' },
  back: { ru: 'Вернуться ко входу', pl: 'Wróć do logowania', en: 'Back to sign-in' },
  forgotHeading: {
    ru: 'Восстановление пароля',
    pl: 'Odzyskiwanie hasła',
    en: 'Forgotten password',
  },
  expiredLink: {
    ru: 'Ссылка устарела или уже использована. Запросите новую.',
    pl: 'Link wygasł lub został już użyty. Poproś o nowy.',
    en: 'This link has expired or has already been used. Ask for a new one.',
  },
  originRefused: {
    ru: 'Этому сайту не разрешено обращаться к порталу. Сообщите администратору.',
    pl: 'Ta strona nie ma dostępu do portalu. Powiadom administratora.',
    en: 'This website may not use the portal. Tell its administrator.',
  },
} satisfies Record<string, Record<Locale, unknown>>;

const input = (el: Element, name: string) => part<HTMLInputElement>(el, `input[name="${name}"]`);
const textOf = (el: Element, selector: string) => part(el, selector).textContent?.trim() ?? '';

async function alertText(el: AtriumLogin): Promise<string> {
  await waitUntil(() => el.querySelector('[data-part="alert"]'), 'no alert shown', {
    timeout: 8000,
  });
  return textOf(el, '[data-part="alert"]');
}

async function submitForm(el: AtriumLogin, email: string, password: string): Promise<void> {
  input(el, 'email').value = email;
  input(el, 'password').value = password;
  part<HTMLFormElement>(el, 'form').requestSubmit();
  await waitUntil(() => !el.querySelector('[aria-busy="true"]'), 'still busy', { timeout: 8000 });
}

/** A client whose first `count` requests for the person never reach the server (fault injection). */
function clientLosingMe(tenant: string, count: number) {
  let failures = count;
  return testClient(tenant, {
    retry: { limit: 0 },
    fetch: (input, init) => {
      const url = input instanceof Request ? input.url : String(input);
      if (url.endsWith('/me') && failures-- > 0) {
        return Promise.reject(new TypeError('Failed to fetch'));
      }
      return fetch(input, init);
    },
  }).client;
}

/** Opens the widget's page as a mailed reset link does. */
async function openResetLink(token: string, locale: Locale): Promise<AtriumLogin> {
  location.hash = `atrium-reset-token=${token}`;
  const { client } = testClient('lesna-5');
  const el = await fixture<AtriumLogin>(
    html`<atrium-login .client=${client} locale=${locale}></atrium-login>`,
  );
  await waitUntil(() => el.querySelector('[data-part="rules"]'), 'no reset form');
  return el;
}

afterEach(async () => {
  // Provider and standalone widgets share one connection per tenant for the whole page.
  for (const tenant of ['demo-hotel', 'lesna-5'])
    await connectTo(baseUrl, tenant).client.auth.signOut();
  localStorage.clear();
  history.replaceState(null, '', location.pathname);
});

describe('atrium-login', () => {
  for (const locale of locales) {
    it(`renders a light-DOM form password managers can fill, in ${locale} (AUTH-2)`, async () => {
      const { client } = testClient('lesna-5');
      const el = await fixture<AtriumLogin>(
        html`<atrium-login .client=${client} locale=${locale}></atrium-login>`,
      );
      // Reachable from the document: no shadow root in the way.
      const email = document.querySelector<HTMLInputElement>('atrium-login input[name="email"]');
      const password = document.querySelector<HTMLInputElement>(
        'atrium-login input[name="password"]',
      );
      expect(el.shadowRoot).to.equal(null);
      expect(email?.autocomplete).to.equal('username');
      expect(email?.type).to.equal('email');
      expect(password?.autocomplete).to.equal('current-password');
      expect(password?.type).to.equal('password');
      expect(document.querySelector(`label[for="${email?.id}"]`)?.textContent).to.equal(
        text.emailLabel[locale],
      );
      expect(textOf(el, '[data-part="submit"]')).to.equal(text.submit[locale]);
      await expect(el).to.be.accessible();
    });
  }

  const signers = { ru: demo.irina, pl: demo.anna, en: demo.katarzyna } as const;
  for (const locale of locales) {
    const person = signers[locale];
    it(`signs in with the keyboard only and fires atrium-login, in ${locale} (AUTH-2)`, async () => {
      const { client } = testClient(person.tenant);
      const el = await fixture<AtriumLogin>(
        html`<atrium-login .client=${client} locale=${locale}></atrium-login>`,
      );
      const toggle = part(el, '[data-part="toggle"]');
      await typeInto(input(el, 'email'), person.email);
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(input(el, 'password'));
      await sendKeys({ type: person.password });
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(toggle);
      await sendKeys({ press: 'Space' });
      expect(input(el, 'password').type).to.equal('text');
      expect(toggle.getAttribute('aria-pressed')).to.equal('true');
      await sendKeys({ press: 'Shift+Tab' });
      expect(document.activeElement).to.equal(input(el, 'password'));
      const signedIn = oneEvent(el, 'atrium-login');
      await sendKeys({ press: 'Enter' });
      const event = await signedIn;
      expect(event.detail.email).to.equal(person.email);
      expect(event.bubbles && event.composed).to.equal(true);
      await el.updateComplete;
      expect(textOf(el, '[data-part="greeting"]')).to.equal(text.greeting[locale](person.name));
      expect(document.activeElement).to.equal(part(el, '[data-part="greeting"]'));
      await expect(el).to.be.accessible();
    });
  }

  for (const locale of locales) {
    it(`says the e-mail or password is wrong, in ${locale} (AUTH-2)`, async () => {
      const { client } = testClient('demo-hotel');
      const el = await fixture<AtriumLogin>(
        html`<atrium-login .client=${client} locale=${locale}></atrium-login>`,
      );
      await submitForm(el, demo.petr.email, 'not-his-password');
      expect(await alertText(el)).to.equal(text.invalidCredentials[locale]);
      expect(part(el, '[data-part="alert"]').getAttribute('role')).to.equal('alert');
      expect(client.auth.isSignedIn()).to.equal(false);
      await expect(el).to.be.accessible();
    });
  }

  for (const locale of locales) {
    it(`names a bad e-mail before any request and focuses it, in ${locale}`, async () => {
      const { client, requests } = testClient('lesna-5');
      const el = await fixture<AtriumLogin>(
        html`<atrium-login .client=${client} locale=${locale}></atrium-login>`,
      );
      await submitForm(el, 'anna-at-lesna5', '');
      await el.updateComplete;
      const email = input(el, 'email');
      expect(email.getAttribute('aria-invalid')).to.equal('true');
      const emailError = part(el, `#${email.getAttribute('aria-describedby')}`);
      expect(emailError.textContent?.trim()).to.equal(text.badEmail[locale]);
      const password = input(el, 'password');
      expect(textOf(el, `#${password.getAttribute('aria-describedby')}`)).to.equal(
        text.required[locale],
      );
      expect(document.activeElement).to.equal(email);
      expect(requests.filter((path) => path.includes('/auth/'))).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });
  }

  it('shows the wait after too many attempts, translated and pluralised in ru, pl, en (AUTH-2)', async () => {
    const { client } = testClient('lesna-5');
    const el = await fixture<AtriumLogin>(
      html`<atrium-login .client=${client} locale="en"></atrium-login>`,
    );
    // An unknown e-mail: the server counts failures per account and address (limit 5).
    const email = `nobody-${Date.now()}@lesna5.example`;
    for (let attempt = 1; attempt <= 5; attempt++) {
      await submitForm(el, email, 'guess-' + attempt);
      expect(await alertText(el)).to.equal(text.invalidCredentials.en);
    }
    await submitForm(el, email, 'one-more-guess');
    expect(await alertText(el)).to.equal(text.tooMany.en);
    for (const locale of locales) {
      el.locale = locale;
      await el.updateComplete;
      expect(textOf(el, '[data-part="alert"]')).to.equal(text.tooMany[locale]);
      await expect(el).to.be.accessible();
    }
  });

  for (const locale of locales) {
    it(`resets a forgotten password from the mailed link with the live policy checklist, in ${locale} (AUTH-2, ORG-3)`, async () => {
      const { client } = testClient('lesna-5');
      const el = await fixture<AtriumLogin>(
        html`<atrium-login .client=${client} locale=${locale}></atrium-login>`,
      );
      await waitUntil(() => client.auth.isSignedIn() === false, 'signed in');
      part(el, '[data-part="link"]').click();
      await el.updateComplete;
      expect(document.activeElement).to.equal(input(el, 'email'));
      const known = (await mailTo(demo.jan.email)).length;
      input(el, 'email').value = demo.jan.email;
      part<HTMLFormElement>(el, 'form').requestSubmit();
      await waitUntil(() => textOf(el, '[data-part="notice"]'), 'no confirmation', {
        timeout: 8000,
      });
      expect(textOf(el, '[data-part="notice"]')).to.contain(text.resetSent[locale]);
      // The form is gone; focus lands on "Back to sign-in", not on <body>.
      expect(document.activeElement).to.equal(part(el, '[data-part="link"]'));
      expect(document.activeElement?.textContent?.trim()).to.equal(text.back[locale]);
      await expect(el).to.be.accessible();

      location.hash = `atrium-reset-token=${await linkTokenMailedTo(demo.jan.email, known, 'atrium-reset-token')}`;
      await waitUntil(() => el.querySelector('[data-part="rules"]'), 'no reset form');
      const list = part(el, '[data-part="rules"]');
      expect(list.getAttribute('role')).to.equal('list');
      const rules = () => [...el.querySelectorAll<HTMLElement>('[data-part="rule"]')];
      // The lesna-5 policy: 10 characters, a digit, a symbol, upper and lower case (ORG-3).
      expect(rules().map((rule) => textOf(rule, '[data-part="rule-text"]'))).to.deep.equal(
        text.rules[locale],
      );
      expect(input(el, 'password').autocomplete).to.equal('new-password');
      expect(input(el, 'confirm').autocomplete).to.equal('new-password');
      // Names the account to password managers, so the new password is saved for it.
      const username = input(el, 'username');
      expect(username.autocomplete).to.equal('username');
      expect(username.value).to.equal(demo.jan.email);
      expect(username.readOnly && username.hidden).to.equal(true);
      expect(username.form).to.equal(part(el, 'form'));

      await typeInto(input(el, 'password'), 'lesna5');
      await el.updateComplete;
      const met = () => rules().map((rule) => rule.dataset['met']);
      expect(met()).to.deep.equal(['false', 'true', 'false', 'false', 'true']);
      expect(textOf(el, '[data-part="rules-status"]')).to.contain(text.rules[locale][1]);
      input(el, 'confirm').value = 'lesna5';
      part<HTMLFormElement>(el, 'form').requestSubmit();
      await el.updateComplete;
      expect(input(el, 'password').getAttribute('aria-invalid')).to.equal('true');
      expect(document.activeElement).to.equal(input(el, 'password'));
      expect(location.hash).to.contain('atrium-reset-token');

      const strong = `Nowe-Haslo-${locale}-2026!`;
      input(el, 'password').value = '';
      await typeInto(input(el, 'password'), strong);
      input(el, 'confirm').value = strong;
      await el.updateComplete;
      expect(met()).to.deep.equal(['true', 'true', 'true', 'true', 'true']);
      await expect(el).to.be.accessible();
      part<HTMLFormElement>(el, 'form').requestSubmit();
      await waitUntil(
        () => el.querySelector('input[autocomplete="current-password"]'),
        'not back',
        {
          timeout: 8000,
        },
      );
      expect(textOf(el, '[data-part="notice"]')).to.equal(text.passwordChanged[locale]);
      expect(location.hash).to.equal('');
      expect(document.activeElement).to.equal(input(el, 'email'));

      const signedIn = oneEvent(el, 'atrium-login');
      await submitForm(el, demo.jan.email, strong);
      expect((await signedIn).detail.name).to.equal(demo.jan.name);
    });
  }

  for (const locale of locales) {
    it(`sends a spent or expired link back to the forgotten-password form, saying why, in ${locale} (AUTH-2)`, async () => {
      const el = await openResetLink(`pr_never-issued-${locale}`, locale);
      const strong = 'Nowe-Haslo-2026!';
      input(el, 'password').value = strong;
      input(el, 'confirm').value = strong;
      part<HTMLFormElement>(el, 'form').requestSubmit();
      expect(await alertText(el)).to.equal(text.expiredLink[locale]);
      expect(textOf(el, '[data-part="heading"]')).to.equal(text.forgotHeading[locale]);
      expect(location.hash).to.equal('');
      await el.updateComplete;
      expect(document.activeElement).to.equal(input(el, 'email'));
      await expect(el).to.be.accessible();
    });
  }

  for (const locale of locales) {
    it(`leaves a reset link for sign-in with its back button, in ${locale} (AUTH-2)`, async () => {
      const el = await openResetLink('pr_left-unused', locale);
      const back = part(el, '[data-part="link"]');
      expect(back.textContent?.trim()).to.equal(text.back[locale]);
      await expect(el).to.be.accessible();
      back.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => el.querySelector('input[autocomplete="current-password"]'), 'not back');
      expect(location.hash).to.equal('');
      expect(document.activeElement).to.equal(input(el, 'email'));
      await expect(el).to.be.accessible();
    });
  }

  const loaders = { ru: demo.petr, pl: demo.anna, en: demo.katarzyna } as const;
  for (const locale of locales) {
    const person = loaders[locale];
    it(`offers to try again when the account does not load, in ${locale} (AUTH-2)`, async () => {
      const client = clientLosingMe(person.tenant, 1);
      const el = await fixture<AtriumLogin>(
        html`<atrium-login .client=${client} locale=${locale}></atrium-login>`,
      );
      let announced = 0;
      el.addEventListener('atrium-login', () => announced++);
      await submitForm(el, person.email, person.password);
      expect(await alertText(el)).to.equal(networkError[locale]);
      const retry = part(el, '[data-part="submit"]');
      expect(retry.textContent?.trim()).to.equal(text.retry[locale]);
      expect(textOf(el, '[data-part="link"]')).to.equal(text.signOut[locale]);
      await el.updateComplete;
      expect(document.activeElement).to.equal(retry);
      expect(announced).to.equal(0);
      await expect(el).to.be.accessible();

      await sendKeys({ press: 'Enter' });
      await waitUntil(() => el.querySelector('[data-part="greeting"]'), 'no greeting', {
        timeout: 8000,
      });
      expect(textOf(el, '[data-part="greeting"]')).to.equal(text.greeting[locale](person.name));
      expect(announced).to.equal(1); // signed in here: announced once the person is known
      expect(el.querySelector('[data-part="alert"]')).to.equal(null);
      await el.updateComplete;
      expect(document.activeElement).to.equal(part(el, '[data-part="greeting"]'));
      await expect(el).to.be.accessible();
    });
  }

  it('signs out of an account that does not load (AUTH-2)', async () => {
    const client = clientLosingMe('demo-hotel', Infinity);
    await client.auth.signIn({ email: demo.irina.email, password: demo.irina.password });
    const el = await fixture<AtriumLogin>(
      html`<atrium-login .client=${client} locale="ru"></atrium-login>`,
    );
    expect(await alertText(el)).to.equal(networkError.ru);
    const signedOut = oneEvent(el, 'atrium-logout');
    part(el, '[data-part="link"]').click();
    await signedOut;
    await waitUntil(() => el.querySelector('input[name="email"]'), 'no sign-in form');
    expect(client.auth.isSignedIn()).to.equal(false);
    expect(el.querySelector('[data-part="alert"]')).to.equal(null);
    await el.updateComplete;
    expect(document.activeElement).to.equal(input(el, 'email'));
    await expect(el).to.be.accessible();
  });

  for (const locale of locales) {
    it(`says the site may not use the portal when the server refuses its origin, in ${locale}`, async () => {
      // refusingBaseUrl's tenants do not list this page's origin: every request is refused.
      const el = await fixture<AtriumLogin>(
        html`<atrium-login
          base-url=${refusingBaseUrl}
          tenant="lesna-5"
          locale=${locale}
        ></atrium-login>`,
      );
      expect(await alertText(el)).to.equal(text.originRefused[locale]);
      await submitForm(el, demo.anna.email, demo.anna.password);
      expect(await alertText(el)).to.equal(text.originRefused[locale]);
      await expect(el).to.be.accessible();
    });
  }

  it('hears of a refused origin through a provider too', async () => {
    const el = await fixture(html`
      <atrium-provider base-url=${refusingBaseUrl} tenant="demo-hotel" locale="pl">
        <atrium-login></atrium-login>
      </atrium-provider>
    `);
    const login = part<AtriumLogin>(el, 'atrium-login');
    expect(await alertText(login)).to.equal(text.originRefused.pl);
    await expect(el).to.be.accessible();
  });

  it('switches language at run time and falls back to the tenant default', async () => {
    const el = await fixture(html`
      <atrium-provider base-url=${baseUrl} tenant="demo-hotel" locale="pl">
        <atrium-login></atrium-login>
      </atrium-provider>
    `);
    const login = part<AtriumLogin>(el, 'atrium-login');
    await waitUntil(() => textOf(login, '[data-part="submit"]') === text.submit.pl, 'not pl');
    el.setAttribute('locale', 'en');
    await waitUntil(() => textOf(login, '[data-part="submit"]') === text.submit.en, 'not en');
    await expect(el).to.be.accessible();
    // demo-hotel speaks Russian by default.
    el.removeAttribute('locale');
    await waitUntil(() => textOf(login, '[data-part="submit"]') === text.submit.ru, 'not ru');
    await expect(el).to.be.accessible();
  });

  it("takes the tenant's colours from its branding as design tokens (ORG-2)", async () => {
    const branding = await testClient('lesna-5').client.tenants.branding();
    const el = await fixture(html`
      <atrium-provider base-url=${baseUrl} tenant="lesna-5">
        <atrium-login></atrium-login>
      </atrium-provider>
    `);
    const login = part<AtriumLogin>(el, 'atrium-login');
    const primary = () => getComputedStyle(login).getPropertyValue('--atrium-color-primary');
    await waitUntil(() => primary() === branding.colors.primary, 'branding not applied');
    expect(branding.colors.primary).to.not.equal('#1d4ed8'); // the default theme's
    const [r, g, b] = [1, 3, 5].map((at) =>
      parseInt(branding.colors.primary.slice(at, at + 2), 16),
    );
    const submit = part(login, '[data-part="submit"]');
    expect(getComputedStyle(submit).backgroundColor).to.equal(`rgb(${r}, ${g}, ${b})`);
    await expect(el).to.be.accessible();
  });

  it('works alone with base-url and tenant, and a reload keeps the session', async () => {
    const el = await fixture<AtriumLogin>(
      html`<atrium-login base-url=${baseUrl} tenant="lesna-5" locale="pl"></atrium-login>`,
    );
    await waitUntil(
      () => getComputedStyle(el).getPropertyValue('--atrium-color-primary') === '#166534',
      'no branding',
    );
    const signedIn = oneEvent(el, 'atrium-login');
    await submitForm(el, demo.anna.email, demo.anna.password);
    expect((await signedIn).detail.name).to.equal(demo.anna.name);
    // What a reload does: a new client reading the tenant's stored refresh token.
    const { createAtriumClient, localStorageTokenStore } = await import('@atrium/sdk');
    const reloaded = createAtriumClient({
      baseUrl,
      tenant: 'lesna-5',
      tokenStore: localStorageTokenStore('atrium:lesna-5:refresh-token'),
    });
    expect(reloaded.auth.isSignedIn()).to.equal(true);
    expect((await reloaded.people.me()).email).to.equal(demo.anna.email);
    await expect(el).to.be.accessible();
  });

  it('signs out with the button and fires atrium-logout', async () => {
    const { client } = testClient('demo-hotel');
    await client.auth.signIn({ email: demo.irina.email, password: demo.irina.password });
    const el = await fixture<AtriumLogin>(
      html`<atrium-login .client=${client} locale="ru"></atrium-login>`,
    );
    await waitUntil(() => el.querySelector('[data-part="greeting"]'), 'not signed in');
    await expect(el).to.be.accessible();
    const signedOut = oneEvent(el, 'atrium-logout');
    part(el, '[data-part="submit"]').click();
    const event = await signedOut;
    expect(event.bubbles && event.composed).to.equal(true);
    expect(client.auth.isSignedIn()).to.equal(false);
    await waitUntil(() => el.querySelector('input[name="email"]'), 'no sign-in form');
    await expect(el).to.be.accessible();
  });

  it('tolerates a second registration of the tag (two bundles on one page)', async () => {
    const first = customElements.get('atrium-login');
    // A second copy of the define module: a new module instance, same tag.
    await import(`../define/atrium-login.ts?copy=${Date.now()}`);
    const { defineElement } = await import('../core/define.js');
    expect(() => defineElement('atrium-login', class extends HTMLElement {})).to.not.throw();
    expect(customElements.get('atrium-login')).to.equal(first);
    const el = await fixture(html`<atrium-login></atrium-login>`);
    await expect(el).to.be.accessible();
  });
});
