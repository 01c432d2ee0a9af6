// Test support for the registration widget: the widget, its fields, the codes the SMS sandbox
// of the test server holds, and an owner of the directory a registration matches.
import { fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { AtriumClient, Locale } from '@atrium/sdk';
import '../define/atrium-registration.js';
import type { AtriumRegistration } from '../registration/atrium-registration.js';
import { shadowPart, testClient } from './atrium-server.js';

/** The widget, signed out, on a fresh client of Leśna 5; a new code offered after `resendAfter` s. */
export async function registrationIn(
  locale: Locale,
  resendAfter = 60,
): Promise<AtriumRegistration> {
  const { client } = testClient('lesna-5', { retry: { limit: 0 } });
  const el = await fixture<AtriumRegistration>(
    html`<atrium-registration
      .client=${client}
      locale=${locale}
      resend-after=${resendAfter}
    ></atrium-registration>`,
  );
  await waitUntil(() => el.shadowRoot?.querySelector('[part="phone-form"]'), 'no phone form');
  return el;
}

/** A field of the widget by its name (`phone`, `code`, `name`, `email`, `accountNumber`, `locale`). */
export const field = <T extends HTMLElement = HTMLInputElement>(el: Element, name: string) =>
  shadowPart<T>(el, `[name="${name}"]`);

/** The texts the SMS sandbox holds for `phone`, newest first (read from Node, as the phone reads them). */
export async function smsTo(phone: string): Promise<string[]> {
  const messages = (await executeServerCommand('atrium-sms', { to: phone })) as { text: string }[];
  return messages.map((sms) => sms.text);
}

/** The code of the newest SMS to `phone` once it holds more than `known` messages. */
export async function codeTextedTo(phone: string, known: number): Promise<string> {
  let code: string | undefined;
  await waitUntil(
    async () => {
      const texts = await smsTo(phone);
      code = texts.length > known ? /\b(\d{6})\b/.exec(texts[0] ?? '')?.[1] : undefined;
      return Boolean(code);
    },
    `no code texted to ${phone}`,
    { timeout: 8000, interval: 200 },
  );
  return code as string;
}

/** Who a registration by account number matches: the one owner of the account's unit. */
export interface MatchedOwner {
  name: string;
  email: string;
  accountNumber: string;
}

/**
 * An owner a registration by account number and name matches (DIR-5): the manager adds a
 * property of its own to Leśna 5 (taking self-registration, as properties do unless they opt
 * out), a unit with an account there, and its one owner, without a phone. A property of the
 * test's own: Leśna 5's units, areas and owners, which other test files count, stay as they are.
 */
export async function ownerToMatch(manager: AtriumClient): Promise<MatchedOwner> {
  const stamp = Date.now();
  const property = await manager.directory.properties.create({
    name: `Leśna 9 (test ${stamp})`,
    type: 'residential_building',
    legalEntity: 'Wspólnota Mieszkaniowa Leśna 9',
    address: 'ul. Leśna 9, 30-001 Kraków',
    totalArea: '60.00',
  });
  const unit = await manager.directory.units.create({
    propertyId: property.id,
    number: '1',
    area: '60.00',
  });
  const accountNumber = `LES9-${stamp}`;
  await manager.directory.units.openAccount(unit.id, { number: accountNumber });
  const owner = { name: 'Zbigniew Rejestrowy', email: `zbigniew.${stamp}@lesna5.example` };
  const person = await manager.directory.people.create({ ...owner, locale: 'pl' });
  await manager.directory.units.link(unit.id, person.id, { roles: ['owner'], ownershipShare: '1' });
  return { ...owner, accountNumber };
}
