import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import type { AtriumClient, Locale } from '@atrium/sdk';
import '../packages/elements/src/define/atrium-payments.js';
import { paymentsStoryClient, type PaymentsStoryServer } from './support/payments-client.js';
import { storyClient } from './support/story-client.js';
import { widgetQueries } from './support/widget-queries.js';

interface Args {
  locale: Locale;
}

const signedIn = (server: PaymentsStoryServer = {}) => [
  async () => ({ client: await paymentsStoryClient(server) }),
];

// Stories stay on the page: no provider's page opens, no file lands in the downloads folder.
const keepInPage = (event: Event) => event.preventDefault();

const meta: Meta<Args> = {
  title: 'Widgets/atrium-payments',
  component: 'atrium-payments',
  args: { locale: 'pl' },
  argTypes: { locale: { control: 'inline-radio', options: ['ru', 'pl', 'en'] } },
  render: (args, { loaded }) => {
    const client = (loaded['client'] as AtriumClient | undefined) ?? storyClient();
    return html`<atrium-payments
      .client=${client}
      locale=${args.locale}
      @atrium-payment-redirect=${keepInPage}
      @atrium-payment-form-download=${keepInPage}
    ></atrium-payments>`;
  },
};
export default meta;

const { inside, shown } = widgetQueries('atrium-payments');

type Story = StoryObj<Args>;

