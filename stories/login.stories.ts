import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import type { AtriumClient, Locale } from '@atrium/sdk';
import '../packages/elements/src/define/atrium-login.js';
import { signedInStoryClient, storyClient, type SignInAnswer } from './support/story-client.js';

interface Args {
  locale: Locale;
  signIn: SignInAnswer;
}

const renderLogin: NonNullable<Meta<Args>['render']> = (args, { loaded }) => {
  const client =
    (loaded['client'] as AtriumClient | undefined) ?? storyClient({ signIn: args.signIn });
  return html`<atrium-login .client=${client} locale=${args.locale}></atrium-login>`;
};

const meta: Meta<Args> = {
  title: 'Widgets/atrium-login',
  component: 'atrium-login',
  args: { locale: 'pl', signIn: 'ok' },
  argTypes: {
    locale: { control: 'inline-radio', options: ['ru', 'pl', 'en'] },
    signIn: {
      name: 'the server answers a sign-in with',
      control: 'select',
      options: ['ok', 'wrong-password', 'too-many-attempts', 'offline', 'never'],
    },
  },
  render: renderLogin,
};
export default meta;

type Story = StoryObj<Args>;

const field = (root: HTMLElement, name: string) =>
  root.querySelector<HTMLInputElement>(`input[name="${name}"]`) as HTMLInputElement;
const button = (root: HTMLElement, part: string) =>
  root.querySelector<HTMLButtonElement>(`[data-part="${part}"]`) as HTMLButtonElement;

/** Waits for the widget's alert (a failure that belongs to no field). */
const alertShown = (root: HTMLElement) =>
  waitFor(() => expect(root.querySelector('[data-part="alert"]')).toBeTruthy());

async function signIn(root: HTMLElement, email: string, password: string): Promise<void> {
  await waitFor(() => expect(field(root, 'email')).toBeTruthy());
  await userEvent.type(field(root, 'email'), email);
  if (password) await userEvent.type(field(root, 'password'), password);
  await userEvent.click(button(root, 'submit'));
}

export const SignIn: Story = {};

export const Busy: Story = {
  args: { signIn: 'never' },
  play: ({ canvasElement }) => signIn(canvasElement, 'anna.nowak@example.pl', 'Lesna5-Haslo!'),
};

export const FieldErrors: Story = {
  play: async ({ canvasElement }) => {
    await signIn(canvasElement, 'anna-at-example', '');
    await waitFor(() => expect(field(canvasElement, 'email').ariaInvalid).toBe('true'));
  },
};

export const WrongPassword: Story = {
  args: { signIn: 'wrong-password' },
  play: ({ canvasElement }) => signIn(canvasElement, 'anna.nowak@example.pl', 'not-her-password'),
};

export const NetworkError: Story = {
  args: { signIn: 'offline' },
  play: async ({ canvasElement }) => {
    await signIn(canvasElement, 'anna.nowak@example.pl', 'Lesna5-Haslo!');
    await alertShown(canvasElement);
  },
};

/** The server does not list this site's origin: said before anyone types a password. */
export const OriginNotAllowed: Story = {
  loaders: [() => ({ client: storyClient({ branding: 'origin-refused' }) })],
  play: ({ canvasElement }) => alertShown(canvasElement),
};

/** Placed on a page with no provider, no client and no `base-url` + `tenant`. */
export const NotConnected: Story = {
  render: (args) => html`<atrium-login locale=${args.locale}></atrium-login>`,
  play: async ({ canvasElement }) => {
    await signIn(canvasElement, 'anna.nowak@example.pl', 'Lesna5-Haslo!');
    await alertShown(canvasElement);
  },
};

export const TooManyAttempts: Story = {
  args: { signIn: 'too-many-attempts' },
  play: ({ canvasElement }) => signIn(canvasElement, 'anna.nowak@example.pl', 'guess-number-six'),
};

export const ForgotPassword: Story = {
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(button(canvasElement, 'link')).toBeTruthy());
    await userEvent.click(button(canvasElement, 'link'));
  },
};

export const ResetLinkSent: Story = {
  play: async ({ canvasElement }) => {
    await ForgotPassword.play?.({ canvasElement } as never);
    await userEvent.type(field(canvasElement, 'email'), 'anna.nowak@example.pl');
    await userEvent.click(button(canvasElement, 'submit'));
  },
};

/** Opens the story as a mailed reset link does; puts the address back when the story is left. */
function resetLink(): () => void {
  const before = `${location.pathname}${location.search}${location.hash}`;
  history.replaceState(history.state, '', '#atrium-reset-token=pr_story');
  return () => history.replaceState(history.state, '', before);
}

/** Types a new password and its repetition, then saves. */
async function setPassword(root: HTMLElement, password: string, confirm = password) {
  await waitFor(() => expect(field(root, 'password')).toBeTruthy());
  await userEvent.type(field(root, 'password'), password);
  await userEvent.type(field(root, 'confirm'), confirm);
  await userEvent.click(button(root, 'submit'));
}

/** Opened from the mailed link: the tenant's password policy as a live checklist (ORG-3). */
export const ResetWithChecklist: Story = {
  beforeEach: resetLink,
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(field(canvasElement, 'password')).toBeTruthy());
    await userEvent.type(field(canvasElement, 'password'), 'Lesna5');
  },
};

/** Saving a password the policy refuses: the field is marked, the checklist says why (ORG-3). */
export const ResetPolicyRefused: Story = {
  beforeEach: resetLink,
  play: async ({ canvasElement }) => {
    await setPassword(canvasElement, 'lesna5');
    await waitFor(() => expect(field(canvasElement, 'password').ariaInvalid).toBe('true'));
  },
};

export const ResetPasswordMismatch: Story = {
  beforeEach: resetLink,
  play: async ({ canvasElement }) => {
    await setPassword(canvasElement, 'Nowe-Haslo-2026!', 'Nowe-Haslo-2062!');
    await waitFor(() => expect(field(canvasElement, 'confirm').ariaInvalid).toBe('true'));
  },
};

/** A spent or expired link: back to asking for a new one, saying why. */
export const ResetLinkExpired: Story = {
  beforeEach: resetLink,
  loaders: [() => ({ client: storyClient({ resetComplete: 'expired' }) })],
  play: async ({ canvasElement }) => {
    await setPassword(canvasElement, 'Nowe-Haslo-2026!');
    await alertShown(canvasElement);
    await waitFor(() => expect(field(canvasElement, 'confirm')).toBeNull());
  },
};

/** The new password is saved: back to sign-in, with a notice. */
export const PasswordChanged: Story = {
  beforeEach: resetLink,
  play: async ({ canvasElement }) => {
    await setPassword(canvasElement, 'Nowe-Haslo-2026!');
    await waitFor(() => expect(button(canvasElement, 'notice').textContent).not.toBe(''));
  },
};

export const SignedIn: Story = {
  loaders: [async () => ({ client: await signedInStoryClient() })],
};

/** Signed in, the person not here yet. */
export const LoadingAccount: Story = {
  loaders: [async () => ({ client: await signedInStoryClient({ me: 'never' }) })],
  play: ({ canvasElement }) => waitFor(() => expect(button(canvasElement, 'notice')).toBeTruthy()),
};

/** Signed in, but the person cannot be loaded: try again or sign out. */
export const AccountNotLoaded: Story = {
  loaders: [async () => ({ client: await signedInStoryClient({ me: 'offline' }) })],
  play: ({ canvasElement }) => alertShown(canvasElement),
};
