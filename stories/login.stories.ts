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
  const client = (loaded['client'] as AtriumClient | undefined) ?? storyClient(args.signIn);
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
      options: ['ok', 'wrong-password', 'too-many-attempts', 'never'],
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

/** Opened from the mailed link: the tenant's password policy as a live checklist (ORG-3). */
export const ResetWithChecklist: Story = {
  render: (args, context) => {
    history.replaceState(history.state, '', '#atrium-reset-token=pr_story');
    return renderLogin(args, context);
  },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(field(canvasElement, 'password')).toBeTruthy());
    await userEvent.type(field(canvasElement, 'password'), 'Lesna5');
  },
};

export const SignedIn: Story = {
  loaders: [async () => ({ client: await signedInStoryClient() })],
};