/** Types `value` into the input `name` as the reader would (an input event). */
function type(root: HTMLElement, name: string, value: string): void {
  const input = inside<HTMLInputElement>(root, `input[name="${name}"]`);
  if (!input) throw new Error(`no ${name} input`);
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

/** "Another amount", `amount` typed, and "Go to payment". */
async function payAnother(root: HTMLElement, amount: string): Promise<void> {
  await shown(root, '[part="amount-choice"]');
  inside<HTMLInputElement>(root, 'input[value="another"]')?.click();
  await shown(root, 'input[name="amount"]');
  type(root, 'amount', amount);
  inside(root, '[part="pay"]')?.click();
}

/** The first loyalty program's card typed and looked up. */
async function lookUp(root: HTMLElement, card: string): Promise<void> {
  await shown(root, '[part="card-form"]');
  type(root, 'cardNumber', card);
  inside(root, '[part="look-up"]')?.click();
}

/** Flat 12 owes this month's charges and a missed month: the balance, what makes it up, the history. */
export const Balance: Story = {
  loaders: signedIn(),
  play: async ({ canvasElement }) => {
    await shown(canvasElement, '[part="breakdown"]');
    await shown(canvasElement, '[part="entries"]');
    await shown(canvasElement, '[part="picker"]');
  },
};

/** "Show more" adds the next page of the history. */
export const MoreHistory: Story = {
  loaders: signedIn(),
  play: async ({ canvasElement }) => {
    await shown(canvasElement, '[part="more"]');
    inside(canvasElement, '[part="more"]')?.click();
    await waitFor(() =>
      expect(
        inside(canvasElement, '[part="entries"]')?.querySelectorAll('[part="entry"]').length,
      ).toBeGreaterThan(20),
    );
  },
};

/** Another amount paid online: the widget hands the provider's page to the page (kept here). */
export const PayPartOnline: Story = {
  loaders: signedIn(),
  play: async ({ canvasElement }) => {
    const widget = canvasElement.querySelector('atrium-payments');
    const redirected = new Promise((resolve) =>
      widget?.addEventListener('atrium-payment-redirect', resolve),
    );
    await payAnother(canvasElement, '250,00');
    await expect(await redirected).toBeTruthy();
  },
};

/** More than the debt: refused next to the field before anything is sent. */
export const AmountOverDebt: Story = {
  loaders: signedIn(),
  play: async ({ canvasElement }) => {
    await payAnother(canvasElement, '99999');
    await shown(canvasElement, '[part="online"] [part="field-error"]');
  },
};

/** The payment provider does not answer: nothing paid, try again. */
export const ProviderUnavailable: Story = {
  loaders: signedIn({ pay: 'unavailable' }),
  play: async ({ canvasElement }) => {
    await shown(canvasElement, '[part="pay"]');
    inside(canvasElement, '[part="pay"]')?.click();
    await shown(canvasElement, '[part="online"] [part="form-error"]');
  },
};

/** The page is not one of the tenant's portals: the server's refusal, for the whole form. */
export const ReturnAddressRefused: Story = {
  loaders: signedIn({ pay: 'return-refused' }),
  play: async ({ canvasElement }) => {
    await shown(canvasElement, '[part="pay"]');
    inside(canvasElement, '[part="pay"]')?.click();
    await shown(canvasElement, '[part="online"] [part="form-error"]');
  },
};

/** Back from the provider's page: the payment went through, the balance is the new one. */
export const ReturnedSucceeded: Story = {
  loaders: signedIn({ returned: 'succeeded' }),
  play: ({ canvasElement }) =>
    shown(canvasElement, '[part="payment-result"][data-outcome="succeeded"]'),
};

/** Back from the provider's page: the bank declined, nothing was taken. */
export const ReturnedDeclined: Story = {
  loaders: signedIn({ returned: 'failed' }),
  play: ({ canvasElement }) =>
    shown(canvasElement, '[part="payment-result"][data-outcome="failed"]'),
};

/** Невский Апарт: online, and two loyalty programs, one in roubles, one in points. */
export const WithLoyaltyPoints: Story = {
  loaders: signedIn({ tenant: 'nevsky' }),
  args: { locale: 'ru' },
  play: async ({ canvasElement }) => {
    await shown(canvasElement, '[part="points"] [part="card-form"]');
    await shown(canvasElement, '[part="online-form"]');
  },
};

/** A card looked up: its balance and the points that may pay now (the program's cap). */
export const PointsQuote: Story = {
  loaders: signedIn({ tenant: 'nevsky' }),
  args: { locale: 'ru' },
  play: async ({ canvasElement }) => {
    await lookUp(canvasElement, '7000000000000001');
    await shown(canvasElement, '[part="points-form"]');
  },
};

/** Points paid: booked at once, the balance and the history follow. */
export const PaidWithPoints: Story = {
  loaders: signedIn({ tenant: 'nevsky' }),
  args: { locale: 'ru' },
  play: async ({ canvasElement }) => {
    await lookUp(canvasElement, '7000000000000050');
    await shown(canvasElement, '[part="points-form"]');
    type(canvasElement, 'points', '20');
    inside(canvasElement, '[part="pay-points"]')?.click();
    await shown(canvasElement, '[part="paid"]');
  },
};

/** A card the program does not know: the server's refusal, next to the card's field. */
export const CardNotFound: Story = {
  loaders: signedIn({ tenant: 'nevsky' }),
  args: { locale: 'ru' },
  play: async ({ canvasElement }) => {
    await lookUp(canvasElement, '7000000000009999');
    await shown(canvasElement, '[part="card-form"] [part="field-error"]');
  },
};

/** More points than may pay now: refused before anything is sent. */
export const PointsOverAvailable: Story = {
  loaders: signedIn({ tenant: 'nevsky' }),
  args: { locale: 'ru' },
  play: async ({ canvasElement }) => {
    await lookUp(canvasElement, '7000000000000050');
    await shown(canvasElement, '[part="points-form"]');
    type(canvasElement, 'points', '51');
    inside(canvasElement, '[part="pay-points"]')?.click();
    await shown(canvasElement, '[part="points-form"] [part="field-error"]');
  },
};

/** The loyalty provider does not answer: nothing paid, try again. */
export const LoyaltyUnavailable: Story = {
  loaders: signedIn({ tenant: 'nevsky', quote: 'unavailable' }),
  args: { locale: 'ru' },
  play: async ({ canvasElement }) => {
    await lookUp(canvasElement, '7000000000000001');
    await shown(canvasElement, '[part="card-form"] [part="form-error"]');
  },
};

/** Nothing owed (FIN-6): one line says there is nothing to pay; neither points nor online. */
export const NothingOwed: Story = {
  loaders: signedIn({ tenant: 'nevsky', settled: true }),
  args: { locale: 'ru' },
  play: async ({ canvasElement }) => {
    await shown(canvasElement, '[part="balance"][data-balance="settled"]');
    await shown(canvasElement, '[part="balance"] ~ [part="status"]');
    await expect(inside(canvasElement, '[part="points"]')).toBeFalsy();
    await expect(inside(canvasElement, '[part="online"]')).toBeFalsy();
  },
};

/** The month's payment form downloaded. */
export const PaymentForm: Story = {
  loaders: signedIn(),
  play: async ({ canvasElement }) => {
    await shown(canvasElement, '[part="payment-form"] [part="download"]');
    inside(canvasElement, '[part="payment-form"] [part="download"]')?.click();
    await shown(canvasElement, '[role="status"]:not(:empty)');
  },
};

/** No bank account on record: the form cannot be made, said so. */
export const PaymentFormUnavailable: Story = {
  loaders: signedIn({ form: 'unavailable' }),
  play: async ({ canvasElement }) => {
    await shown(canvasElement, '[part="payment-form"] [part="download"]');
    inside(canvasElement, '[part="payment-form"] [part="download"]')?.click();
    await shown(canvasElement, '[part="payment-form"] [role="alert"]');
  },
};

/** The manager sees the accounts and their history, and pays none. */
export const Staff: Story = {
  loaders: signedIn({ person: 'staff' }),
  play: async ({ canvasElement }) => {
    await shown(canvasElement, '[part="entries"]');
    await expect(inside(canvasElement, '[part="online"]')).toBeFalsy();
  },
};

/** The Russian portal as wide as a phone: the forms and the history take the width. */
export const OnAPhone: Story = {
  ...WithLoyaltyPoints,
  decorators: [(story) => html`<div style="max-inline-size: 22rem">${story()}</div>`],
};

/** Leśna 5 in English. */
export const InEnglish: Story = {
  ...Balance,
  args: { locale: 'en' },
};

/** Leśna 5 in Russian. */
export const InRussian: Story = {
  ...Balance,
  args: { locale: 'ru' },
};

export const Empty: Story = {
  loaders: signedIn({ accounts: 'empty' }),
  play: ({ canvasElement }) => shown(canvasElement, '[part="status"]'),
};

export const Loading: Story = {
  loaders: signedIn({ accounts: 'never' }),
  play: ({ canvasElement }) => shown(canvasElement, '[part="skeleton"]'),
};

export const ServerUnreachable: Story = {
  loaders: signedIn({ accounts: 'offline' }),
  play: ({ canvasElement }) => shown(canvasElement, '[part="retry"]'),
};

export const SignedOut: Story = {
  play: ({ canvasElement }) => shown(canvasElement, '[part="status"]'),
};
