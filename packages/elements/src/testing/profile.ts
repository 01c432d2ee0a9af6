// Test support for the profile widget: the widget on a person's profile, its controls, a
// confirmation link opened on the page, and putting back what the tests change.
import { fixture, html } from '@open-wc/testing';
import type { AtriumClient, Locale, NotificationKind, Profile } from '@atrium/sdk';
import '../define/atrium-profile.js';
import type { AtriumProfile } from '../profile/atrium-profile.js';
import { linkTokenMailedTo, mailTo, shadowPart, testClient } from './atrium-server.js';
import { root, settled } from './widget-queries.js';

/** The widget on `client`'s profile, once it shows it (or why it cannot). */
export async function profileOf(client: AtriumClient, locale: Locale): Promise<AtriumProfile> {
  const el = await fixture<AtriumProfile>(
    html`<atrium-profile .client=${client} locale=${locale}></atrium-profile>`,
  );
  await settled(el, '[part="contacts-form"]', 'the profile');
  return el;
}

/** A field of the widget by its name (`name`, `phone`, `locale`, `email`, `count`), within `scope`. */
export const field = <T extends HTMLElement = HTMLInputElement>(
  el: Element,
  name: string,
  scope = '[part="base"]',
) => shadowPart<T>(el, `${scope} [name="${name}"]`);

/** A unit's declaration form. */
export const unitForm = (el: Element, unitId: string) =>
  shadowPart<HTMLFormElement>(el, `[part="unit"][data-unit="${unitId}"] form`);

/** A kind's row of the notification table, or null when it is not shown. */
export const notificationRow = (el: Element, kind: NotificationKind) =>
  root(el).querySelector<HTMLTableRowElement>(`[part="notification"][data-kind="${kind}"]`);

/** The radio button of the reader's choice in a kind's row. */
export const choiceOf = (el: Element, kind: NotificationKind, setting: string) =>
  shadowPart<HTMLInputElement>(
    el,
    `[part="notification"][data-kind="${kind}"] input[value="${setting}"]`,
  );

/**
 * Puts `#atrium-email-token=<token>` in the test page's address, as the mailed link opens
 * the page; answers a function that puts the address back.
 */
export function openedWithEmailToken(token: string): () => void {
  const before = `${location.pathname}${location.search}${location.hash}`;
  history.replaceState(history.state, '', `#atrium-email-token=${token}`);
  return () => history.replaceState(history.state, '', before);
}

/**
 * Puts the person's profile back as it was `before` the tests: contact data and their own
 * notification settings. The occupants' declarations stay: the server keeps every one, the
 * latest counting, as a person declaring again would.
 */
export async function restoreProfile(client: AtriumClient, before: Profile): Promise<void> {
  const { name, phone, locale } = before;
  await client.profile.update({ name, phone, locale });
  for (const { kind, mine } of before.notifications) {
    await client.profile.setNotification(kind, { setting: mine });
  }
}

/**
 * A person new to Leśna 5's portal, signed in: the manager adds them as a resident of flat 9
 * (a person of no unit has no portal) and grants access, and they set their password from
 * the invitation. E-mail changes are theirs to make: the server allows a person only a few
 * an hour, and the demo people's addresses stay as other test files sign in with them.
 */
export async function newcomer(manager: AtriumClient, label: string): Promise<AtriumClient> {
  const email = `profile.${label}.${Date.now()}@lesna5.example`;
  const person = await manager.directory.people.create({
    name: 'Ewa Testowa',
    email,
    locale: 'pl',
  });
  const [flat] = (await manager.directory.units.list({ q: 'LES5-009', limit: 1 })).items;
  if (!flat) throw new Error('Leśna 5 has no flat 9');
  await manager.directory.units.link(flat.id, person.id, { roles: ['resident'] });
  const known = (await mailTo(email)).length;
  await manager.directory.people.grantAccess(person.id);
  const token = await linkTokenMailedTo(email, known, 'atrium-reset-token');
  const password = 'Profil-Test-2026!';
  const { client } = testClient('lesna-5');
  await client.auth.completePasswordReset({ token, password });
  await client.auth.signIn({ email, password });
  return client;
}
