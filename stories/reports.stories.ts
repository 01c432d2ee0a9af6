import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import type { AtriumClient, Locale } from '@atrium/sdk';
import '../packages/elements/src/define/atrium-reports.js';
import { signedInStoryClient, storyClient, type StoryServer } from './support/story-client.js';
import { widgetQueries } from './support/widget-queries.js';

interface Args {
  locale: Locale;
}

const owner = (server: StoryServer = {}) => [
  async () => ({ client: await signedInStoryClient({ person: 'owner-of-two', ...server }) }),
];

// Stories show the download, not a file landing in the reader's downloads folder.
const keepInPage = (event: Event) => event.preventDefault();

const meta: Meta<Args> = {
  title: 'Widgets/atrium-reports',
  component: 'atrium-reports',
  args: { locale: 'pl' },
  argTypes: { locale: { control: 'inline-radio', options: ['ru', 'pl', 'en'] } },
  render: (args, { loaded }) => {
    const client = (loaded['client'] as AtriumClient | undefined) ?? storyClient();
    return html`<atrium-reports
      .client=${client}
      locale=${args.locale}
      @atrium-report-download=${keepInPage}
    ></atrium-reports>`;
  },
};
export default meta;

const { inside, shown } = widgetQueries('atrium-reports');

type Story = StoryObj<Args>;

/** Statements of two units, newest first, with "Show more". */
export const SeveralUnits: Story = {
  loaders: owner(),
  play: ({ canvasElement }) => shown(canvasElement, '[part="more"]'),
};

export const OneUnit: Story = {
  loaders: [async () => ({ client: await signedInStoryClient({ person: 'owner-of-one' }) })],
  play: ({ canvasElement }) => shown(canvasElement, '[part="list"]'),
};

/**
 * A download halfway through: its progress bar, with the percentage, beside the button,
 * which keeps focus and waits, unavailable, for the file.
 */
export const DownloadInProgress: Story = {
  loaders: owner({ download: 'stalls' }),
  play: async ({ canvasElement }) => {
    await shown(canvasElement, '[part="download"]');
    const button = inside(canvasElement, '[part="download"]');
    button?.focus();
    button?.click();
    await shown(canvasElement, '[part="progress"]');
    await expect(button?.getAttribute('aria-disabled')).toBe('true');
    await expect(button?.getAttribute('aria-describedby')).toBe(
      inside(canvasElement, '[part="progress"]')?.id,
    );
    await expect(button?.matches(':focus')).toBe(true);
  },
};

export const Loading: Story = {
  loaders: owner({ ownerData: 'never' }),
  play: ({ canvasElement }) => shown(canvasElement, '[part="skeleton"]'),
};

export const Empty: Story = {
  loaders: owner({ ownerData: 'empty' }),
  play: ({ canvasElement }) => shown(canvasElement, '[part="status"]'),
};

export const ServerUnreachable: Story = {
  loaders: owner({ ownerData: 'offline' }),
  play: ({ canvasElement }) => shown(canvasElement, '[part="retry"]'),
};

export const SignedOut: Story = {
  play: ({ canvasElement }) => shown(canvasElement, '[part="status"]'),
};
