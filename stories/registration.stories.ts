import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import type { AtriumClient, Locale } from '@atrium/sdk';
import '../packages/elements/src/define/atrium-registration.js';
import {
  registrationStoryClient,
  storyCode,
  storyOwner,
  type RegistrationStoryServer,
} from './support/registration-client.js';
import { signedInStoryClient } from './support/story-client.js';
import { widgetQueries } from './support/widget-queries.js';

interface Args {
  locale: Locale;
  /** Seconds before a new code is offered. */
  resendAfter: number;
}

const serving = (server: RegistrationStoryServer = {}) => [
  () => ({ client: registrationStoryClient(server) }),
];

const meta: Meta<Args> = {
  title: 'Widgets/atrium-registration',
  component: 'atrium-registration',
  args: { locale: 'pl', resendAfter: 60 },
  argTypes: {
    locale: { control: 'inline-radio', options: ['ru', 'pl', 'en'] },
    resendAfter: { control: { type: 'number', min: 0 } },
  },
  render: (args, { loaded }) => {
    const client = (loaded['client'] as AtriumClient | undefined) ?? registrationStoryClient();
    return html`<atrium-registration
      .client=${client}
      locale=${args.locale}
      resend-after=${args.resendAfter}
    ></atrium-registration>`;
  },
};
export default meta;

const { inside, shown } = widgetQueries('atrium-registration');

type Story = StoryObj<Args>;

/** Types `value` into the input `name` as the reader would. */
function type(root: HTMLElement, name: string, value: string): void {
  const input = inside<HTMLInputElement>(root, `input[name="${name}"]`);
  if (!input) throw new Error(`no ${name} input`);
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

const click = (root: HTMLElement, part: string) => inside(root, `[part="${part}"]`)?.click();

/** The first step sent: the code step shown, its code field focused. */
async function codeSent(root: HTMLElement): Promise<void> {
  await shown(root, '[part="phone-form"]');
  type(root, 'phone', '+48 601 234 567');
  click(root, 'send');
  await waitFor(() => expect(inside(root, 'input[name="code"]')?.matches(':focus')).toBe(true));
}

/** The second step filled in and sent. */
async function registered(root: HTMLElement, code: string, account = ''): Promise<void> {
  await codeSent(root);
  type(root, 'code', code);
  type(root, 'name', account ? storyOwner.name : 'Jan Kowalski');
  type(root, 'email', 'jan.kowalski@example.pl');
  type(root, 'accountNumber', account);
  click(root, 'register');
}

/** The first step: the mobile phone, with its international form as the hint. */
export const Phone: Story = {
  play: ({ canvasElement }) => shown(canvasElement, '[part="phone-form"] [part="hint"]'),
};

/** A number without its country code: refused beside the field, no SMS sent. */
export const PhoneRefused: Story = {
  play: async ({ canvasElement }) => {
    await shown(canvasElement, '[part="phone-form"]');
    type(canvasElement, 'phone', '601 234 567');
    click(canvasElement, 'send');
    await shown(canvasElement, 'input[name="phone"][aria-invalid="true"] ~ [part="field-error"]');
  },
};

/** The code is on its way: where it went, a new one offered after a minute, the second step. */
export const CodeSent: Story = {
  loaders: serving(),
  play: async ({ canvasElement }) => {
    await codeSent(canvasElement);
    await shown(canvasElement, '[part="resend-wait"]');
  },
};

/** A wrong code: refused beside the code field, which takes the focus. */
export const WrongCode: Story = {
  loaders: serving(),
  play: async ({ canvasElement }) => {
    await registered(canvasElement, '000000');
    await shown(canvasElement, 'input[name="code"][aria-invalid="true"] ~ [part="field-error"]');
  },
};

/** Too many codes for the phone: a new one asked for is refused, and the wait said in words. */
export const TooManyCodes: Story = {
  args: { resendAfter: 0 },
  loaders: serving({ codes: ['ok', 'too-many-attempts'] }),
  play: async ({ canvasElement }) => {
    await codeSent(canvasElement);
    click(canvasElement, 'resend');
    // The server's 2400 seconds, as 40 minutes in the reader's words.
    await waitFor(() =>
      expect(inside(canvasElement, '[part="resend-error"]')?.textContent).toContain('40'),
    );
    await waitFor(() =>
      expect(inside(canvasElement, '[part="resend-wait"]')?.textContent).toContain('40'),
    );
  },
};

/** The SMS service is down: no code sent, and when to try again, from its Retry-After. */
export const ProviderDown: Story = {
  loaders: serving({ codes: ['provider-unavailable'] }),
  play: async ({ canvasElement }) => {
    await shown(canvasElement, '[part="phone-form"]');
    type(canvasElement, 'phone', '+48601234567');
    click(canvasElement, 'send');
    // The header's 10 seconds, in the reader's words.
    await waitFor(() =>
      expect(inside(canvasElement, '[part="form-error"]')?.textContent).toContain('10'),
    );
  },
};

/** Matched by account number and name: attached, a link to set the password on its way. */
export const Attached: Story = {
  loaders: serving(),
  play: async ({ canvasElement }) => {
    await registered(canvasElement, storyCode, storyOwner.accountNumber);
    await shown(canvasElement, '[part="outcome"][data-status="attached"]:focus');
  },
};

/** No match: the management company decides, and the person will be told. */
export const Pending: Story = {
  loaders: serving(),
  play: async ({ canvasElement }) => {
    await registered(canvasElement, storyCode);
    await shown(canvasElement, '[part="outcome"][data-status="pending"]:focus');
  },
};

/** Signed in on the page already: there is nothing to register. */
export const SignedIn: Story = {
  loaders: [async () => ({ client: await signedInStoryClient() })],
  play: ({ canvasElement }) => shown(canvasElement, '[part="status"]'),
};

/** As wide as a phone: every control the widget's width. */
export const OnAPhone: Story = {
  ...CodeSent,
  decorators: [(story) => html`<div style="max-inline-size: 22rem">${story()}</div>`],
};

export const InRussian: Story = {
  ...WrongCode,
  args: { locale: 'ru' },
};

export const InEnglish: Story = {
  ...Pending,
  args: { locale: 'en' },
};

export const TooManyCodesInRussian: Story = {
  ...TooManyCodes,
  args: { locale: 'ru', resendAfter: 0 },
};

export const ProviderDownInEnglish: Story = {
  ...ProviderDown,
  args: { locale: 'en' },
};
