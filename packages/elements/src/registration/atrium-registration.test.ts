import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { AtriumClient, Locale } from '@atrium/sdk';
import '../define/atrium-provider.js';
import type { AtriumRegistrationEvent } from '../events/atrium-registration.js';
import {
  baseUrl,
  demo,
  linkTokenMailedTo,
  locales,
  shadowPart,
  signedInClient,
  testClient,
  typeInto,
} from '../testing/atrium-server.js';
import {
  codeTextedTo,
  field,
  ownerToMatch,
  registrationIn,
  smsTo,
} from '../testing/registration.js';
import { focused, root, textOf } from '../testing/widget-queries.js';
import type { AtriumRegistration } from './atrium-registration.js';

// Every code asked for is an SMS the server counts per address (20 an hour, shared by every
// file of the run): each test asks for as few as it needs, each phone its own.

const text = {
  badPhone: {
    ru: 'Введите номер с плюсом и кодом страны, например +7 912 345-67-89.',
    pl: 'Wpisz numer z plusem i numerem kierunkowym kraju, np. +48 601 234 567.',
    en: 'Write the number with a plus and the country code, such as +44 7700 900123.',
  },
  sent: {
    ru: (phone: string) => `Мы отправили код в SMS на номер ${phone}. Он действует 10 минут.`,
    pl: (phone: string) => `Wysłaliśmy kod SMS-em na numer ${phone}. Jest ważny przez 10 minut.`,
    en: (phone: string) => `We sent a code by SMS to ${phone}. It is valid for 10 minutes.`,
  },
  wrongCode: {
    ru: 'Код неверный или уже не действует. Проверьте SMS или запросите новый код.',
    pl: 'Ten kod jest błędny lub już nieważny. Sprawdź SMS albo poproś o nowy kod.',
    en: 'This code is wrong or no longer valid. Check the SMS, or ask for a new code.',
  },
  attached: {
    ru: 'Вы зарегистрированы. Проверьте почту: в письме ссылка для создания пароля, с ним вы войдёте.',
    pl: 'Rejestracja zakończona. Sprawdź e-mail: znajdziesz w nim link do ustawienia hasła, którym potem się zalogujesz.',
    en: 'You are registered. Check your e-mail for a link to set your password, then sign in with it.',
  },
  pending: {
    ru: 'Заявка отправлена. Решение примет управляющая компания; мы сообщим вам в SMS и по электронной почте.',
    pl: 'Wniosek został wysłany. Decyzję podejmie zarządca; poinformujemy Cię SMS-em i e-mailem.',
    en: 'Your request is sent. The management company will decide; you will be told by SMS and e-mail.',
  },
  signedIn: {
    ru: 'Вы уже вошли, значит, учётная запись у вас есть.',
    pl: 'Jesteś zalogowany, więc masz już konto.',
    en: 'You are signed in, so you have an account already.',
  },
} as const;

/** The widget's polite live region. */
const liveText = (el: Element) => textOf(root(el).querySelector('.visually-hidden[role="status"]'));

/** Empties a focused text field and types `typed` with real key presses. */
async function retype(input: HTMLInputElement, typed: string): Promise<void> {
  input.focus();
  input.select();
  await sendKeys({ press: 'Backspace' });
  if (typed) await sendKeys({ type: typed });
}

/** Sends the phone form by Enter; resolves once the code field has the focus. */
async function askForCode(el: AtriumRegistration, typed: string): Promise<void> {
  await retype(field(el, 'phone'), typed);
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => focused(el)?.getAttribute('name') === 'code', 'no code step', {
    timeout: 8000,
  });
}

/** Fills the second step (the code last) and sends it by Enter. */
async function register(
  el: AtriumRegistration,
  values: { code: string; name: string; email: string; accountNumber?: string },
): Promise<void> {
  await retype(field(el, 'name'), values.name);
  await retype(field(el, 'email'), values.email);
  await retype(field(el, 'accountNumber'), values.accountNumber ?? '');
  await retype(field(el, 'code'), values.code);
  await sendKeys({ press: 'Enter' });
}

/** The outcome once shown, focused. */
async function outcomeOf(el: AtriumRegistration): Promise<HTMLElement> {
  await waitUntil(() => focused(el)?.matches('[part="outcome"]'), 'no outcome focused', {
    timeout: 8000,
  });
  return shadowPart<HTMLElement>(el, '[part="outcome"]');
}

const wrongThan = (code: string) => (code === '000000' ? '000001' : '000000');

let katarzyna: AtriumClient;

before(async () => {
  katarzyna = await signedInClient(demo.katarzyna);
});

