import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import type { AtriumClient, Locale } from '@atrium/sdk';
import '../packages/elements/src/define/atrium-provider.js';
import '../packages/elements/src/define/atrium-announcements.js';
import {
  clientViewStoryClient,
  viewedPerson,
  type ClientViewStoryServer,
} from './support/client-view-client.js';
import { storyClient } from './support/story-client.js';
import { widgetQueries } from './support/widget-queries.js';

interface Args {
  locale: Locale;
}

const signedIn = (server: ClientViewStoryServer = {}) => [
  async () => ({ client: await clientViewStoryClient(server) }),
];

/**
 * "See as client" (AUTH-3): `<atrium-provider>`'s `viewAsClient(personId)` shows every widget
 * inside as the client sees it, read-only, under a banner with "End view".
 */
const meta: Meta<Args> = {
  title: 'Provider/Client view',
  component: 'atrium-provider',
  args: { locale: 'pl' },
  argTypes: { locale: { control: 'inline-radio', options: ['ru', 'pl', 'en'] } },
  render: (args, { loaded }) => {
    const client = (loaded['client'] as AtriumClient | undefined) ?? storyClient();
    return html`<atrium-provider .client=${client} locale=${args.locale}>
      <atrium-announcements></atrium-announcements>
    </atrium-provider>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

const { shown } = widgetQueries('atrium-announcements');
const banner = (canvas: HTMLElement) =>
  canvas
    .querySelector('atrium-provider')
    ?.shadowRoot?.querySelector<HTMLElement>('[part="client-view"]');
const viewAnna = (canvas: HTMLElement) =>
  canvas.querySelector('atrium-provider')?.viewAsClient(viewedPerson.id);

/** The manager's own portal: every announcement of the community, no banner. */
export const Manager: Story = {
  loaders: signedIn(),
  play: async ({ canvasElement }) => {
    await shown(canvasElement, '[part="item"]');
    await expect(banner(canvasElement)?.dataset['state']).toBeUndefined();
  },
};

/** Anna's portal as she sees it; the banner says whose it is, and that nothing can be changed. */
export const ViewingAsClient: Story = {
  loaders: signedIn(),
  play: async ({ canvasElement }) => {
    await viewAnna(canvasElement);
    await waitFor(() => expect(banner(canvasElement)?.dataset['state']).toBe('on'));
    await expect(banner(canvasElement)?.textContent).toContain(viewedPerson.name);
    await shown(canvasElement, '[part="item"] [part="unread"]');
  },
};

/** The view's time ran out (here after one second): the banner says it ended. */
export const ViewEnded: Story = {
  loaders: signedIn({ viewSeconds: 1 }),
  play: async ({ canvasElement }) => {
    await viewAnna(canvasElement);
    await waitFor(() => expect(banner(canvasElement)?.dataset['state']).toBe('ended'), {
      timeout: 3000,
    });
    await shown(canvasElement, '[part="item"]');
  },
};
