import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import type { AtriumClient, Locale } from '@atrium/sdk';
import '../packages/elements/src/define/atrium-profile.js';
import {
  profileStoryClient,
  storyEmailToken,
  takenEmail,
  type ProfileStoryServer,
} from './support/profile-client.js';
import { storyClient } from './support/story-client.js';
import { widgetQueries } from './support/widget-queries.js';

interface Args {
  locale: Locale;
}

const signedIn = (server: ProfileStoryServer = {}) => [
  async () => ({ client: await profileStoryClient(server) }),
];

const meta: Meta<Args> = {
  title: 'Widgets/atrium-profile',
  component: 'atrium-profile',
  args: { locale: 'pl' },
  argTypes: { locale: { control: 'inline-radio', options: ['ru', 'pl', 'en'] } },
  render: (args, { loaded }) => {
    const client = (loaded['client'] as AtriumClient | undefined) ?? storyClient();
    return html`<atrium-profile .client=${client} locale=${args.locale}></atrium-profile>`;
  },
};
export default meta;

const { inside, shown } = widgetQueries('atrium-profile');

type Story = StoryObj<Args>;

/** Types `value` into the input `name` (within `scope`) as the reader would. */
function type(root: HTMLElement, name: string, value: string, scope = '[part="base"]'): void {
  const input = inside<HTMLInputElement>(root, `${scope} input[name="${name}"]`);
  if (!input) throw new Error(`no ${name} input`);
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

const submit = (root: HTMLElement, part: string) => inside(root, `[part="${part}"]`)?.click();

/** Opens the story as the mailed confirmation link does; puts the address back when left. */
function emailLink(token: string) {
  return () => {
    const before = `${location.pathname}${location.search}${location.hash}`;
    history.replaceState(history.state, '', `#atrium-email-token=${token}`);
    return () => history.replaceState(history.state, '', before);
  };
}

/** Anna: her contact data, e-mail, her flat's occupants, her notifications. */
export const Profile: Story = {
  loaders: signedIn(),
  play: async ({ canvasElement }) => {
    await shown(canvasElement, '[part="contacts-form"]');
    await shown(canvasElement, '[part="unit"] [part="declared"]');
    await shown(
      canvasElement,
      '[part="notification"][data-sends="true"] input[value="unset"]:checked',
    );
  },
};

/** A new phone, written with spaces, saved: "Saved." takes the focus. */
export const Saved: Story = {
  loaders: signedIn(),
  play: async ({ canvasElement }) => {
    await shown(canvasElement, '[part="contacts-form"]');
    type(canvasElement, 'phone', '+48 600 700 800');
    submit(canvasElement, 'save');
    await shown(canvasElement, '[part="saved"]');
  },
};

/** A phone without its country code: refused beside the field before anything is sent. */
export const PhoneRefused: Story = {
  loaders: signedIn(),
  play: async ({ canvasElement }) => {
    await shown(canvasElement, '[part="contacts-form"]');
    type(canvasElement, 'phone', '600 700 800');
    submit(canvasElement, 'save');
    await shown(canvasElement, 'input[name="phone"][aria-invalid="true"] ~ [part="field-error"]');
  },
};

/** A new e-mail asked for: it is pending until the mailed link is opened. */
export const EmailPending: Story = {
  loaders: signedIn(),
  play: async ({ canvasElement }) => {
    await shown(canvasElement, '[part="email-form"]');
    type(canvasElement, 'email', 'anna.nowak@example.com');
    submit(canvasElement, 'request');
    await shown(canvasElement, '[part="pending-email"]');
  },
};

/** An address another person has: the server's refusal beside the field. */
export const EmailTaken: Story = {
  loaders: signedIn(),
  play: async ({ canvasElement }) => {
    await shown(canvasElement, '[part="email-form"]');
    type(canvasElement, 'email', takenEmail);
    submit(canvasElement, 'request');
    await shown(canvasElement, 'input[name="email"][aria-invalid="true"] ~ [part="field-error"]');
  },
};

/** The page opened from the mailed link: the new address confirmed and shown. */
export const EmailConfirmed: Story = {
  beforeEach: emailLink(storyEmailToken),
  loaders: signedIn({ pending: true }),
  play: async ({ canvasElement }) => {
    await shown(canvasElement, '[part="email-result"][data-outcome="confirmed"]');
    await waitFor(() => expect(inside(canvasElement, '[part="pending-email"]')).toBeFalsy());
    await waitFor(() => expect(location.hash).not.toContain('atrium-email-token'));
  },
};

/** The link opened on another device, signed out: confirmed all the same. */
export const EmailConfirmedSignedOut: Story = {
  beforeEach: emailLink(storyEmailToken),
  loaders: signedIn({ person: 'signed-out', pending: true }),
  play: async ({ canvasElement }) => {
    await shown(canvasElement, '[part="email-result"][data-outcome="confirmed"]');
    await shown(canvasElement, '[part="status"]');
  },
};

/** A spent, replaced or expired link: refused, in the reader's words. */
export const EmailLinkSpent: Story = {
  beforeEach: emailLink('ec_spent'),
  loaders: signedIn(),
  play: ({ canvasElement }) =>
    shown(canvasElement, '[part="email-result"][data-outcome="failed"] [role="alert"]'),
};

/** Anna with a flat and a shop, the shop not declared yet: she declares it. */
export const OccupantsDeclared: Story = {
  loaders: signedIn({ person: 'owner-of-two' }),
  play: async ({ canvasElement }) => {
    await shown(canvasElement, '[part="unit"]:nth-child(2) [part="declared"]');
    const scope = '[part="unit"]:nth-child(2)';
    type(canvasElement, 'count', '2', scope);
    inside(canvasElement, `${scope} [part="declare"]`)?.click();
    await waitFor(() =>
      expect(inside(canvasElement, `${scope} [part="declared"]`)?.matches(':focus')).toBe(true),
    );
  },
};

/** More people than the contract allows: refused beside the field. */
export const OccupantsRefused: Story = {
  loaders: signedIn(),
  play: async ({ canvasElement }) => {
    await shown(canvasElement, '[part="occupants-form"]');
    type(canvasElement, 'count', '120');
    submit(canvasElement, 'declare');
    await shown(canvasElement, 'input[name="count"][aria-invalid="true"] ~ [part="field-error"]');
  },
};

/** The company sends ticket updates to no one; Anna has them sent to her all the same. */
export const NotificationChosen: Story = {
  loaders: signedIn({ company: 'dont_send' }),
  play: async ({ canvasElement }) => {
    await shown(canvasElement, '[part="notification"][data-sends="false"]');
    inside(canvasElement, '[part="notification"] input[value="send"]')?.click();
    await shown(canvasElement, '[part="notification"][data-sends="true"][aria-busy="false"]');
  },
};

/** The manager: no unit to declare; the registrations that wait for her decision. */
export const Staff: Story = {
  loaders: signedIn({ person: 'staff' }),
  play: async ({ canvasElement }) => {
    await shown(canvasElement, '[part="notification"][data-kind="registration_requests"]');
    await expect(inside(canvasElement, '[part="occupants"]')).toBeFalsy();
  },
};

/** As wide as a phone: the fields take the width, each notification a block of its own. */
export const OnAPhone: Story = {
  ...NotificationChosen,
  decorators: [(story) => html`<div style="max-inline-size: 22rem">${story()}</div>`],
};

export const InRussian: Story = {
  ...EmailPending,
  args: { locale: 'ru' },
};

export const InEnglish: Story = {
  ...OccupantsDeclared,
  args: { locale: 'en' },
};

export const Loading: Story = {
  loaders: signedIn({ profile: 'never' }),
  play: ({ canvasElement }) => shown(canvasElement, '[part="skeleton"]'),
};

export const ServerUnreachable: Story = {
  loaders: signedIn({ profile: 'offline' }),
  play: ({ canvasElement }) => shown(canvasElement, '[part="retry"]'),
};

export const SignedOut: Story = {
  play: ({ canvasElement }) => shown(canvasElement, '[part="status"]'),
};