/** Whether Leśna 5's managers see a pending request of `phone`. */
async function pendingOf(phone: string): Promise<boolean> {
  const { items } = await katarzyna.registrations.list({ status: 'pending', limit: 100 });
  return items.some((registration) => registration.phone === phone);
}

describe('atrium-registration', () => {
  locales.forEach((locale: Locale, i) => {
    it(`DIR-5: a phone not in international form is refused beside it before any SMS; a wrong code is refused beside the code field; both steps pass axe, in ${locale}`, async () => {
      const el = await registrationIn(locale);
      await expect(el).to.be.accessible();
      const phone = field(el, 'phone');
      await retype(phone, '603 100 100');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => phone.getAttribute('aria-invalid') === 'true', 'the phone passed');
      expect(textOf(shadowPart(el, `#${phone.id}-error`))).to.equal(text.badPhone[locale]);
      expect(focused(el)).to.equal(phone);
      await expect(el).to.be.accessible();

      // Spaces and dashes as people write a number; the SMS goes to the digits.
      const number = `+48603100${101 + i}`;
      const known = (await smsTo(number)).length;
      await askForCode(el, `+48 603-100-${101 + i}`);
      const sent = text.sent[locale](number);
      expect(textOf(shadowPart(el, '[part="code-sent"] p'))).to.equal(sent);
      expect(liveText(el)).to.equal(sent);
      const code = await codeTextedTo(number, known);
      const input = field(el, 'code');
      expect(input.getAttribute('autocomplete')).to.equal('one-time-code');
      expect(input.getAttribute('inputmode')).to.equal('numeric');
      await expect(el).to.be.accessible();

      await register(el, {
        code: wrongThan(code),
        name: 'Jan Kowalski',
        email: 'jan.k@example.pl',
      });
      await waitUntil(() => input.getAttribute('aria-invalid') === 'true', 'the code passed', {
        timeout: 8000,
      });
      expect(textOf(shadowPart(el, `#${input.id}-error`))).to.equal(text.wrongCode[locale]);
      expect(input.getAttribute('aria-describedby')).to.contain(`${input.id}-error`);
      expect(focused(el)).to.equal(input);
      expect(root(el).querySelector('[part="form-error"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });
  });

  it('DIR-5: by keyboard alone, someone the directory does not know registers; the request waits for the managers, which is said and sent as the event', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <button id="before">Before</button>
        <atrium-registration
          .client=${testClient('lesna-5').client}
          locale="pl"
        ></atrium-registration>
      </div>`,
    );
    const el = wrapper.querySelector('atrium-registration') as AtriumRegistration;
    await waitUntil(() => root(el).querySelector('[part="phone-form"]'), 'no phone form');
    const number = '+48603100201';
    const known = (await smsTo(number)).length;
    wrapper.querySelector<HTMLButtonElement>('#before')?.focus();
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(field(el, 'phone'));
    await sendKeys({ type: number });
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(shadowPart(el, '[part="send"]'));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => focused(el)?.getAttribute('name') === 'code', 'no code step', {
      timeout: 8000,
    });
    const code = await codeTextedTo(number, known);

    // Back and forth from the code: "Change the number" before it, the fields after it.
    await sendKeys({ press: 'Shift+Tab' });
    expect(focused(el)).to.equal(shadowPart(el, '[part="change-phone"]'));
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: code });
    const walked: string[] = [];
    const typed: Record<string, string> = { name: 'Ewa Nieznana', email: 'ewa.n@example.pl' };
    for (const _ of ['name', 'email', 'accountNumber', 'locale', 'register']) {
      await sendKeys({ press: 'Tab' });
      const at = focused(el) as HTMLElement;
      const name = at.getAttribute('name') ?? at.getAttribute('part') ?? '';
      walked.push(name);
      if (typed[name]) await sendKeys({ type: typed[name] });
    }
    expect(walked).to.deep.equal(['name', 'email', 'accountNumber', 'locale', 'register']);
    const registered = oneEvent(el, 'atrium-registration') as Promise<AtriumRegistrationEvent>;
    await sendKeys({ press: 'Enter' });
    const { detail } = await registered;
    expect(detail).to.deep.equal({ status: 'pending' });
    const outcome = await outcomeOf(el);
    expect(outcome.dataset['status']).to.equal('pending');
    expect(textOf(outcome)).to.equal(text.pending.pl);
    expect(await pendingOf(number)).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('DIR-5: the one owner of the unit an account number names, by the same name, is attached at once and mailed a link to set the password — alone on the page, with base-url and tenant', async () => {
    const owner = await ownerToMatch(katarzyna);
    const el = await fixture<AtriumRegistration>(
      html`<atrium-registration
        base-url=${baseUrl}
        tenant="lesna-5"
        locale="en"
      ></atrium-registration>`,
    );
    await waitUntil(() => root(el).querySelector('[part="phone-form"]'), 'no phone form');
    const number = '+48603100301';
    const known = (await smsTo(number)).length;
    await askForCode(el, number);
    const code = await codeTextedTo(number, known);
    const registered = oneEvent(el, 'atrium-registration') as Promise<AtriumRegistrationEvent>;
    await register(el, {
      code,
      name: owner.name,
      email: owner.email,
      accountNumber: owner.accountNumber,
    });
    expect((await registered).detail).to.deep.equal({ status: 'attached' });
    const outcome = await outcomeOf(el);
    expect(outcome.dataset['status']).to.equal('attached');
    expect(textOf(outcome)).to.equal(text.attached.en);
    expect(await linkTokenMailedTo(owner.email, 0, 'atrium-reset-token')).to.be.a('string');
    expect(await pendingOf(number)).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('DIR-5: a new code is offered after the wait and voids the one before; past the limit of codes the wait is said in words, and the newest code still registers', async () => {
    const el = await registrationIn('en', 1);
    const number = '+48603100401';
    let known = (await smsTo(number)).length;
    await askForCode(el, number);
    const first = await codeTextedTo(number, known);
    expect(textOf(shadowPart(el, '[part="resend-wait"]'))).to.equal(
      'No SMS? You can ask for a new code in 1 second.',
    );
    expect(root(el).querySelector('[part="resend"]')).to.equal(null);

    // The server allows five codes a phone an hour from one address: four more, then a refusal.
    let newest = first;
    for (let sent = 1; sent < 5; sent++) {
      known = (await smsTo(number)).length;
      await typeInto(field(el, 'code'), newest);
      await waitUntil(() => root(el).querySelector('[part="resend"]'), 'no new code offered', {
        timeout: 4000,
      });
      shadowPart(el, '[part="resend"]').click();
      newest = await codeTextedTo(number, known);
      // The SMS can land before the widget has read the server's answer: wait for the widget.
      await waitUntil(
        () => field(el, 'code').value === '' && focused(el)?.getAttribute('name') === 'code',
        'the void code is not cleared, or the code field not focused',
      );
      expect(liveText(el)).to.equal(
        `We sent a new code to ${number}; the earlier one no longer works.`,
      );
    }
    await waitUntil(() => root(el).querySelector('[part="resend"]'), 'no new code offered', {
      timeout: 4000,
    });
    shadowPart(el, '[part="resend"]').click();
    await waitUntil(() => focused(el)?.matches('[part="resend-error"]'), 'no refusal focused', {
      timeout: 8000,
    });
    const minutes = /^Too many attempts\. Try again in (\d+) minutes\.$/.exec(
      textOf(focused(el)) ?? '',
    )?.[1];
    expect(Number(minutes)).to.be.within(55, 60);
    expect(textOf(shadowPart(el, '[part="resend-wait"]'))).to.equal(
      `No SMS? You can ask for a new code in ${minutes} minutes.`,
    );
    expect(root(el).querySelector('[part="resend"]')).to.equal(null);
    await expect(el).to.be.accessible();

    await register(el, { code: first, name: 'Adam Nowy', email: 'adam.nowy@example.pl' });
    await waitUntil(
      () => field(el, 'code').getAttribute('aria-invalid') === 'true',
      'the void code passed',
      { timeout: 8000 },
    );
    await retype(field(el, 'code'), newest);
    await sendKeys({ press: 'Enter' });
    expect(textOf(await outcomeOf(el))).to.equal(text.pending.en);
  });

  it('in a provider: asks no session; once someone signs in there, it says they have an account already', async () => {
    const { client } = testClient('lesna-5');
    const wrapper = await fixture<HTMLElement>(
      html`<atrium-provider .client=${client} locale="ru">
        <atrium-registration></atrium-registration>
      </atrium-provider>`,
    );
    const el = wrapper.querySelector('atrium-registration') as AtriumRegistration;
    await waitUntil(() => root(el).querySelector('[part="phone-form"]'), 'no phone form');
    await client.auth.signIn({ email: demo.anna.email, password: demo.anna.password });
    await waitUntil(() => root(el).querySelector('[part="status"]'), 'still the form', {
      timeout: 8000,
    });
    expect(textOf(shadowPart(el, '[part="status"]'))).to.equal(text.signedIn.ru);
    expect(root(el).querySelector('form')).to.equal(null);
    await expect(el).to.be.accessible();
  });
});
