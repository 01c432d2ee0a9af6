import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { AtriumClient, Locale, MeterKind } from '@atrium/sdk';
import '../packages/elements/src/define/atrium-meter-readings.js';
import { meterIds } from './support/meter-data.js';
import { meterStoryClient, type MeterStoryServer } from './support/meter-client.js';
import { storyClient } from './support/story-client.js';
import { widgetQueries } from './support/widget-queries.js';

interface Args {
  locale: Locale;
}

const anna = (server: MeterStoryServer = {}) => [
  async () => ({ client: await meterStoryClient(server) }),
];

// Stories show the download, not a file landing in the reader's downloads folder.
const keepInPage = (event: Event) => event.preventDefault();

const meta: Meta<Args> = {
  title: 'Widgets/atrium-meter-readings',
  component: 'atrium-meter-readings',
  args: { locale: 'pl' },
  argTypes: { locale: { control: 'inline-radio', options: ['ru', 'pl', 'en'] } },
  render: (args, { loaded }) => {
    const client = (loaded['client'] as AtriumClient | undefined) ?? storyClient();
    return html`<atrium-meter-readings
      .client=${client}
      locale=${args.locale}
      @atrium-readings-download=${keepInPage}
    ></atrium-meter-readings>`;
  },
};
export default meta;

const { inside, shown } = widgetQueries('atrium-meter-readings');

type Story = StoryObj<Args>;

const meter = (kind: MeterKind, selector = '') => `[data-meter="${meterIds[kind]}"] ${selector}`;

/** Types into a meter's input as the reader would (an input event per value). */
async function enter(root: HTMLElement, kind: MeterKind, value: string): Promise<void> {
  await shown(root, meter(kind, '[part="input"]'));
  const input = inside(root, meter(kind, '[part="input"]')) as HTMLInputElement;
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

const send = (root: HTMLElement) => inside(root, '[part="submit"]')?.click();

/** Flat 12's four meters, November's window open: last readings, inputs sized to each dial. */
export const WindowOpen: Story = {
  loaders: anna(),
  play: ({ canvasElement }) => shown(canvasElement, '[part="meters"]'),
};

/** Between windows: the next one's opening day, and a reading sent anyway refused before sending. */
export const WindowClosed: Story = {
  loaders: anna({ window: 'closed' }),
  play: async ({ canvasElement }) => {
    await enter(canvasElement, 'cold_water', '216,900');
    send(canvasElement);
    await shown(canvasElement, meter('cold_water', '[part="field-error"]'));
  },
};

/**
 * Each check made before sending (MTR-1): too many digits, below the last reading (with the
 * roll-over box), not a number, and a meter whose verification lapsed.
 */
export const Errors: Story = {
  loaders: anna({ verification: 'expired' }),
  play: async ({ canvasElement }) => {
    await enter(canvasElement, 'cold_water', '123456');
    await enter(canvasElement, 'hot_water', '90,5');
    await enter(canvasElement, 'electricity_day', '14..2');
    await enter(canvasElement, 'heat', '60');
    send(canvasElement);
    for (const kind of ['cold_water', 'hot_water', 'electricity_day', 'heat'] as const) {
      await shown(canvasElement, meter(kind, '[part="field-error"]'));
    }
    await shown(canvasElement, meter('hot_water', '[type="checkbox"]'));
  },
};

/**
 * An implausible jump (MTR-1): the server's reason, a comment, "Confirm this value", and the
 * reading stored, flagged for the manager.
 */
export const ImplausibleConfirmed: Story = {
  loaders: anna(),
  play: async ({ canvasElement }) => {
    await enter(canvasElement, 'cold_water', '290,556');
    send(canvasElement);
    await shown(canvasElement, meter('cold_water', '[part="comment"]'));
    const comment = inside(canvasElement, meter('cold_water', '[part="comment"]'));
    (comment as HTMLTextAreaElement).value = 'Awaria spłuczki, naprawiona 14-go.';
    comment?.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    inside(canvasElement, meter('cold_water', '[part="confirm-action"]'))?.click();
    await shown(canvasElement, meter('cold_water', '[part="flagged"]'));
  },
};

/** The jump explained and waiting for the reader's comment. */
export const ImplausibleAsked: Story = {
  loaders: anna(),
  play: async ({ canvasElement }) => {
    await enter(canvasElement, 'cold_water', '290,556');
    send(canvasElement);
    await shown(canvasElement, meter('cold_water', '[part="confirm"]'));
  },
};

/** No connection: the readings wait on the device, to go when it is back. */
export const OfflineQueued: Story = {
  loaders: anna({ submit: 'offline' }),
  play: async ({ canvasElement }) => {
    await enter(canvasElement, 'hot_water', '102,904');
    send(canvasElement);
    await shown(canvasElement, meter('hot_water', '[part="waiting"]'));
  },
};

/** A meter's history (MTR-2): use per month as bars and a table, a replaced reading, CSV. */
export const History: Story = {
  loaders: anna(),
  play: async ({ canvasElement }) => {
    await shown(canvasElement, meter('hot_water', '[part="history-toggle"]'));
    inside(canvasElement, meter('hot_water', '[part="history-toggle"]'))?.click();
    await shown(canvasElement, meter('hot_water', '[part="history-row"].replaced'));
    await shown(canvasElement, meter('hot_water', '[part="more"]'));
  },
};

export const Loading: Story = {
  loaders: anna({ list: 'never' }),
  play: ({ canvasElement }) => shown(canvasElement, '[part="skeleton"]'),
};

export const NoMeters: Story = {
  loaders: anna({ list: 'empty' }),
  play: ({ canvasElement }) => shown(canvasElement, '[part="status"][role="status"]'),
};

export const ServerUnreachable: Story = {
  loaders: anna({ list: 'offline' }),
  play: ({ canvasElement }) => shown(canvasElement, '[part="retry"]'),
};

export const SignedOut: Story = {
  play: ({ canvasElement }) => shown(canvasElement, '[part="status"]'),
};
