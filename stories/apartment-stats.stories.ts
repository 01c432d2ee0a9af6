import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { userEvent } from 'storybook/test';
import type { AtriumClient, Locale } from '@atrium/sdk';
import '../packages/elements/src/define/atrium-apartment-stats.js';
import { signedInStoryClient, storyClient, type StoryServer } from './support/story-client.js';
import { widgetQueries } from './support/widget-queries.js';

interface Args {
  locale: Locale;
  view: 'charts' | 'table';
}

const owner = (server: StoryServer = {}) => [
  async () => ({ client: await signedInStoryClient({ person: 'owner-of-two', ...server }) }),
];

const meta: Meta<Args> = {
  title: 'Widgets/atrium-apartment-stats',
  component: 'atrium-apartment-stats',
  args: { locale: 'pl', view: 'charts' },
  argTypes: {
    locale: { control: 'inline-radio', options: ['ru', 'pl', 'en'] },
    view: { control: 'inline-radio', options: ['charts', 'table'] },
  },
  render: (args, { loaded }) => {
    const client = (loaded['client'] as AtriumClient | undefined) ?? storyClient();
    return html`<atrium-apartment-stats
      .client=${client}
      locale=${args.locale}
      view=${args.view}
    ></atrium-apartment-stats>`;
  },
};
export default meta;

const { inside, shown } = widgetQueries('atrium-apartment-stats');

type Story = StoryObj<Args>;

/** An owner of two units, all of them summed, as charts. */
export const SeveralUnits: Story = {
  loaders: owner(),
  play: ({ canvasElement }) => shown(canvasElement, '[part="picker"]'),
};

/** The same numbers as a table, the accessible alternative. */
export const Table: Story = {
  args: { view: 'table' },
  loaders: owner(),
  play: ({ canvasElement }) => shown(canvasElement, '[part="table"]'),
};

/** An owner of one unit: no picker. */
export const OneUnit: Story = {
  loaders: [async () => ({ client: await signedInStoryClient({ person: 'owner-of-one' }) })],
  play: ({ canvasElement }) => shown(canvasElement, '[part="totals"]'),
};

/** The reader switches to the table with the keyboard. */
export const SwitchedByKeyboard: Story = {
  loaders: owner(),
  play: async ({ canvasElement }) => {
    await shown(canvasElement, '[data-view="table"]');
    inside(canvasElement, '[data-view="table"]')?.focus();
    await userEvent.keyboard('{Enter}');
    await shown(canvasElement, '[part="table"]');
  },
};

export const Loading: Story = {
  loaders: owner({ ownerData: 'never' }),
  play: ({ canvasElement }) => shown(canvasElement, '[part="skeleton"]'),
};

/** No month is complete yet. */
export const Empty: Story = {
  loaders: owner({ ownerData: 'empty' }),
  play: ({ canvasElement }) => shown(canvasElement, '[part="status"]'),
};

/** Signed in, but owning nothing. */
export const NoUnits: Story = {
  loaders: [async () => ({ client: await signedInStoryClient() })],
  play: ({ canvasElement }) => shown(canvasElement, '[part="status"]'),
};

export const ServerUnreachable: Story = {
  loaders: owner({ ownerData: 'offline' }),
  play: ({ canvasElement }) => shown(canvasElement, '[part="retry"]'),
};

export const SignedOut: Story = {
  play: ({ canvasElement }) => shown(canvasElement, '[part="status"]'),
};
